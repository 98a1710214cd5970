// An exception escaping an fd handler ends the process like one in a timer.
import * as os from "os";

const [r, w] = os.pipe();
os.write(w, new ArrayBuffer(1), 0, 1);
os.setReadHandler(r, function onReadable() {
  throw new TypeError("bad handler");
});
