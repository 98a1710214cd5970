// print's formatting of nested values, in QuickJS 2025-09's style.
import * as std from "std";

const cyclic = { name: "c" };
cyclic.self = cyclic;
const arr = [1, "two", [3, [4, [5, [6]]]], { a: { b: { c: { d: 1 } } } }];
arr.push(arr);
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
// Stacks hold bundle positions; errors here carry fixed ones or none.
const err = new TypeError("bad thing");
err.stack = "TypeError: bad thing\n    at f (print.js:3:7)\n    at <anonymous> (print.js:9:1)\n";
const bare = new RangeError("inner");
delete bare.stack;
const values = [
  ["string", "str"],
  ["number", -0],
  ["bigint", 12n],
  ["nested object", { a: 1, b: "s", c: [1, 2, [3, 4]], d: { e: { f: { g: {} } } } }],
  ["array", [1, , 3, undefined, null]],
  ["long array", Array.from({ length: 120 }, (_, i) => i)],
  ["cycle", cyclic],
  ["array cycle", arr],
  ["map", new Map([["k", 1], [{ o: 1 }, [2]]])],
  ["set", new Set([1, "a"])],
  ["typed array", new Uint8Array([1, 2, 3])],
  ["float array", new Float64Array([1.5, -2])],
  ["array buffer", new Uint8Array([9, 8]).buffer],
  ["class instance", new Point(1, 2)],
  ["function", function named() {}],
  ["arrow", () => 1],
  ["symbol", Symbol("s")],
  ["date", new Date(0)],
  ["regexp", /a+b/gi],
  ["null proto", Object.assign(Object.create(null), { z: 1 })],
  ["quoted keys", { "a-b": 1, 2: "n", valid_id: 3 }],
  ["string in object", { s: "it's \"quoted\"\n" }],
  ["FILE", std.out],
];
for (const [label, v] of values) print(label + ":", v);
print("error:", err);
print("error without stack:", bare);
print("error in object:", { err: bare });
print("several", "args", 1, { a: 1 }, [2]);
print("shared:", new SharedArrayBuffer(4), [new SharedArrayBuffer(2)], new Int32Array(new SharedArrayBuffer(8)));
