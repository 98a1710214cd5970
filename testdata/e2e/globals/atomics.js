// SharedArrayBuffer and Atomics in one thread: the buffer and views over
// it, structuredClone sharing its memory, every Atomics operation over
// every integer array type, shared and not, and the errors (recorded from
// node 20).
const err = (label, f) => {
  try {
    console.log(label, "no error", String(f()));
  } catch (e) {
    console.log(label, e.constructor.name, e.message);
  }
};

// The constructor and its prototype.
const sab = new SharedArrayBuffer(16);
console.log("proto", Object.getOwnPropertyNames(SharedArrayBuffer.prototype).join());
console.log("ctor", SharedArrayBuffer.name, SharedArrayBuffer.length, typeof SharedArrayBuffer[Symbol.species]);
console.log("brand", Object.prototype.toString.call(sab), sab instanceof SharedArrayBuffer, sab instanceof ArrayBuffer, ArrayBuffer.isView(sab));
console.log("props", sab.byteLength, sab.growable, sab.maxByteLength);
console.log("lengths", new SharedArrayBuffer().byteLength, new SharedArrayBuffer(3.9).byteLength, new SharedArrayBuffer("4").byteLength);
err("call", () => SharedArrayBuffer(1));
err("negative", () => new SharedArrayBuffer(-1));
err("huge", () => new SharedArrayBuffer(2 ** 53));
err("byteLength of ArrayBuffer", () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get.call(new ArrayBuffer(2)));
err("slice of ArrayBuffer", () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(2)));
err("grow", () => sab.grow(32));
console.log("getter name", Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, "byteLength").get.name);

// Views share the memory.
const i32 = new Int32Array(sab);
const dv = new DataView(sab, 4);
i32[1] = 0x01020304;
console.log("views", i32.buffer === sab, dv.buffer === sab, dv.getInt32(0, true), new Uint8Array(sab, 4, 4).join());
console.log("subarray", i32.subarray(2).buffer === sab, i32.subarray(2).byteOffset);
const part = sab.slice(4, -8);
console.log("slice", part instanceof SharedArrayBuffer, part.byteLength, new Int32Array(part)[0], part !== sab);
class Sub extends SharedArrayBuffer {}
const sub = new Sub(8);
console.log("subclass", sub instanceof Sub, sub.byteLength, Object.prototype.toString.call(sub), sub.slice(1) instanceof Sub);

// structuredClone: a new object over the same memory.
const c = structuredClone({ sab, view: new Int16Array(sab, 2, 3), dv });
console.log("clone", c.sab !== sab, c.sab instanceof SharedArrayBuffer, c.view.buffer === c.sab, c.dv.buffer === c.sab, c.view.length);
c.view[1] = 99;
console.log("clone shares", new Int16Array(sab)[2], Atomics.load(new Int16Array(c.sab), 2));
err("transfer", () => structuredClone(sab, { transfer: [sab] }));

// Atomics itself.
console.log("atomics", Object.getOwnPropertyNames(Atomics).join(), Atomics[Symbol.toStringTag], String(Atomics));
for (const k of Object.getOwnPropertyNames(Atomics)) console.log("length", k, Atomics[k].length);
console.log("isLockFree", [1, 2, 3, 4, 8, 16, "4"].map((n) => Atomics.isLockFree(n)).join());

// Every operation on every integer type, over shared and unshared memory.
const types = [Int8Array, Uint8Array, Int16Array, Uint16Array, Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
for (const shared of [true, false]) {
  for (const T of types) {
    const big = T.name.startsWith("Big");
    const n = (x) => (big ? BigInt(x) : x);
    const buf = shared ? new SharedArrayBuffer(32) : new ArrayBuffer(32);
    const a = new T(buf, 8, 2);
    const got = [
      Atomics.store(a, 1, n(5)), Atomics.load(a, 1),
      Atomics.add(a, 1, n(3)), Atomics.sub(a, 1, n(10)), Atomics.load(a, 1),
      Atomics.and(a, 1, n(6)), Atomics.or(a, 1, n(9)), Atomics.xor(a, 1, n(3)),
      Atomics.exchange(a, 1, n(-1)), Atomics.compareExchange(a, 1, n(0), n(1)),
      Atomics.compareExchange(a, 1, n(-1), n(7)), Atomics.load(a, 1), a[0],
    ];
    console.log(shared ? "shared" : "plain", T.name, got.join());
  }
}
const u8 = new Uint8Array(new SharedArrayBuffer(4));
console.log("wrap", Atomics.add(u8, 3, 300), u8[3], Atomics.sub(u8, 0, 1), u8[0], u8[1]);
const i8 = new Int8Array(new SharedArrayBuffer(4));
console.log("int8", Atomics.compareExchange(i8, 3, 0, -1), Atomics.compareExchange(i8, 3, -1, 7), Atomics.and(i8, 3, 3), Atomics.or(i8, 3, -128), Atomics.xor(i8, 3, 1), i8[3], i8[2]);
const u32 = new Uint32Array(new SharedArrayBuffer(8));
console.log("uint32", Atomics.sub(u32, 1, 1), Atomics.load(u32, 1), Atomics.add(u32, 1, 2), u32[1]);
const b64 = new BigUint64Array(new SharedArrayBuffer(8));
console.log("bigint", Atomics.sub(b64, 0, 1n), b64[0], Atomics.load(new BigInt64Array(b64.buffer), 0), Atomics.compareExchange(b64, 0, -1n, 5n), b64[0]);
console.log("store values", Atomics.store(i32, 0, 3.7), Object.is(Atomics.store(i32, 0, -0), 0), Atomics.store(i32, 0, "5"), Atomics.store(i32, 0, 2 ** 33 + 1), i32[0]);
console.log("bigint values", Atomics.store(new BigInt64Array(2), 0, true), Atomics.store(new BigInt64Array(2), 0, "12"), Atomics.store(new BigUint64Array(2), 0, -1n));
console.log("indexes", Atomics.load(i32, "1"), Atomics.load(i32, null), Atomics.load(i32), Atomics.load(i32, 1.5));

// The errors.
err("float", () => Atomics.add(new Float64Array(4), 0, 1));
err("clamped", () => Atomics.add(new Uint8ClampedArray(4), 0, 1));
err("dataview", () => Atomics.load(dv, 0));
err("object", () => Atomics.add({}, 0, 1));
err("array", () => Atomics.add([1], 0, 1));
err("number", () => Atomics.add(1, 0, 1));
err("undefined", () => Atomics.add(undefined, 0, 1));
err("index past end", () => Atomics.add(i32, 4, 1));
err("index negative", () => Atomics.add(i32, -1, 1));
err("index huge", () => Atomics.load(i32, 2 ** 53));
err("index symbol", () => Atomics.load(i32, Symbol()));
err("number to bigint", () => Atomics.add(new BigInt64Array(sab), 0, 1));
err("bad bigint string", () => Atomics.store(new BigInt64Array(2), 0, "x"));
err("undefined to bigint", () => Atomics.store(new BigInt64Array(2), 0, undefined));
err("bigint to number", () => Atomics.add(i32, 0, 1n));
err("symbol value", () => Atomics.store(i32, 0, Symbol()));
err("wait unshared", () => Atomics.wait(new Int32Array(4), 0, 0, 0));
err("wait int16", () => Atomics.wait(new Int16Array(sab), 0, 0, 0));
err("wait uint32", () => Atomics.wait(new Uint32Array(sab), 0, 0, 0));
err("wait symbol timeout", () => Atomics.wait(i32, 0, 0, Symbol()));
err("waitAsync unshared", () => Atomics.waitAsync(new Int32Array(4), 0, 0));
err("notify int16", () => Atomics.notify(new Int16Array(sab), 0));
err("notify symbol", () => Atomics.notify(i32, 0, Symbol()));

// wait, notify and waitAsync in one thread.
Atomics.store(i32, 0, 0);
console.log("wait", Atomics.wait(i32, 0, 1), Atomics.wait(i32, 0, 0, 0), Atomics.wait(i32, 0, 0, 10), Atomics.wait(new BigInt64Array(sab), 0, 5n, 0));
console.log("notify", Atomics.notify(new Int32Array(4), 0), Atomics.notify(i32, 0), Atomics.notify(i32, 0, -5), Atomics.notify(i32, 0, NaN));
const show = (r) => JSON.stringify({ async: r.async, value: typeof r.value === "string" ? r.value : Object.prototype.toString.call(r.value) });
console.log("waitAsync now", show(Atomics.waitAsync(i32, 0, 1)), show(Atomics.waitAsync(i32, 0, 0, 0)));
const forever = Atomics.waitAsync(i32, 2, 0);
const timed = Atomics.waitAsync(i32, 3, 0, 20);
const big = Atomics.waitAsync(new BigInt64Array(sab), 1, 0n, 1000);
console.log("waitAsync queued", show(forever), show(timed), show(big));
forever.value.then((v) => console.log("forever settled", v));
timed.value.then((v) => console.log("timed settled", v));
big.value.then((v) => console.log("big settled", v));
console.log("notified", Atomics.notify(i32, 2), Atomics.notify(new BigInt64Array(sab), 1, 1), Atomics.notify(i32, 3, 0));
setTimeout(() => console.log("end", Atomics.notify(i32, 3)), 100);
