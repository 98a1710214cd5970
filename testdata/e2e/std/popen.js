// std.popen: reading a command's output, writing to its input, and close()
// returning the raw wait status as pclose does.
import * as std from "std";

print("before the child");
const r = std.popen("echo one; echo two; printf three", "r");
const lines = [];
for (let l; (l = r.getline()) !== null; ) lines.push(l);
print("lines:", JSON.stringify(lines), "close:", r.close());

for (const [cmd, want] of [["exit 0", 0], ["exit 3", 768], ["kill -TERM $$", 15]]) {
  const p = std.popen(cmd, "r");
  print(JSON.stringify(cmd), "close:", p.close(), "want", want);
}

// The child inherits stdout: what was printed before comes out first.
print("before cat");
const w = std.popen("cat; echo cat done", "w");
w.puts("to cat 1\n");
w.printf("to cat %d\n", 2);
print("cat close:", w.close());

const err = {};
print("mode rw:", std.popen("true", "rw", err), "errno", err.errno);
try {
  std.popen("true", "x");
} catch (e) {
  print("mode x:", e.name + ": " + e.message);
}
const big = std.popen("head -c 300000 /dev/zero | tr '\\0' a", "r");
print("big read:", big.readAsString().length, big.close());
