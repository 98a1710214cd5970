import * as os from "os";

const parent = os.Worker.parent;
function handle(e) {
  const ev = e.data;
  switch (ev.type) {
    case "abort":
      parent.postMessage({ type: "done" });
      parent.onmessage = null; // ends the worker
      break;
    case "sab":
      ev.buf[2] = 10;
      parent.postMessage({ type: "sab_done", buf: ev.buf });
      break;
  }
}
parent.onmessage = handle;
for (let i = 0; i < 10; i++) parent.postMessage({ type: "num", num: i });
