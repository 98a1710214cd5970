// loadFile, writeFile, loadScript and evalScript.
import * as std from "std";

const tmp = std.getenv("TMPDIR");
std.writeFile(tmp + "/s.txt", "héllo\nworld\n");
print("loadFile:", JSON.stringify(std.loadFile(tmp + "/s.txt")));
const bin = std.loadFile(tmp + "/s.txt", { binary: true });
print("binary:", bin instanceof Uint8Array, bin.length, bin[1], bin[2]);
print("missing:", std.loadFile(tmp + "/missing.txt"), std.loadFile(tmp));

std.writeFile(tmp + "/b.bin", new Uint8Array([1, 2, 255]));
print("from Uint8Array:", std.loadFile(tmp + "/b.bin", { binary: true }).join(","));
std.writeFile(tmp + "/ab.bin", new Uint8Array([7, 8, 9, 10]).buffer);
print("from ArrayBuffer:", std.loadFile(tmp + "/ab.bin", { binary: true }).join(","));
std.writeFile(tmp + "/view.bin", new Uint8Array([7, 8, 9, 10]).subarray(1, 3));
print("from a view:", std.loadFile(tmp + "/view.bin", { binary: true }).join(","));
try {
  std.writeFile(tmp + "/no/dir/x", "x");
} catch (e) {
  print("writeFile failure:", e.name, e.message.replace(tmp, "$TMPDIR"), e.errno);
}

std.writeFile(tmp + "/lib.js", "var loadedVar = 40; function loadedFn(x) { return x + 2; } loadedFn(loadedVar);");
print("loadScript returns:", std.loadScript(tmp + "/lib.js"));
print("globals:", globalThis.loadedVar, globalThis.loadedFn(1));
try {
  std.loadScript(tmp + "/missing.js");
} catch (e) {
  print(e.name + ": " + e.message.replace(tmp, "$TMPDIR"));
}
std.writeFile(tmp + "/bad.js", "let = = 1;");
try {
  std.loadScript(tmp + "/bad.js");
} catch (e) {
  print("syntax error in loaded script:", e.name);
}

print("evalScript:", std.evalScript("1 + 2"), std.evalScript("var evalVar = 'g'; evalVar + '!'"));
print("global scope:", globalThis.evalVar);
(function () {
  const local = "hidden";
  print("no access to locals:", std.evalScript("typeof local"));
})();
try {
  std.evalScript("throw new RangeError('from eval')");
} catch (e) {
  print("throws:", e.name + ": " + e.message);
}
try {
  std.evalScript("1 +");
} catch (e) {
  print("syntax:", e.name);
}
print("backtrace_barrier:", std.evalScript("6 * 7", { backtrace_barrier: true }));

const p = std.evalScript("21 * 2", { async: true });
print("async returns a promise:", p instanceof Promise);
p.then((r) => print("async value:", r.value));
std.evalScript("await Promise.resolve(5)", { async: true }).then((r) => print("await value:", r.value));
std.evalScript("throw new Error('async boom')", { async: true }).catch((e) => print("async rejects:", e.message));
