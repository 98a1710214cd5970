// build: the seed example, compiled and run as users do
// flags: -M process
// requires: curl
// The example gojsc grew from: a native module runs curl, and the script
// reads the download through an fd read handler of the os module. The last
// line prints first, because nothing blocks while curl runs.
import { open, close } from "process";
import * as os from "os";
import * as std from "std";

const [cwd] = os.getcwd();
const fd = open("curl -s file://" + cwd + "/data.json", "r");
const buf = new ArrayBuffer(16);
let size = 0;

os.setReadHandler(fd, () => {
  const n = os.read(fd, buf, 0, buf.byteLength);
  if (n > 0) {
    size += n;
    std.out.write(buf, 0, n);
    return;
  }
  os.setReadHandler(fd, null);
  print("curl exited with status " + close(fd) + " after " + size + " bytes");
});

print("this line runs before the download's data arrives");
