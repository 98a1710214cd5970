// The worker of workers-messages.js and workers-startup.js: echoes each
// message back until told to stop (i === -2).
import * as os from "os";

const parent = os.Worker.parent;
parent.onmessage = (e) => {
  if (e.data.i === -2) {
    parent.onmessage = null;
    return;
  }
  parent.postMessage(e.data);
};
