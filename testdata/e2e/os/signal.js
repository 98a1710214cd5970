// build: the default action of a signal ends a real process
// os.signal: a handler runs on the loop; undefined ignores; null restores
// the default action, which here ends the process.
import * as os from "os";

for (const f of [() => os.signal(64, null), () => os.signal(-1, null), () => os.signal(os.SIGUSR1, 3)]) {
  try { f(); print("no exception"); } catch (e) { print(e.name + ": " + e.message); }
}
os.signal(os.SIGUSR2, undefined);
os.kill(os.getpid(), os.SIGUSR2);
print("SIGUSR2 ignored");
let n = 0;
os.signal(os.SIGUSR1, () => {
  n++;
  print("SIGUSR1 handler", n);
  if (n < 2) {
    os.kill(os.getpid(), os.SIGUSR1);
    return;
  }
  os.signal(os.SIGUSR1, null);
  console.error("default restored");
  os.kill(os.getpid(), os.SIGUSR1);
  os.setTimeout(() => print("still alive?"), 1000);
});
os.kill(os.getpid(), os.SIGUSR1);
// The pending signal keeps the loop busy until the handler ran.
