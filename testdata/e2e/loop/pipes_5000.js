// 5,000 pipes open at once, each with a read handler, all served: three
// rounds of one byte through every pipe.
import * as os from "os";

const N = 5000, ROUNDS = 3;
const pipes = [];
for (let i = 0; i < N; i++) {
  const p = os.pipe();
  if (!p) throw new Error(`pipe ${i} failed`);
  pipes.push(p);
}
const one = new Uint8Array([1]).buffer;
const buf = new ArrayBuffer(16);
let round = 0, left = 0, served = 0;
function startRound() {
  left = N;
  for (const [, w] of pipes) os.write(w, one, 0, 1);
}
pipes.forEach(([r]) => os.setReadHandler(r, () => {
  served += os.read(r, buf, 0, 16);
  if (--left > 0) return;
  if (++round < ROUNDS) return startRound();
  for (const [r, w] of pipes) { os.close(r); os.close(w); }
  print("served", served, "bytes through", N, "pipes in", ROUNDS, "rounds; max fd over 1024:", pipes[N - 1][1] > 1024);
}));
startRound();
