// flags: --memory-limit 100M
// build: a memory limit applies to the whole process
// One allocation bigger than the memory left throws a catchable
// InternalError, as in QuickJS, instead of ending the process.
const tries = [
  ["ArrayBuffer", () => new ArrayBuffer(2e8)],
  ["repeat", () => "xy".repeat(1e8)],
  ["padStart", () => "x".padStart(2e8)],
  ["padEnd", () => "x".padEnd(2e8)],
  ["Float64Array", () => new Float64Array(3e7)],
  ["Uint8Array from array-like", () => new Uint8Array({ length: 2e8 })],
  ["fill", () => new Array(1e8).fill(0)],
];
for (const [name, f] of tries) {
  try {
    f();
    print(name, "allocated");
  } catch (e) {
    print(name, e.name + ": " + e.message, e instanceof Error);
  }
}
// Allocations that fit are untouched.
print(new ArrayBuffer(1e6).byteLength, "ab".repeat(1000).length, "x".padStart(5, "-"),
  new Float64Array(1000).length, new Array(1000).fill(1).length);
const b = new ArrayBuffer(8);
class Bytes extends Uint8Array {}
print(b instanceof ArrayBuffer, b.constructor === ArrayBuffer, ArrayBuffer.name, ArrayBuffer.length,
  new Bytes(2) instanceof Bytes, new Bytes([1, 2]).map((x) => x).constructor === Bytes,
  Uint8Array.from([4, 5]).join(), b.slice(2).byteLength);
print(new Int32Array(new SharedArrayBuffer(1e6)).length);
print("abc".padStart(Infinity, ""), "abc".padEnd(1e12, ""));
