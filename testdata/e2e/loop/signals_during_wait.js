// Signals interrupting the wait (a child sends SIGWINCH every 20 ms for
// about 0.4 s) must not delay a timer: the loop recomputes the time left.
import * as os from "os";
const start = os.now();
const storm = "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do kill -WINCH $PPID || exit; sleep 0.02; done";
const pid = os.exec(["sh", "-c", storm], { block: false });
setTimeout(() => {
  const late = os.now() - start - 800;
  print("timer on time:", late >= 0 && late < 400);
  const [, status] = os.waitpid(pid, 0);
  print("storm status:", status);
}, 800);
