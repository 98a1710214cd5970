// fetch's failures: bad URLs, refused connections, aborts, timeouts,
// redirect modes, bodies read twice.
const base = globalThis.process ? process.env.FETCH_BASE : __gojsc_native("std").getenv("FETCH_BASE");
const show = (e) => console.log(e.name, e.code, e.message, e.cause ? e.cause.name + " " + e.cause.code + " " + e.cause.message : "");

(async () => {
  for (const u of ["not a url", "/relative", "ftp://example.com/"]) {
    try { await fetch(u); } catch (e) { show(e); }
  }
  try { await fetch(base + "/text", { method: "GET", body: "x" }); } catch (e) { show(e); }
  try { await fetch(base + "/loop"); } catch (e) { show(e); }
  try { await fetch(base + "/redirect", { redirect: "error" }); } catch (e) { show(e); }

  // abort before, during the request, and while reading the body
  try { await fetch(base + "/slow", { signal: AbortSignal.abort() }); } catch (e) { show(e); }
  const ctl = new AbortController();
  setTimeout(() => ctl.abort(), 30);
  try { await fetch(base + "/slow", { signal: ctl.signal }); } catch (e) { show(e); }
  const ctl2 = new AbortController();
  setTimeout(() => ctl2.abort(new Error("my reason")), 30);
  try { await fetch(base + "/slow", { signal: ctl2.signal }); } catch (e) { show(e); }
  try {
    await fetch(base + "/slow", { signal: AbortSignal.timeout(40) });
  } catch (e) { show(e); }
  const ctl3 = new AbortController();
  const r = await fetch(base + "/drip?hang=1", { signal: ctl3.signal });
  const reader = r.body.getReader();
  const first = await reader.read();
  console.log("first chunk", new TextDecoder().decode(first.value));
  ctl3.abort();
  try {
    for (;;) { const { done } = await reader.read(); if (done) break; }
    console.log("read to the end");
  } catch (e) { show(e); }

  const used = await fetch(base + "/text");
  await used.text();
  try { await used.arrayBuffer(); } catch (e) { show(e); }
  try { used.clone(); } catch (e) { show(e); }
  const locked = await fetch(base + "/text");
  locked.body.getReader();
  try { await locked.text(); } catch (e) { show(e); }
  try { locked.body.getReader(); } catch (e) { show(e); }
  const bad = await fetch(base + "/text");
  try { await bad.json(); } catch (e) { console.log(e.name); }
})();
