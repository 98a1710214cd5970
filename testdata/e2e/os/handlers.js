// setReadHandler / setWriteHandler: argument checks, level triggering,
// removal, and os.close dropping the handlers of the fd.
import * as os from "os";

const [r, w] = os.pipe();
for (const f of [() => os.setReadHandler(r, undefined), () => os.setReadHandler(r, 1), () => os.setWriteHandler(w, {})]) {
  try { f(); print("no exception"); } catch (e) { print(e.name + ": " + e.message); }
}
try { os.setReadHandler(12345, () => {}); } catch (e) { print(e.name); }
os.setReadHandler(12345, null);

const buf = new ArrayBuffer(1);
let writes = 0;
os.setWriteHandler(w, () => {
  os.write(w, new Uint8Array([97 + writes]).buffer, 0, 1);
  if (++writes === 3) {
    os.setWriteHandler(w, null);
  }
});
let got = "";
os.setReadHandler(r, () => {
  // One byte per call: called again while the pipe holds data.
  os.read(r, buf, 0, 1);
  got += String.fromCharCode(new Uint8Array(buf)[0]);
  if (got.length === 3) {
    print("read", got);
    os.close(r); // drops the handler: the loop has nothing left
    os.close(w);
  }
});

const fd = os.open("handlers.js", os.O_RDONLY);
let calls = 0;
os.setReadHandler(fd, () => {
  if (++calls === 3) {
    os.setReadHandler(fd, null);
    os.close(fd);
    print("regular file handler called", calls, "times");
  }
});
