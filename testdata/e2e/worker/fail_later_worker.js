import * as os from "os";

os.Worker.parent.postMessage("started");
setTimeout(() => {
  const err = new RangeError("too far");
  err.code = 42;
  throw err;
}, 1);
