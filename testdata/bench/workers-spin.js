// The worker of workers-cpu.js: a CPU-bound loop of the length it is sent.
import * as os from "os";

const parent = os.Worker.parent;
parent.onmessage = (e) => {
  let x = 0;
  for (let i = 0; i < e.data; i++) x = (x * 31 + i) % 1000003;
  parent.postMessage(x);
  parent.onmessage = null;
};
