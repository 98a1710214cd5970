// fetch against the test's loopback server: JSON, text, a big body, a
// stream, a redirect, a 404, request bodies and headers.
const base = globalThis.process ? process.env.FETCH_BASE : __gojsc_native("std").getenv("FETCH_BASE");
const show = (u) => u.replace(base, "$BASE");

(async () => {
  const r = await fetch(base + "/json");
  console.log(r.status, r.statusText, r.ok, r.type, show(r.url), r.redirected, r.headers.get("content-type"), r.bodyUsed);
  const data = await r.json();
  console.log(JSON.stringify(data), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }

  const t = await fetch(new URL(base + "/text"));
  console.log(await t.text(), t.headers.get("content-length"));

  const big = await fetch(base + "/big?n=5000000");
  const ab = await big.arrayBuffer();
  const u8 = new Uint8Array(ab);
  let sum = 0;
  for (let i = 0; i < u8.length; i += 997) sum = (sum + u8[i] * i) % 1000003;
  console.log("big", ab.byteLength, sum, big.headers.get("content-length"));

  const bytes = await (await fetch(base + "/big?n=1000")).bytes();
  console.log("bytes", bytes instanceof Uint8Array, bytes.length, bytes[250], bytes[251]);

  // the body as a stream, read with a reader and with for await
  const s = await fetch(base + "/drip");
  const reader = s.body.getReader();
  let text = "";
  const dec = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    text += dec.decode(value, { stream: true });
  }
  console.log("reader", text, s.bodyUsed, s.body.locked);
  const s2 = await fetch(base + "/big?n=300000");
  let n = 0, chunks = 0;
  for await (const chunk of s2.body) { n += chunk.length; chunks++; }
  console.log("for await", n, chunks > 1);

  const red = await fetch(base + "/redirect");
  console.log("redirect", red.status, red.redirected, show(red.url), await red.text());
  const man = await fetch(base + "/redirect", { redirect: "manual" });
  console.log("manual", man.status, man.redirected, man.headers.get("location"));

  const nf = await fetch(base + "/missing");
  console.log("404", nf.status, nf.statusText, nf.ok, await nf.text());

  const post = await fetch(base + "/echo", {
    method: "POST",
    headers: { "X-One": "1", "x-two": "2" },
    body: JSON.stringify({ a: 1 }),
  });
  const echoed = await post.json();
  console.log("post", echoed.method, echoed.headers.join("; "), echoed.body);
  console.log("set-cookie", post.headers.getSetCookie().join(" "), post.headers.get("set-cookie"));

  const form = await (await fetch(base + "/echo", { method: "PUT", body: new URLSearchParams({ q: "a b", r: "é" }) })).json();
  console.log("form", form.method, form.headers.join("; "), form.body);
  const bin = await (await fetch(base + "/echo", { method: "POST", body: new Uint8Array([104, 105]) })).json();
  console.log("binary", bin.headers.length, bin.body);
  const blob = await (await fetch(base + "/echo", { method: "POST", body: new Blob(["blob body"], { type: "text/x-blob" }) })).json();
  console.log("blob", blob.headers.join("; "), blob.body);

  const req = new Request(base + "/echo", { method: "DELETE", headers: [["x-req", "yes"]] });
  const viaReq = await (await fetch(req)).json();
  console.log("request", viaReq.method, viaReq.headers.join("; "));

  const head = await fetch(base + "/text", { method: "HEAD" });
  console.log("head", head.status, head.body, await head.text() === "");

  const c = await fetch(base + "/json");
  const c2 = c.clone();
  console.log("clone", (await c.json()).hello, (await c2.text()).length);
  const bl = await (await fetch(base + "/text")).blob();
  console.log("blob()", bl.size, bl.type, await bl.text());
})();
