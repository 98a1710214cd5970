import timers, { setTimeout as st, clearTimeout as ct, setInterval as si, clearInterval as ci, setImmediate as sim } from "node:timers";
import * as tp from "node:timers/promises";

const log = (...a) => console.log(a.map(String).join(" "));
const t = st((a, b) => log("timeout fired", a, b), 5, "x", "y");
log(typeof t, t.constructor.name, t.hasRef(), t.unref() === t, t.hasRef(), t.ref().hasRef(), typeof +t, Number.isInteger(+t));
const cancelled = st(() => log("never"), 1);
ct(cancelled);
const byNumber = st(() => log("never 2"), 1);
ct(+byNumber);
let n = 0;
const iv = si(() => {
	if (++n === 3) ci(iv);
}, 2);
sim((v) => log("immediate", v), "imm");
timers.clearImmediate(timers.setImmediate(() => log("never 3")));
log(timers.promises === tp.default || timers.promises.setTimeout === tp.setTimeout);
const start = Date.now();
let firedAfter = 0;
const r = st(() => (firedAfter = Date.now() - start), 20);
st(() => r.refresh(), 10);

await new Promise((res) => st(res, 80));
log("interval ticks", n, "refreshed timer fired late", firedAfter >= 29);
log("promises:", await tp.setTimeout(3, "value"), await tp.setImmediate("imm-value"), await tp.scheduler.wait(1));
const ac = new AbortController();
const p = tp.setTimeout(1000, "late", { signal: ac.signal });
ac.abort();
try { await p; } catch (e) { log(e.name, e.code, e.message); }
try { await tp.setImmediate("x", { signal: AbortSignal.abort() }); } catch (e) { log("pre-aborted", e.name, e.code); }
let count = 0;
for await (const v of tp.setInterval(2, "tick")) {
	log(v, ++count);
	if (count === 3) break;
}
const ac2 = new AbortController();
try {
	for await (const v of tp.setInterval(2, "t2", { signal: ac2.signal })) {
		log(v);
		ac2.abort();
	}
} catch (e) { log("interval aborted", e.name, e.code); }
for (const bad of [() => st("nope", 1), () => si(5), () => sim(null)]) {
	try { bad(); } catch (e) { log(e.name, e.code, e.message); }
}
try { await tp.setTimeout(1, 1, { signal: 5 }); } catch (e) { log(e.name, e.code, e.message); }
log("done");
