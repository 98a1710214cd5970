// flags: -D workers-spin.js
// CPU-bound workers: one worker doing a fixed job, then four doing the
// same job each, at once. The speed-up is 4 × one's time / four's: at most
// the number of free cores.
import * as os from "os";

function run(k, done) {
  const t0 = performance.now();
  let left = k;
  for (let i = 0; i < k; i++) {
    const w = new os.Worker("./workers-spin.js");
    w.onmessage = (e) => {
      w.onmessage = null;
      if (--left === 0) done(performance.now() - t0);
    };
    w.postMessage(3000000);
  }
}
run(1, (one) => {
  run(4, (four) => {
    print(`workers-cpu: 1 worker ${one.toFixed(0)} ms, 4 workers ${four.toFixed(0)} ms, speed-up ${((4 * one) / four).toFixed(2)}x`);
  });
});
