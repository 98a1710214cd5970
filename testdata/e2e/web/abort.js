// AbortController and AbortSignal as node 20 has them.
const c = new AbortController();
const s = c.signal;
console.log(s.aborted, s.reason, s.onabort, s instanceof EventTarget, Object.prototype.toString.call(s));
const order = [];
s.addEventListener("abort", (e) => order.push("listener:" + e.type + ":" + (e.target === s)));
s.onabort = function (e) { order.push("onabort:" + (this === s)); };
s.addEventListener("abort", () => order.push("after"));
s.throwIfAborted();
c.abort();
c.abort("again"); // no effect
console.log(order.join(" "));
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code, s.reason instanceof DOMException, s.reason instanceof Error);
try { s.throwIfAborted(); } catch (e) { console.log("thrown", e === s.reason); }

const c2 = new AbortController();
c2.abort({ why: "custom" });
console.log(c2.signal.reason.why);

const a = AbortSignal.abort();
console.log(a.aborted, a.reason.name, AbortSignal.abort(7).reason);

const x = new AbortController(), y = new AbortController();
const any = AbortSignal.any([x.signal, y.signal]);
any.onabort = () => console.log("any aborted with", any.reason);
y.abort("y's reason");
x.abort("x's reason");
console.log(any.reason, AbortSignal.any([AbortSignal.abort("pre")]).reason, AbortSignal.any([]).aborted);

// a listener added with a signal goes away when it aborts
const t = new EventTarget();
const ctl = new AbortController();
t.addEventListener("e", () => console.log("e listener"), { signal: ctl.signal });
t.dispatchEvent(new Event("e"));
ctl.abort();
t.dispatchEvent(new Event("e"));

const started = Date.now();
const ts = AbortSignal.timeout(30);
setTimeout(() => console.log("kept alive by setTimeout only"), 80);
ts.addEventListener("abort", () => {
  console.log("timeout", ts.reason.name, ts.reason.message, ts.reason.code, Date.now() - started >= 25);
  // a long timeout alone does not keep the program alive
  AbortSignal.timeout(60000);
});

for (const f of [
  () => new AbortSignal(),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout("1"),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.any(5),
  () => AbortSignal.any([1]),
  () => AbortSignal.prototype.throwIfAborted.call({}),
  () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, "aborted").get.call({}),
]) {
  try { f(); console.log("no error"); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).join(), Object.getOwnPropertyNames(AbortSignal).sort().join());
const d = new DOMException("m", "NotFoundError");
console.log(d.name, d.message, d.code, DOMException.ABORT_ERR, DOMException.TIMEOUT_ERR, new DOMException().name, String(new DOMException("x", "SyntaxError")));
