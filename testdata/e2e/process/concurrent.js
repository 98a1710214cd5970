// flags: -M process
// Twenty children that each take 0.3 s, read at the same time through read
// handlers, finish in about the time of one (6 s if they ran in turn).
import { open, close } from "process";
import * as os from "os";

const start = os.now();
const buf = new ArrayBuffer(64);
const results = [];

for (let i = 0; i < 20; i++) {
  const fd = open(`sleep 0.3; echo child ${i}`, "r");
  let out = "";
  os.setReadHandler(fd, () => {
    const n = os.read(fd, buf, 0, buf.byteLength);
    if (n > 0) {
      out += String.fromCharCode(...new Uint8Array(buf, 0, n));
      return;
    }
    os.setReadHandler(fd, null);
    results.push(`${out.trim()}: status ${close(fd)}`);
    if (results.length === 20) done();
  });
}
print("20 children started");

function done() {
  results.sort((a, b) => parseInt(a.slice(6)) - parseInt(b.slice(6)));
  print(results.join("\n"));
  const elapsed = os.now() - start;
  print(elapsed < 3000 ? "they ran side by side" : `they ran in turn: ${elapsed} ms`);
}
