// Event, EventTarget and CustomEvent as node 20 has them.
const t = new EventTarget();
const seen = [];
function a(e) { seen.push("a:" + e.type + ":" + (this === t) + ":" + (e.target === t) + ":" + e.eventPhase); }
t.addEventListener("ping", a);
t.addEventListener("ping", a); // a duplicate is ignored
t.addEventListener("ping", { handleEvent(e) { seen.push("obj:" + e.type); } });
t.addEventListener("ping", () => seen.push("once"), { once: true });
console.log(t.dispatchEvent(new Event("ping")), seen.join(" "));
seen.length = 0;
t.dispatchEvent(new Event("ping"));
console.log(seen.join(" "));
t.removeEventListener("ping", a);
seen.length = 0;
t.dispatchEvent(new Event("ping"));
console.log(seen.join(" "));

const e = new Event("x", { cancelable: true });
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, e.isTrusted, e.target, typeof e.timeStamp);
t.addEventListener("x", (ev) => ev.preventDefault());
console.log(t.dispatchEvent(e), e.defaultPrevented, e.returnValue);
const p = new Event("p", { cancelable: true });
t.addEventListener("p", (ev) => ev.preventDefault(), { passive: true });
console.log(t.dispatchEvent(p), p.defaultPrevented);
const nc = new Event("x");
console.log(t.dispatchEvent(nc), nc.defaultPrevented);

// stopImmediatePropagation stops the listeners after the current one
const s = new EventTarget();
s.addEventListener("s", (ev) => { console.log("first"); ev.stopImmediatePropagation(); });
s.addEventListener("s", () => console.log("second"));
s.dispatchEvent(new Event("s"));

// a listener removed by an earlier one is not called
const r = new EventTarget();
const later = () => console.log("later");
r.addEventListener("r", () => { console.log("remover"); r.removeEventListener("r", later); });
r.addEventListener("r", later);
r.dispatchEvent(new Event("r"));

const c = new CustomEvent("c", { detail: { n: 1 } });
console.log(c instanceof Event, c.detail.n, new CustomEvent("d").detail);
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(t), String(e));

class Emitter extends EventTarget {
  fire() { return this.dispatchEvent(new CustomEvent("fire", { detail: 42 })); }
}
const em = new Emitter();
em.addEventListener("fire", (ev) => console.log("fired", ev.detail, ev.currentTarget === em));
em.fire();

console.log(Event.NONE, Event.AT_TARGET, e.BUBBLING_PHASE);
console.log(Object.keys(globalThis).includes("EventTarget"), typeof EventTarget, EventTarget.name, Event.length);

for (const f of [
  () => new Event(),
  () => t.addEventListener("x"),
  () => t.addEventListener("x", 5),
  () => t.dispatchEvent({ type: "x" }),
  () => t.dispatchEvent("x"),
  () => Event.prototype.preventDefault.call({}),
  () => new CustomEvent(),
]) {
  try { f(); console.log("no error"); } catch (err) { console.log(err.name, err.code, err.message); }
}
