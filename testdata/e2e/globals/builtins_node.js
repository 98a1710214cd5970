// The built-ins node 20 has too, with node's error messages (expected
// output recorded from node): WeakRef, FinalizationRegistry, well-formed
// strings, Error.captureStackTrace; and Array.fromAsync, which node 20
// lacks, checked against a plain async function doing what the spec says.
const t = (label, f) => {
  try {
    console.log(label, String(f()));
  } catch (e) {
    console.log(label, `${e.constructor.name}: ${e.message}`);
  }
};
t("WeakRef primitive", () => new WeakRef(1));
t("WeakRef registered symbol", () => new WeakRef(Symbol.for("x")));
t("WeakRef symbol", () => new WeakRef(Symbol("x")).deref().description);
t("WeakRef without new", () => WeakRef({}));
t("deref on other", () => WeakRef.prototype.deref.call({}));
t("FR no callback", () => new FinalizationRegistry(1));
t("FR without new", () => FinalizationRegistry(() => {}));
const reg = new FinalizationRegistry(() => {});
t("register primitive", () => reg.register(1));
t("register same", () => { const o = {}; return reg.register(o, o); });
t("register bad token", () => reg.register({}, 1, 1));
t("unregister bad token", () => reg.unregister(1));
t("register on other", () => FinalizationRegistry.prototype.register.call({}, {}));
t("unregister on other", () => FinalizationRegistry.prototype.unregister.call({}, {}));
t("unregister twice", () => { const k = {}; reg.register({}, 1, k); reg.register({}, 2, k); return [reg.unregister(k), reg.unregister(k)]; });
t("isWellFormed on null", () => String.prototype.isWellFormed.call(null));
t("toWellFormed on undefined", () => String.prototype.toWellFormed.call(undefined));
t("toWellFormed on symbol", () => String.prototype.toWellFormed.call(Symbol()));

// Error.captureStackTrace
t("captureStackTrace primitive", () => Error.captureStackTrace(1));
t("captureStackTrace info", () => [Error.captureStackTrace.name, Error.captureStackTrace.length]);
{
  const plain = {};
  Error.captureStackTrace(plain);
  const d = Object.getOwnPropertyDescriptor(plain, "stack");
  console.log("plain", JSON.stringify(plain.stack.split("\n")[0]), typeof d.value, d.writable, d.enumerable, d.configurable);
  const named = { name: "MyError", message: "went wrong" };
  Error.captureStackTrace(named);
  console.log("named", named.stack.split("\n")[0]);
  const err = new TypeError("bad");
  Error.captureStackTrace(err);
  console.log("error", err.stack.split("\n")[0]);
  function outerFrame() { return innerFrame(); }
  function innerFrame() { const o = {}; Error.captureStackTrace(o, innerFrame); return o.stack; }
  const s = outerFrame();
  console.log("fn omitted", !s.includes("innerFrame"), s.includes("outerFrame"));
  function helperFrame() { const o = {}; Error.captureStackTrace(o); return o.stack; }
  console.log("frames", helperFrame().split("\n")[1].includes("helperFrame"));
  t("captureStackTrace non-function fn", () => Error.captureStackTrace({}, 1));
}

// Array.fromAsync
const fromAsync = Array.fromAsync ?? (async function (items, mapfn, thisArg) {
  const out = [];
  let k = 0;
  if (items[Symbol.asyncIterator] || items[Symbol.iterator]) {
    for await (const v of items) out.push(mapfn ? await mapfn.call(thisArg, v, k++) : v);
  } else {
    for (let i = 0; i < items.length; i++) out.push(mapfn ? await mapfn.call(thisArg, await items[i], k++) : await items[i]);
  }
  return out;
});
const asyncItems = () => {
  let i = 0;
  return { [Symbol.asyncIterator]() { return this; }, next() { i++; return Promise.resolve({ value: i * 10, done: i > 3 }); } };
};
(async () => {
  console.log("fromAsync array", JSON.stringify(await fromAsync([1, Promise.resolve(2), 3])));
  console.log("fromAsync mapped", JSON.stringify(await fromAsync([1, 2], (x, i) => Promise.resolve(x * 100 + i))));
  console.log("fromAsync async iterable", JSON.stringify(await fromAsync(asyncItems())));
  console.log("fromAsync array-like", JSON.stringify(await fromAsync({ length: 2, 0: "a", 1: Promise.resolve("b") })));
  console.log("fromAsync set", JSON.stringify(await fromAsync(new Set(["x", "y"]))));
  console.log("fromAsync thisArg", JSON.stringify(await fromAsync([1], function (x) { return this.k + x; }, { k: 5 })));
  try { await fromAsync([Promise.reject(new RangeError("rejected"))]); } catch (e) { console.log("fromAsync rejected", e.constructor.name, e.message); }
  try { await fromAsync([1], (x) => { throw new SyntaxError("mapper"); }); } catch (e) { console.log("fromAsync mapper threw", e.constructor.name, e.message); }
  const p = fromAsync(null);
  console.log("fromAsync null is a promise", p instanceof Promise);
  try { await p; } catch (e) { console.log("fromAsync null", e.constructor.name); }
  try { await fromAsync([1], 5); } catch (e) { console.log("fromAsync bad mapper", e.constructor.name); }
  if (Array.fromAsync) console.log("fromAsync info", Array.fromAsync.name, Array.fromAsync.length);
  else console.log("fromAsync info", "fromAsync", 1);
})();
