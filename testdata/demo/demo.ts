// The gojsc demo: TypeScript, JSON imports, timers, async/await, a child
// process read through a pipe by the event loop, and C-style output.
import * as std from "std";
import * as os from "os";
import config from "./demo.json";

interface Task {
  name: string;
  ms: number;
}

const tasks: Task[] = config.tasks;
std.printf("gojsc demo on %s: %d timers racing\n", os.platform, tasks.length);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
await Promise.all(
  tasks.map(async (t) => {
    await sleep(t.ms);
    std.printf("  %-7s finished after %3d ms\n", t.name, t.ms);
  }),
);

// A child process writes into a pipe; a read handler collects its output
// while the program stays responsive.
const pipe = os.pipe();
if (pipe === null) throw new Error("os.pipe failed");
const [rfd, wfd] = pipe;
const pid = os.exec(["sh", "-c", "for w in streamed through a pipe; do echo $w; sleep 0.01; done"], {
  block: false,
  stdout: wfd,
});
os.close(wfd);
const buf = new Uint8Array(256);
let text = "";
os.setReadHandler(rfd, () => {
  const n = os.read(rfd, buf.buffer, 0, buf.length);
  if (n <= 0) {
    os.setReadHandler(rfd, null);
    os.close(rfd);
    const [, status] = os.waitpid(pid, 0);
    print(`  child said: ${text.trim().split("\n").join(" ")} (exit status ${status})`);
    return;
  }
  text += String.fromCharCode(...buf.subarray(0, n));
});
print("  (this line prints first: nothing blocks while the child runs)");
