// A read handler on a pipe fed by a child started with exec({block:false}).
import * as os from "os";

const [r, w] = os.pipe();
const pid = os.exec(["sh", "-c", "for i in 1 2 3; do echo line $i; sleep 0.01; done"], { block: false, stdout: w });
os.close(w);
const buf = new ArrayBuffer(4096);
let text = "";
os.setReadHandler(r, () => {
  const n = os.read(r, buf, 0, buf.byteLength);
  if (n > 0) {
    text += String.fromCharCode(...new Uint8Array(buf, 0, n));
    return;
  }
  os.setReadHandler(r, null);
  os.close(r);
  print(text.trimEnd());
  const [ret, status] = os.waitpid(pid, 0);
  print("child", ret === pid, "status", status);
});
