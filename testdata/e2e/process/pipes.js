// flags: -M process
// open in both modes, with a shell command or an argument array, and the
// errors that come back as negative errno.
import { open, close } from "process";
import * as os from "os";
import * as std from "std";

function readAll(fd) {
  const buf = new ArrayBuffer(4096);
  let s = "";
  for (;;) {
    const n = os.read(fd, buf, 0, buf.byteLength);
    if (n <= 0) break;
    s += String.fromCharCode(...new Uint8Array(buf, 0, n));
  }
  return s;
}

let fd = open("echo out; exit 4", "r");
print(JSON.stringify(readAll(fd)), "status", close(fd));

fd = open(["printf", "%s;", "no shell", "$HOME", "*"], "r");
print(JSON.stringify(readAll(fd)), "status", close(fd));

// A writer's child shares our stdout: what was printed before comes first,
// and close waits for the child, so its output precedes what follows.
print("before the writer");
fd = open("tr a-z A-Z", "w");
const text = "written to the child's stdin\n";
const bytes = new Uint8Array([...text].map((c) => c.charCodeAt(0)));
print("wrote", os.write(fd, bytes.buffer, 0, bytes.length));
print("writer status", close(fd));

print("killed:", close(open("kill -KILL $$", "r")));
print("bad mode:", open("true", "x") === -std.Error.EINVAL ? "-EINVAL" : "?");
print("missing program:", open(["/no/such/program"], "r") === -std.Error.ENOENT ? "-ENOENT" : "?");
print("unknown fd:", close(12345) === -std.Error.EBADF ? "-EBADF" : "?");
try {
  open(null, "r");
} catch (e) {
  print(e.name + ": " + e.message);
}

// close of a pipe the script already closed with os.close, whose fd number
// a new pipe reuses: -EBADF, and the new pipe is left alone.
{
  const fd = open("exit 3", "r");
  os.close(fd);
  const [r2, w2] = os.pipe();
  print("reused:", r2 === fd, "close:", close(r2));
  print("new pipe still open:", os.write(w2, new Uint8Array([1]).buffer, 0, 1));
  os.close(r2);
  os.close(w2);
}
