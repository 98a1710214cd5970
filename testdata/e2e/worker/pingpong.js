// flags: -D pingpong_worker.js
// 10,000 messages each way, in order.
import * as os from "os";

const w = new os.Worker("pingpong_worker.js");
const N = 10000;
let got = 0;
w.onmessage = (e) => {
  if (e.data.n !== got) throw new Error("out of order: " + e.data.n + " != " + got);
  got++;
  if (got < N) w.postMessage({ n: got, text: "ping" });
  else {
    print("pongs:", got, "last:", JSON.stringify(e.data));
    w.postMessage("stop");
  }
};
w.postMessage({ n: 0, text: "ping" });
