// flags: -D workers-echo.js
// Worker start-up: N workers started one after another, each timed from
// new os.Worker until its first reply arrives.
import * as os from "os";

const N = 50;
let total = 0;
function next(i) {
  if (i === N) {
    print(`workers-startup: ${N} workers, ${(total / N).toFixed(2)} ms each`);
    return;
  }
  const t0 = performance.now();
  const w = new os.Worker("./workers-echo.js");
  w.onmessage = () => {
    total += performance.now() - t0;
    w.postMessage({ i: -2 });
    w.onmessage = null;
    next(i + 1);
  };
  w.postMessage({ i: 0 });
}
next(0);
