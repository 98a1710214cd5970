// flags: -D example_worker.js
// QuickJS's worker pattern: the worker posts results back, the parent
// answers, and each side stops listening when it is done.
import * as os from "os";

print("parent", os.Worker.parent, typeof os.Worker, os.Worker.length);
const worker = new os.Worker("./example_worker.js");
print(["constructor", "onmessage", "postMessage"].every((k) => k in os.Worker.prototype), worker.onmessage);
let counter = 0;
worker.onmessage = function (e) {
  const ev = e.data;
  switch (ev.type) {
    case "num":
      if (ev.num !== counter) throw new Error("out of order: " + ev.num);
      counter++;
      if (counter === 10) {
        const sab = new SharedArrayBuffer(10);
        worker.postMessage({ type: "sab", buf: new Uint8Array(sab) });
      }
      break;
    case "sab_done":
      print("sab modified by the worker:", ev.buf[2]);
      worker.postMessage({ type: "abort" });
      break;
    case "done":
      print("done after", counter, "numbers");
      worker.onmessage = null;
      break;
  }
};
