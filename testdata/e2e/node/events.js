import EventEmitter, { once, errorMonitor, on } from "node:events";
import * as ns from "events";
const events = ns.default;
console.log(events === EventEmitter, events.EventEmitter === EventEmitter, typeof once);

class Job extends EventEmitter {}
const e = new Job();
const log = [];
e.on("newListener", (name) => log.push("new:" + String(name)));
e.on("x", (a, b) => log.push("x1 " + a + b));
e.prependListener("x", () => log.push("x0"));
e.once("x", () => log.push("once"));
e.prependOnceListener("x", () => log.push("ponce"));
console.log(e.listenerCount("x"), e.emit("x", 1, 2), e.emit("x", 3, 4), e.emit("nothing"));
console.log(log.join(","));
console.log(e.eventNames().map(String).join(","), e.listeners("x").length, e.rawListeners("x").length);
const f = () => log.push("f");
e.on("y", f); e.on("y", f); e.off("y", f);
console.log(e.listenerCount("y"), e.listenerCount("y", f));
e.removeAllListeners("y");
console.log(e.listenerCount("y"), e.getMaxListeners());
e.setMaxListeners(1);
console.log(e.getMaxListeners());
try { e.emit("error", new Error("boom")); } catch (err) { console.log("thrown", err.message); }
try { e.emit("error", "str"); } catch (err) { console.log(err.code, err.message); }
e.on(errorMonitor, (err) => console.log("monitor", err.message));
e.on("error", (err) => console.log("handled", err.message));
e.emit("error", new Error("bad"));
try { e.on("z", 42); } catch (err) { console.log(err.name, err.code, err.message); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.name, err.code); }
const r = new EventEmitter();
r.on("removeListener", (n) => console.log("removed", n));
const g = () => {};
r.on("a", g); r.removeListener("a", g);
console.log(EventEmitter.defaultMaxListeners, typeof EventEmitter.errorMonitor);

const t = new EventEmitter();
setTimeout(() => t.emit("ready", 42, "x"), 1);
const args = await once(t, "ready");
console.log("once", JSON.stringify(args));
setTimeout(() => t.emit("error", new Error("failed")), 1);
try { await once(t, "never"); } catch (err) { console.log("once rejected", err.message); }
setTimeout(() => { t.emit("tick", 1); t.emit("tick", 2); t.emit("tick", 3); }, 1);
let n = 0;
for await (const [v] of on(t, "tick")) { console.log("tick", v); if (++n === 3) break; }
console.log(t.listenerCount("tick"));
