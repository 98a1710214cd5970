// 5,000 pipes open at once, each with a read handler: prints the time per
// round of one byte written to every pipe and read back by its handler.
import * as os from "os";

const N = 5000, ROUNDS = 50;
const pipes = [];
for (let i = 0; i < N; i++) pipes.push(os.pipe());
const one = new Uint8Array([1]).buffer;
const buf = new ArrayBuffer(16);
let round = 0, left = 0, t0 = 0;
const times = [];
function startRound() {
  left = N;
  t0 = os.now();
  for (const [, w] of pipes) os.write(w, one, 0, 1);
}
pipes.forEach(([r]) => os.setReadHandler(r, () => {
  os.read(r, buf, 0, 16);
  if (--left > 0) return;
  times.push(os.now() - t0);
  if (++round < ROUNDS) return startRound();
  for (const [r, w] of pipes) { os.close(r); os.close(w); }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  print(`pipes-5000: ${ROUNDS} rounds, per round: median ${times[times.length >> 1].toFixed(2)} ms, mean ${mean.toFixed(2)} ms, min ${times[0].toFixed(2)} ms (${(mean * 1e6 / N).toFixed(0)} ns per pipe)`);
}));
startRound();
