// Reads 1 GiB from `head -c 1073741824 /dev/zero` through a read handler
// with 64 KiB os.read calls and prints the throughput.
import * as os from "os";

const total = 1073741824;
const [r, w] = os.pipe();
const buf = new ArrayBuffer(65536);
const t0 = os.now();
const pid = os.exec(["head", "-c", String(total), "/dev/zero"], { block: false, stdout: w });
os.close(w);
let got = 0;
os.setReadHandler(r, () => {
  const n = os.read(r, buf, 0, buf.byteLength);
  if (n > 0) {
    got += n;
    return;
  }
  os.setReadHandler(r, null);
  os.close(r);
  const [, status] = os.waitpid(pid, 0);
  const s = (os.now() - t0) / 1000;
  print(`os-read-1gib: ${got} bytes in ${s.toFixed(3)} s: ${(got / s / 1073741824).toFixed(2)} GiB/s (status ${status})`);
});
