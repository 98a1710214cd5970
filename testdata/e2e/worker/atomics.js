// flags: -D atomics_worker.js
// Atomics.wait and Atomics.notify between two workers over one
// SharedArrayBuffer, and a counter both add to that comes out exact.
import * as os from "os";

const sab = new SharedArrayBuffer(16);
const ia = new Int32Array(sab);
const results = [];
let running = 2;
for (const role of ["waiter", "notifier"]) {
  const w = new os.Worker("./atomics_worker.js");
  w.onmessage = (e) => {
    results.push(e.data);
    w.onmessage = null;
    if (--running === 0) {
      results.sort();
      for (const r of results) print(r);
      print("flag:", Atomics.load(ia, 0), "counter:", Atomics.load(ia, 1));
    }
  };
  w.postMessage({ role, ia });
}
