// Schedules 100,000 timers with delays in ten buckets (0-9 ms, scrambled)
// and prints the time to schedule them and the time until the last one
// fired (their order is checked by testdata/e2e/loop/timers_100k.js). Peak
// memory: run it under /usr/bin/time -v (maximum resident set size). It
// uses os.setTimeout, which qjs has too, so that the two run the same script.
import * as os from "os";

const N = 100000;
const t0 = performance.now();
let fired = 0;
for (let i = 0; i < N; i++) {
  const d = (i * 7) % 10;
  os.setTimeout(() => {
    if (++fired === N) {
      const t2 = performance.now();
      print(`timers-100k: fired ${fired} in ${(t2 - t0).toFixed(1)} ms (${((t2 - t0) * 1e6 / N).toFixed(0)} ns per timer)`);
    }
  }, d);
}
const t1 = performance.now();
print(`timers-100k: scheduled ${N} in ${(t1 - t0).toFixed(1)} ms`);
