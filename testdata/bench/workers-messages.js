// flags: -D workers-echo.js
// Small-object messages parent ↔ worker: N round trips, one message in
// flight at a time, so the figure is the channel's latency, both ways.
import * as os from "os";

const N = 20000;
const w = new os.Worker("./workers-echo.js");
let t0 = 0;
let n = 0;
w.onmessage = (e) => {
  if (e.data.i === -1) {
    t0 = performance.now();
  } else if (++n === N) {
    const ms = performance.now() - t0;
    print(`workers-messages: ${2 * N} messages in ${ms.toFixed(1)} ms (${((2 * N) / ms * 1000).toFixed(0)} messages/s)`);
    w.postMessage({ i: -2 });
    w.onmessage = null;
    return;
  }
  w.postMessage({ i: n, name: "ping", tags: ["a", "b"] });
};
w.postMessage({ i: -1 });
