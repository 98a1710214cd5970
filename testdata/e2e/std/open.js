// std.open, fdopen and tmpfile: FILE or null with errObj.errno, and a
// TypeError for a mode outside QuickJS's alphabet.
import * as std from "std";

const tmp = std.getenv("TMPDIR");
const cases = [
  ["missing file", (e) => std.open("no/such/file", "r", e)],
  ["missing dir for w", (e) => std.open(tmp + "/no/such/dir", "w", e)],
  ["create", (e) => std.open(tmp + "/a.txt", "w", e)],
  ["exclusive on existing", (e) => std.open(tmp + "/a.txt", "wx", e)],
  ["exclusive on new", (e) => std.open(tmp + "/b.txt", "wx", e)],
  ["read existing", (e) => std.open(tmp + "/a.txt", "rb", e)],
  ["append plus", (e) => std.open(tmp + "/a.txt", "a+", e)],
  ["mode without r/w/a", (e) => std.open(tmp + "/a.txt", "b", e)],
  ["empty mode", (e) => std.open(tmp + "/a.txt", "", e)],
  ["fdopen bad fd", (e) => std.fdopen(99, "r", e)],
  ["fdopen read-only fd for writing", (e) => std.fdopen(std.in.fileno(), "w", e)],
  ["fdopen stdout", (e) => std.fdopen(1, "w", e)],
  ["tmpfile", (e) => std.tmpfile(e)],
];
for (const [name, fn] of cases) {
  const err = {};
  const f = fn(err);
  print(name + ":", f === null ? "null" : typeof f, "errno", err.errno, err.errno ? std.strerror(err.errno) : "");
  // Closing a FILE over fd 1 would close stdout, as in C.
  if (f && f.fileno() === 1) {
    f.puts("written through fdopen(1)\n");
    f.flush();
  } else if (f) f.close();
}

// errObj is optional, and a success sets errno to 0.
print("no errObj:", std.open("no/such/file", "r"));
const ok = { errno: 99 };
std.open(tmp + "/a.txt", "r", ok).close();
print("success resets errno:", ok.errno);

for (const [fn, args] of [
  ["open", [tmp + "/a.txt", "rw?"]],
  ["open", [tmp + "/a.txt", "rt"]],
  ["popen", ["true", "rb"]],
  ["fdopen", [1, "wb"]],
]) {
  try {
    std[fn](...args);
    print(fn, args[args.length - 1], "no error");
  } catch (e) {
    print(fn, JSON.stringify(args[args.length - 1]), e.name + ": " + e.message);
  }
}
