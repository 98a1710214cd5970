import * as os from "os";

const parent = os.Worker.parent;
parent.onmessage = (e) => {
  parent.postMessage(e.data + " back");
  parent.onmessage = null;
};
