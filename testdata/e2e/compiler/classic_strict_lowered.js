"use strict";
// A classic script whose syntax esbuild lowers (an async generator here)
// stays a classic script: its "use strict" holds, its vars are globals.
var counter = 1;
async function* countdown(n) { while (n > 0) yield n--; }
print(typeof globalThis.counter, (function () { return this; })());
try { undeclared = 1; } catch (e) { print(e.name); }
(async () => {
  for await (const n of countdown(3)) print("countdown", n);
})();
