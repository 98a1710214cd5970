import * as os from "os";

const parent = os.Worker.parent;
parent.onmessage = (e) => {
  if (e.data === "stop") {
    print("worker stops");
    parent.onmessage = null;
    return;
  }
  parent.postMessage({ n: e.data.n, text: "pong" });
};
