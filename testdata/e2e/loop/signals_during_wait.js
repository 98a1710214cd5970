// build: a signal storm is aimed at the program's own process
// Signals interrupting the wait (a child sends SIGWINCH every 20 ms for
// about a second) must not delay a timer: the loop recomputes the time
// left. (Restarting the full wait after each signal fired it only after
// the storm, a second late.)
import * as os from "os";
const start = os.now();
let storm = "for i in";
for (let i = 0; i < 50; i++) storm += " " + i;
storm += "; do kill -WINCH $PPID || exit; sleep 0.02; done";
const pid = os.exec(["sh", "-c", storm], { block: false });
setTimeout(() => {
  const late = os.now() - start - 300;
  print("timer on time:", late >= 0 && late < 600);
  const [, status] = os.waitpid(pid, 0);
  print("storm status:", status);
}, 300);
