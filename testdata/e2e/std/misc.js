// strerror, constants, sprintf, parseExtJSON and gc.
import * as std from "std";

for (const n of [0, 1, 2, 13, 22, 32, -1, 99999]) print("strerror", n, JSON.stringify(std.strerror(n)));
print("Error:", JSON.stringify(std.Error));
print("SEEK:", std.SEEK_SET, std.SEEK_CUR, std.SEEK_END);
print("gc:", std.gc());
print("exports:", Object.keys(std).filter((k) => k !== "default").sort().join(" "));
print("FILE methods:", Object.keys(Object.getPrototypeOf(std.out)).sort().join(" "));

for (const [fmt, ...args] of [
  ["%d|%i|%u", 42, -7, -1],
  ["%5d|%-5d|%05d|%+d|% d", 1, 2, 3, 4, 5],
  ["%x|%X|%#x|%o|%#o", 255, 255, 255, 8, 8],
  ["%d", 2 ** 32 + 5],
  ["%ld|%lld|%lx", 2 ** 40, -(2 ** 40), 2 ** 40],
  ["%d|%ld", 123n, -(2n ** 63n)],
  ["%f|%.2f|%10.3f|%-10.1f|", 3.14159, 2.5, -1.5, 9.99],
  ["%e|%E|%.0e", 12345.6789, 0.00012, 5],
  ["%g|%g|%G|%#g", 100000, 1e-5, 1e20, 1.5],
  ["%a", 1],
  ["%s|%10s|%-4s|%.2s", "str", "right", "l", "truncate"],
  ["%c%c%c", 72, "i", 0x1f600],
  ["%*d|%-*d|%.*f", 6, 42, 4, 7, 2, 3.14159],
  ["%f|%f|%e", Infinity, -Infinity, NaN],
  ["100%% %s", "sure"],
  ["%s %s", "only one"],
  ["%y", 1],
]) {
  try {
    print(JSON.stringify(fmt), "->", JSON.stringify(std.sprintf(fmt, ...args)));
  } catch (e) {
    print(JSON.stringify(fmt), "->", e.name + ": " + e.message);
  }
}

const ext = std.parseExtJSON(`{
  // comment
  unquoted: 'single',
  hex: 0x1F, oct: 0o17, bin: 0b101, plus: +3, frac: .5,
  inf: Infinity, nan: NaN, neg: -Infinity,
  list: [1, 2, 3,],
  /* block */ nested: {a: {b: null}},
}`);
print("parseExtJSON:", JSON.stringify(ext), ext.inf, Number.isNaN(ext.nan), ext.neg);
for (const bad of ["{a: 1", "[1, 2", "{'a': }", "\n\n  @"]) {
  try {
    std.parseExtJSON(bad);
  } catch (e) {
    print("bad", JSON.stringify(bad), e.name + ": " + e.message);
  }
}
