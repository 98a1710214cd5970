// flags: -D fail_load_worker.js
// A worker that throws while loading: its error is reported with its
// stack, and with no onerror the program ends with status 1.
import * as os from "os";

const w = new os.Worker("./fail_load_worker.js");
w.onmessage = (e) => print("never", e.data);
print("the parent's top level runs");
