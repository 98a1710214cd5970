// flags: -D fail_load_worker.js -D fail_later_worker.js
// onerror hears of a worker's uncaught exception, at load or later; the
// parent goes on.
import * as os from "os";

const a = new os.Worker("./fail_load_worker.js");
a.onerror = (e) => {
  print("onerror:", e.message, "|", e.error instanceof TypeError, e.error.name);
  const b = new os.Worker("./fail_later_worker.js");
  b.onmessage = (m) => print("message:", m.data);
  b.onerror = (e) => {
    print("onerror:", e.message, e.error instanceof RangeError, e.error.code);
    print("parent goes on");
  };
};
