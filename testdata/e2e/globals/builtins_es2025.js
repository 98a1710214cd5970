// The ES2023–2026 built-ins goja lacks, as QuickJS 2025-09 has them
// (expected output recorded from qjs): results, and the type of the error
// each wrong use throws.
const show = (v) => {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" && Object.is(v, -0)) return "-0";
  if (Array.isArray(v)) return "[" + v.map(show).join(",") + "]";
  if (v instanceof Map) return "Map{" + [...v].map(([k, x]) => show(k) + "=>" + show(x)).join(",") + "}";
  if (v && typeof v === "object") {
    const proto = Object.getPrototypeOf(v);
    return (proto === null ? "null-proto" : "") + "{" + Reflect.ownKeys(v).map((k) => String(k) + ":" + show(v[k])).join(",") + "}";
  }
  return String(v);
};
const t = (label, f) => {
  try {
    console.log(label, show(f()));
  } catch (e) {
    console.log(label, "throws", e.constructor.name);
  }
};
const desc = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  return [typeof (d.value ?? d.get), d.writable, d.enumerable, d.configurable].join(" ");
};
const fnInfo = (f) => `${f.name}/${f.length} ${desc(f, "name")} ${desc(f, "length")}`;

// Object.groupBy and Map.groupBy
t("groupBy", () => Object.groupBy([1, 2, 3, 4, 5], (x, i) => (x % 2 ? "odd" : "even") + (i > 2 ? "!" : "")));
t("groupBy string", () => Object.groupBy("abcab", (c) => c));
t("groupBy proto", () => Object.getPrototypeOf(Object.groupBy([], (x) => x)));
t("groupBy not iterable", () => Object.groupBy(1, (x) => x));
t("groupBy null", () => Object.groupBy(null, (x) => x));
t("groupBy no callback", () => Object.groupBy([1], 1));
t("groupBy callback throws", () => Object.groupBy([1], () => { throw new RangeError("x"); }));
t("Map.groupBy", () => Map.groupBy([1, 2, 3, NaN, NaN, -0, 0], (x) => (Number.isNaN(x) ? x : x > 1 ? "big" : x)));
t("Map.groupBy keys", () => { const k = {}; const m = Map.groupBy([1, 2], () => k); return m.get(k); });
t("Map.groupBy no callback", () => Map.groupBy([1], 1));
console.log(fnInfo(Object.groupBy), fnInfo(Map.groupBy), Object.keys(Object).includes("groupBy"));

// Promise.withResolvers and Promise.try
{
  const { promise, resolve, reject } = Promise.withResolvers();
  console.log("withResolvers", promise instanceof Promise, typeof resolve, typeof reject);
  promise.then((v) => console.log("withResolvers resolved", v));
  resolve(42);
  const r2 = Promise.withResolvers();
  r2.promise.catch((e) => console.log("withResolvers rejected", e));
  r2.reject("no");
  class MyPromise extends Promise {}
  console.log("withResolvers subclass", MyPromise.withResolvers().promise instanceof MyPromise);
  t("withResolvers non-object this", () => Promise.withResolvers.call(1));
  t("withResolvers non-constructor this", () => Promise.withResolvers.call({}));
  Promise.try((a, b) => a + b, 1, 2).then((v) => console.log("try value", v));
  Promise.try(() => { throw new Error("boom"); }).catch((e) => console.log("try threw", e.message));
  Promise.try(() => Promise.resolve("inner")).then((v) => console.log("try promise", v));
  t("try non-object this", () => Promise.try.call(1, () => 1));
  console.log(fnInfo(Promise.withResolvers), fnInfo(Promise.try));
}

// Iterator helpers
function* gen(n) { for (let i = 1; i <= n; i++) yield i; }
t("values().map", () => [1, 2].values().map((x) => x * 2).toArray());
t("generator filter", () => gen(6).filter((x) => x % 2).toArray());
t("take", () => gen(5).take(2).toArray());
t("take 0", () => gen(5).take(0).toArray());
t("take Infinity", () => gen(3).take(Infinity).toArray());
t("drop", () => gen(5).drop(3).toArray());
t("drop past end", () => gen(2).drop(5).toArray());
t("flatMap", () => gen(3).flatMap((x) => [x, x * 10]).toArray());
t("flatMap iterator", () => gen(2).flatMap((x) => gen(x)).toArray());
t("reduce", () => gen(4).reduce((a, b) => a + b));
t("reduce init", () => gen(4).reduce((a, b) => a + b, 100));
t("reduce index", () => gen(3).reduce((a, b, i) => a + i, ""));
t("reduce empty", () => [].values().reduce((a, b) => a + b));
t("forEach", () => { const out = []; gen(3).forEach((x, i) => out.push(x + ":" + i)); return out; });
t("some", () => [gen(3).some((x) => x > 2), gen(3).some((x) => x > 3)]);
t("every", () => [gen(3).every((x) => x > 0), gen(3).every((x) => x > 1)]);
t("find", () => [gen(3).find((x) => x > 1), gen(3).find((x) => x > 5)]);
t("map index", () => gen(3).map((x, i) => i).toArray());
t("set iterator", () => new Set([3, 4]).values().map((x) => -x).toArray());
t("map entries", () => new Map([[1, "a"]]).entries().map(([k, v]) => v + k).toArray());
t("string iterator", () => "héllo"[Symbol.iterator]().filter((c) => c !== "l").toArray());
t("chain", () => gen(Infinity).filter((x) => x % 3 === 0).map((x) => x * x).take(3).toArray());
t("helper toString", () => Object.prototype.toString.call(gen(1).map((x) => x)));
t("helper proto chain", () => Object.getPrototypeOf(Object.getPrototypeOf(gen(1).map((x) => x))) === Iterator.prototype);
t("array iterator inherits", () => Object.getPrototypeOf(Object.getPrototypeOf([].values())) === Iterator.prototype);
t("generator inherits", () => gen(1) instanceof Iterator);
t("Iterator toStringTag", () => Iterator.prototype[Symbol.toStringTag]);
t("Iterator.prototype.constructor", () => Iterator.prototype.constructor === Iterator);
t("Iterator type", () => [typeof Iterator, Iterator.name, Iterator.length]);
t("Iterator methods", () => Object.getOwnPropertyNames(Iterator.prototype).sort());
t("Iterator method lengths", () => ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"].map((k) => k + Iterator.prototype[k].length));
t("Iterator method descriptor", () => desc(Iterator.prototype, "map"));
t("new Iterator", () => new Iterator());
t("Iterator()", () => Iterator());
t("subclass", () => { class Count extends Iterator { constructor() { super(); this.i = 0; } next() { return { value: this.i++, done: this.i > 3 }; } } return new Count().map((x) => x * 2).toArray(); });
t("Iterator.from iterable", () => Iterator.from(new Set([1, 2])).toArray());
t("Iterator.from string", () => Iterator.from("ab").toArray());
t("Iterator.from iterator object", () => { let i = 0; const it = Iterator.from({ next: () => ({ value: i++, done: i > 2 }) }); return [it.toArray(), Object.prototype.toString.call(it)]; });
t("Iterator.from same", () => { const it = gen(1); return Iterator.from(it) === it; });
t("Iterator.from number", () => Iterator.from(1));
t("Iterator.from null", () => Iterator.from(null));
t("wrapper return", () => { let closed = 0; const it = Iterator.from({ next: () => ({ value: 1, done: false }), return() { closed++; return {}; } }); it.return(); return closed; });
t("map non-callable", () => gen(1).map(1));
t("map non-object this", () => Iterator.prototype.map.call(1, (x) => x));
t("take negative", () => gen(1).take(-1));
t("take NaN", () => gen(1).take(NaN));
t("drop negative", () => gen(1).drop(-1));
t("drop NaN", () => gen(1).drop("x"));
t("reduce non-callable", () => gen(1).reduce());
t("flatMap non-iterable", () => gen(1).flatMap((x) => 1).next());
t("flatMap string", () => gen(1).flatMap((x) => "ab").next());
t("bad next result", () => Iterator.prototype.toArray.call({ next: () => 1 }));
t("next not callable", () => Iterator.prototype.toArray.call({ next: 1 }));
t("running helper", () => { const h = gen(2).map(() => h.next()); return h.next(); });
t("helper next on non-helper", () => gen(1).map((x) => x).next.call({}));
{
  // Helpers close the iterator they read: on return(), on a callback's
  // exception, when take is done, and when some/every/find stop early.
  let log = [];
  const counted = () => {
    let i = 0;
    return Iterator.from({ next: () => ({ value: i++, done: false }), return() { log.push("closed at " + i); return {}; } });
  };
  const h = counted().map((x) => x);
  h.next();
  h.return();
  t("return closes", () => log);
  t("next after return", () => h.next());
  log = [];
  t("callback throw closes", () => counted().map(() => { throw new TypeError("cb"); }).next());
  t("closed by throw", () => log);
  log = [];
  t("take closes", () => counted().take(2).toArray());
  t("closed by take", () => log);
  log = [];
  t("some closes", () => counted().some((x) => x === 3));
  t("find closes", () => counted().find((x) => x === 1));
  t("every closes", () => counted().every((x) => x < 2));
  t("closed by some/find/every", () => log);
  log = [];
  t("bad callback closes", () => counted().filter("no"));
  t("bad limit closes", () => counted().drop(-1));
  t("closed by argument checks", () => log);
  log = [];
  const unstarted = counted().map((x) => x);
  unstarted.return();
  t("return before start closes", () => log);
}

// String.prototype.isWellFormed / toWellFormed
t("isWellFormed", () => ["abc", "a\uD800", "\uDC00b", "\uD83D\uDE00", ""].map((s) => s.isWellFormed()));
t("toWellFormed", () => ["abc", "a\uD800", "\uDC00b\uD800", "\uD83D\uDE00", "\uDE00\uD83D"].map((s) => s.toWellFormed()));
t("toWellFormed codes", () => [..."x\uD800y".toWellFormed()].map((c) => c.charCodeAt(0)));
t("isWellFormed on number", () => String.prototype.isWellFormed.call(12));
t("isWellFormed on null", () => String.prototype.isWellFormed.call(null));
t("toWellFormed on undefined", () => String.prototype.toWellFormed.call(undefined));
console.log(fnInfo(String.prototype.isWellFormed), fnInfo(String.prototype.toWellFormed));

// ArrayBuffer.prototype.transfer / transferToFixedLength / detached
{
  const buf = new ArrayBuffer(4);
  const view = new Uint8Array(buf);
  view.set([1, 2, 3, 4]);
  const moved = buf.transfer();
  t("transfer", () => [buf.detached, buf.byteLength, moved.detached, moved.byteLength, [...new Uint8Array(moved)]]);
  t("view of detached", () => [view.length, view[0]]);
  t("transfer shorter", () => [...new Uint8Array(moved.transfer(2))]);
  t("transfer detached", () => buf.transfer());
  t("slice detached", () => buf.slice(0));
  t("new view of detached", () => new Uint8Array(buf));
  const b2 = new Uint8Array([9, 8]).buffer;
  t("transferToFixedLength longer", () => [...new Uint8Array(b2.transferToFixedLength(4))]);
  t("transfer negative", () => new ArrayBuffer(1).transfer(-1));
  t("transfer non-buffer", () => ArrayBuffer.prototype.transfer.call({}));
  t("detached non-buffer", () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "detached").get.call({}));
  t("detached fresh", () => new ArrayBuffer(0).detached);
  t("detached descriptor", () => desc(ArrayBuffer.prototype, "detached"));
  console.log(fnInfo(ArrayBuffer.prototype.transfer), fnInfo(ArrayBuffer.prototype.transferToFixedLength));
}

// RegExp.escape
t("escape", () => ["foo.bar", "a-b c", "(x)*?", "1st", "_id", "\n\t", "€中", "\uD800", "a/b|c", "=,<>#&!%:;@~'`\""].map((s) => RegExp.escape(s)));
t("escape roundtrip", () => new RegExp(RegExp.escape("1+1=2?")).test("x1+1=2?"));
t("escape non-string", () => RegExp.escape(1));
console.log(fnInfo(RegExp.escape));

// Math.sumPrecise
t("sumPrecise", () => Math.sumPrecise([1, 2, 3]));
t("sumPrecise exact", () => [Math.sumPrecise([1e20, 0.1, -1e20]), Math.sumPrecise([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3]);
t("sumPrecise empty", () => Math.sumPrecise([]));
t("sumPrecise -0", () => [Math.sumPrecise([-0, -0]), Math.sumPrecise([-0, 0])]);
t("sumPrecise specials", () => [Math.sumPrecise([Infinity, 1]), Math.sumPrecise([Infinity, -Infinity]), Math.sumPrecise([NaN, 1]), Math.sumPrecise([-Infinity])]);
t("sumPrecise overflow", () => [Math.sumPrecise([1e308, 1e308]), Math.sumPrecise([1e308, 1e308, -1e308])]);
t("sumPrecise tiny", () => Math.sumPrecise([5e-324, 5e-324, -5e-324]));
t("sumPrecise iterable", () => Math.sumPrecise(new Set([0.5, 0.25])));
t("sumPrecise non-number", () => Math.sumPrecise([1, "2"]));
t("sumPrecise not iterable", () => Math.sumPrecise(1));
t("sumPrecise closes", () => { let closed = false; const it = { [Symbol.iterator]: () => ({ next: () => ({ value: "x", done: false }), return() { closed = true; return {}; } }) }; try { Math.sumPrecise(it); } catch {} return closed; });
console.log(fnInfo(Math.sumPrecise));

// WeakRef and FinalizationRegistry
{
  const target = { a: 1 };
  const ref = new WeakRef(target);
  t("deref", () => ref.deref() === target);
  t("WeakRef tag", () => Object.prototype.toString.call(ref));
  t("WeakRef registered symbol", () => new WeakRef(Symbol.for("s")));
  t("WeakRef primitive", () => new WeakRef(1));
  t("WeakRef without new", () => WeakRef({}));
  t("deref on other", () => WeakRef.prototype.deref.call({}));
  t("WeakRef info", () => [typeof WeakRef, WeakRef.name, WeakRef.length, desc(globalThis, "WeakRef"), desc(WeakRef, "prototype")]);
  const reg = new FinalizationRegistry(() => {});
  const token = {};
  t("register", () => reg.register({}, "held", token));
  t("unregister", () => [reg.unregister(token), reg.unregister(token), reg.unregister({})]);
  t("register no token", () => reg.register({}, 1));
  t("register primitive target", () => reg.register(1, 2));
  t("register same held", () => reg.register(target, target));
  t("register bad token", () => reg.register({}, 1, 1));
  t("unregister bad token", () => reg.unregister(1));
  t("FinalizationRegistry no callback", () => new FinalizationRegistry(1));
  t("FinalizationRegistry without new", () => FinalizationRegistry(() => {}));
  t("register on other", () => FinalizationRegistry.prototype.register.call({}, {}));
  t("FR tag", () => Object.prototype.toString.call(reg));
  t("FR info", () => [FinalizationRegistry.name, FinalizationRegistry.length, FinalizationRegistry.prototype.register.length, FinalizationRegistry.prototype.unregister.length]);
  t("subclass WeakRef", () => { class R extends WeakRef {} const r = new R(target); return [r instanceof R, r.deref() === target]; });
}
