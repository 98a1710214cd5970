// structuredClone of every supported type, cycles, shared references,
// getters, transfer, and the values that throw (recorded from node 20).
const show = (label, v) => console.log(label, JSON.stringify(v));
const err = (label, f) => {
  try {
    f();
    console.log(label, "no error");
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e instanceof Error);
  }
};
const num = (x) => (Object.is(x, -0) ? "-0" : String(x));

// Primitives.
for (const v of [undefined, null, true, false, 0, 42, -1.5, NaN, Infinity, -Infinity, "", "héllo \ud800"]) {
  const c = structuredClone(v);
  const shown = typeof c === "string" ? [...c].map((ch) => ch.charCodeAt(0)).join(",") : num(c);
  console.log("prim", typeof c, shown, c === v || (c !== c && v !== v));
}
console.log("-0", num(structuredClone(-0)));
console.log("bigint", typeof structuredClone(12345678901234567890n), structuredClone(-(2n ** 70n)).toString());

// Boxed primitives.
for (const v of [Object(3.5), Object(-0), Object("str"), Object(false), Object(7n)]) {
  const c = structuredClone(v);
  console.log("boxed", typeof c, c !== v, Object.prototype.toString.call(c), num(c.valueOf()));
}
const bs = Object("ab");
bs.extra = 1;
console.log("boxed string keys", JSON.stringify(Object.keys(structuredClone(bs))));

// Plain objects: own enumerable string keys in order, getters invoked.
const o = { b: 1, a: { deep: [1, 2] }, 2: "two", 1: "one" };
Object.defineProperty(o, "hidden", { value: 1, enumerable: false });
o[Symbol("k")] = 1;
const co = structuredClone(o);
show("object", co);
console.log("object keys", JSON.stringify(Object.keys(co)), co !== o, co.a !== o.a, "hidden" in co);
const g = { get v() { return 7; } };
console.log("getter", JSON.stringify(Object.getOwnPropertyDescriptor(structuredClone(g), "v")));
const proto = { __proto__: null, x: 1 };
console.log("null proto", Object.getPrototypeOf(structuredClone(proto)) === Object.prototype);
const pk = JSON.parse('{"__proto__": 5}');
console.log("__proto__ key", JSON.stringify(Object.keys(structuredClone(pk))), structuredClone(pk).__proto__);

// Class instances become plain objects.
class Point {
  constructor() { this.x = 1; this.y = 2; }
  get sum() { return this.x + this.y; }
}
const cp = structuredClone(new Point());
show("class", cp);
console.log("class proto", Object.getPrototypeOf(cp) === Object.prototype, cp.sum);

// Arrays: holes and extra properties.
const a = [1, , 3];
a.x = "extra";
const ca = structuredClone(a);
console.log("array", ca.length, 1 in ca, ca.x, JSON.stringify(Object.keys(ca)), Array.isArray(ca));
const sparse = [];
sparse[5] = "five";
console.log("sparse", structuredClone(sparse).length, JSON.stringify(Object.keys(structuredClone(sparse))));
show("nested array", structuredClone([[1, [2, [3]]], { a: [] }]));

// Date and RegExp.
const d = new Date(Date.UTC(2020, 1, 29, 12, 30));
const cd = structuredClone(d);
console.log("date", cd instanceof Date, cd !== d, cd.toISOString());
console.log("invalid date", String(structuredClone(new Date(NaN)).getTime()));
const re = /a+b/gi;
re.lastIndex = 3;
const cre = structuredClone(re);
console.log("regexp", cre instanceof RegExp, cre !== re, cre.source, cre.flags, cre.lastIndex, cre.test("xAAB"));
console.log("regexp flags", structuredClone(/x/msuy).flags);

// Map and Set, with object keys.
const key = { k: 1 };
const m = new Map([[1, "one"], [key, { v: 2 }], ["s", key]]);
const cm = structuredClone(m);
console.log("map", cm instanceof Map, cm.size, cm.get(1), JSON.stringify([...cm.keys()]));
const [, ck] = [...cm.keys()];
console.log("map shared key", cm.get("s") === ck, ck !== key);
const s = new Set([1, "two", key, key]);
const cs = structuredClone(s);
console.log("set", cs instanceof Set, cs.size, JSON.stringify([...cs]));

// ArrayBuffer, typed arrays, DataView.
const buf = new ArrayBuffer(16);
new Uint8Array(buf).forEach((_, i, u) => { u[i] = i * 3; });
const cb = structuredClone(buf);
console.log("arraybuffer", cb instanceof ArrayBuffer, cb !== buf, cb.byteLength, JSON.stringify([...new Uint8Array(cb)]));
for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array]) {
  const t = new T(buf, 8, 8 / T.BYTES_PER_ELEMENT);
  const ct = structuredClone(t);
  console.log("typed", T.name, ct.constructor.name, ct.byteOffset, ct.length, ct.buffer.byteLength, ct.buffer !== buf, Array.from(ct).map(num).join(","));
}
for (const T of [BigInt64Array, BigUint64Array]) {
  const t = new T([-5n, 2n ** 40n]);
  const ct = structuredClone(t);
  console.log("typed", T.name, ct.constructor.name, ct.length, Array.from(ct).join(","));
}
const dv = new DataView(buf, 4, 6);
const cdv = structuredClone(dv);
console.log("dataview", cdv instanceof DataView, cdv.byteOffset, cdv.byteLength, cdv.getUint16(0), cdv.buffer.byteLength);
const u8 = new Uint8Array(buf, 0, 4);
const u16 = new Uint16Array(buf, 4, 2);
const views = structuredClone({ u8, u16, dv });
console.log("shared buffer", views.u8.buffer === views.u16.buffer, views.u16.buffer === views.dv.buffer);
views.u8[0] = 99;
console.log("shared write", new Uint8Array(views.dv.buffer)[0], new Uint8Array(buf)[0]);

// Errors.
for (const e of [new Error("plain"), new EvalError("ev"), new RangeError("rg"), new ReferenceError("rf"),
  new SyntaxError("sy"), new TypeError("ty"), new URIError("ur")]) {
  const ce = structuredClone(e);
  console.log("error", ce.name, ce.constructor.name, JSON.stringify(ce.message), ce !== e, ce instanceof Error, typeof ce.stack);
}
const named = new Error("x");
named.name = "Custom";
console.log("error custom name", structuredClone(named).name);
class MyError extends TypeError {}
console.log("error subclass", structuredClone(new MyError("q")).constructor.name);
console.log("error no message", Object.prototype.hasOwnProperty.call(structuredClone(new TypeError()), "message"));
const withCause = new RangeError("outer", { cause: { inner: 1 } });
withCause.extra = 1;
const cwc = structuredClone(withCause);
console.log("error cause", JSON.stringify(cwc.cause), cwc.extra, Object.getOwnPropertyDescriptor(cwc, "message").enumerable);

// Cycles and shared references.
const cyc = { name: "root", list: [] };
cyc.self = cyc;
cyc.list.push(cyc, cyc.list);
const shared = { s: 1 };
cyc.a = shared;
cyc.b = [shared];
const cc = structuredClone(cyc);
console.log("cycle", cc !== cyc, cc.self === cc, cc.list[0] === cc, cc.list[1] === cc.list, cc.a === cc.b[0], cc.a !== shared);
const cm2 = new Map();
cm2.set(cm2, cm2);
const ccm2 = structuredClone(cm2);
console.log("map cycle", ccm2.get(ccm2) === ccm2);
const arrCyc = [1];
arrCyc.push(arrCyc);
const cac = structuredClone(arrCyc);
console.log("array cycle", cac[1] === cac, cac.length);

// Values that cannot be cloned.
// A function's message holds its source text, which the bundler reformats.
const fnErr = (label, f) => {
  try {
    f();
  } catch (e) {
    console.log(label, e.name, e.code, e.message.startsWith(label), e.message.endsWith(" could not be cloned."));
  }
};
fnErr("function", () => structuredClone(function () {}));
err("arrow", () => structuredClone({ f: () => 1 }));
fnErr("class", () => structuredClone(class A {}));
err("symbol", () => structuredClone(Symbol("s")));
err("symbol in object", () => structuredClone({ x: Symbol.iterator }));
err("symbol box", () => structuredClone(Object(Symbol("s"))));
err("promise", () => structuredClone(Promise.resolve()));
err("weakmap", () => structuredClone(new WeakMap()));
err("weakset", () => structuredClone(new WeakSet()));
err("proxy", () => structuredClone(new Proxy({}, {})));
err("throwing getter", () => structuredClone({ get x() { throw new RangeError("from getter"); } }));
err("no argument", () => structuredClone());
err("bad options", () => structuredClone(1, 1));
err("bad transfer", () => structuredClone(1, { transfer: 1 }));
err("transfer object", () => structuredClone(1, { transfer: [{}] }));
err("transfer view", () => structuredClone(1, { transfer: [new Uint8Array(2)] }));
const dup = new ArrayBuffer(1);
err("transfer duplicate", () => structuredClone(1, { transfer: [dup, dup] }));
err("null options", () => structuredClone(1, null));

// Transfer: the clone gets the memory, the original is detached.
const tb = new ArrayBuffer(4);
new Uint8Array(tb).set([1, 2, 3, 4]);
const moved = structuredClone({ tb, view: new Uint8Array(tb, 1, 2) }, { transfer: [tb] });
console.log("transfer", tb.byteLength, moved.tb.byteLength, JSON.stringify([...new Uint8Array(moved.tb)]), moved.view.buffer === moved.tb, JSON.stringify([...moved.view]));
err("clone detached", () => structuredClone(tb));
const unused = new ArrayBuffer(2);
console.log("transfer unused", structuredClone(5, { transfer: new Set([unused]) }), unused.byteLength);
// Subclasses of built-ins and objects with internal state.
class M extends Map {}
console.log("map subclass", structuredClone(new M([[1, 2]])).constructor.name);
class D extends Date {}
console.log("date subclass", structuredClone(new D(0)).constructor.name);
class V extends DataView {}
console.log("dataview subclass", structuredClone(new V(new ArrayBuffer(2))).constructor.name);
class W extends WeakMap {}
err("weakmap subclass", () => structuredClone(new W()));
show("math", structuredClone(Math));
err("arguments", () => structuredClone((function () { return arguments; })(1, 2)));
err("iterator", () => structuredClone([1].values()));
err("generator", () => structuredClone((function* () {})()));
err("proxy of array", () => structuredClone(new Proxy([], {})));
err("global object", () => structuredClone(globalThis));
console.log("structuredClone", typeof structuredClone, structuredClone.name, structuredClone.length);
