// FILE methods on a regular file: writing, reading back, positions with
// numbers and BigInts, end of file, ArrayBuffer I/O and a closed FILE.
import * as std from "std";

const name = std.getenv("TMPDIR") + "/io.txt";
const f = std.open(name, "w+");
f.puts("alpha\n", "beta", 7, "\n");
print("printf count:", f.printf("%-6s|%04d|%.2e\n", "gamma", 42, 12345.678));
print("putByte:", f.putByte(0x7a), f.putByte(-1));
f.putByte(10);
print("tell:", f.tell(), "tello:", f.tello(), typeof f.tello());
print("seek to start:", f.seek(0, std.SEEK_SET));
print("getByte:", f.getByte(), String.fromCharCode(f.getByte()));
print("tell after 2 bytes:", f.tell());
print("getline:", JSON.stringify(f.getline()));
print("getline:", JSON.stringify(f.getline()));
print("readAsString(4):", JSON.stringify(f.readAsString(4)));
print("readAsString():", JSON.stringify(f.readAsString()));
print("eof:", f.eof(), "getline at EOF:", f.getline(), "getByte at EOF:", f.getByte());
print("seek BigInt from end:", f.seek(-3n, std.SEEK_END), "eof cleared:", f.eof());
print("rest:", JSON.stringify(f.readAsString()));
print("seek SEEK_CUR back:", f.seek(-2, std.SEEK_CUR), JSON.stringify(f.readAsString()));
print("seek before start:", f.seek(-100, std.SEEK_SET), "EINVAL is", std.Error.EINVAL);

// read and write on ArrayBuffers, with QuickJS's RangeError past the end.
const buf = new ArrayBuffer(8);
f.seek(0, std.SEEK_SET);
print("read:", f.read(buf, 2, 5), JSON.stringify(String.fromCharCode(...new Uint8Array(buf))));
const bytes = new Uint8Array([49, 50, 51, 52]);
f.seek(0, std.SEEK_END);
print("write:", f.write(bytes.buffer, 1, 3));
f.seek(-3, std.SEEK_END);
print("written:", f.readAsString());
for (const [what, fn] of [
  ["read past end", () => f.read(buf, 6, 3)],
  ["write past end", () => f.write(buf, 0, 9)],
  ["negative position", () => f.read(buf, -1, 1)],
  ["not a buffer", () => f.read("abc", 0, 1)],
]) {
  try {
    print(what, "returned", fn());
  } catch (e) {
    print(what + ":", e.name + ": " + e.message);
  }
}

// Writing after reading without a seek lands where the reader is, as stdio
// does for files opened "+".
f.seek(0, std.SEEK_SET);
f.getline();
f.puts("BETA");
f.seek(0, std.SEEK_SET);
print("after overwrite:", JSON.stringify(f.readAsString(15)));

print("error flag:", f.error(), "fileno > 2:", f.fileno() > 2);
print("close:", f.close());
for (const m of ["close", "puts", "getline", "tell", "seek", "flush", "eof", "fileno"]) {
  try {
    f[m](0, 0);
    print(m, "on closed FILE: no error");
  } catch (e) {
    print(m, "on closed FILE:", e.name + ": " + e.message);
  }
}

// A read-only FILE: writes fail and set the error flag.
const r = std.open(name, "r");
r.puts("x");
r.flush();
print("write to read-only: error", r.error());
r.clearerr();
print("after clearerr:", r.error());
print("close:", r.close());

// Methods called on something that is not a FILE.
try {
  std.out.puts.call({}, "x");
} catch (e) {
  print(e.name + ": " + e.message);
}
