// Headers, Request and Response on their own.
const show = (e) => console.log(e.name, e.message);
(async () => {
  const h = new Headers({ B: "2", a: " 1 ", "Set-Cookie": "x=1" });
  h.append("set-cookie", "y=2");
  h.append("a", "3");
  console.log([...h].map(String).join("|"), h.get("A"), h.get("nope"), h.getSetCookie().join(), h.has("b"));
  h.set("b", "two");
  h.delete("a");
  h.forEach((v, k, o) => console.log("forEach", k, v, o === h));
  console.log([...h.keys()].join(), [...h.values()].join(), [...new Headers([["k", "v"]]).entries()].join(), new Headers(h).get("b"));
  for (const f of [
    () => new Headers([["a b", "c"]]),
    () => new Headers().append("x", "a\nb"),
    () => new Headers(5),
    () => new Headers([["a"]]),
    () => new Response("x", { status: 99 }),
    () => new Response("x", { status: 204 }),
    () => new Request("/x"),
    () => new Request("http://x/", { method: "GET", body: "a" }),
    () => new Request("http://x/", { method: "CONNECT" }),
    () => new Request("http://x/", { redirect: "nope" }),
    () => Response.redirect("http://x/", 200),
  ]) {
    try { f(); console.log("no error"); } catch (e) { show(e); }
  }
  const q = new Request("http://x.test/p?q", { method: "post", body: "abc", headers: { "x-y": "z" } });
  console.log(q.method, q.url, q.headers.get("content-type"), q.redirect, q.signal instanceof AbortSignal, q.signal.aborted, q.bodyUsed);
  const q2 = q.clone();
  console.log(await q.text(), q.bodyUsed, await q2.text());
  console.log(new Request("http://x/", { method: "delete" }).method, new Request("http://x/", { method: "custom" }).method, new Request("HTTP://X.test").url);
  const j = Response.json({ a: 1 }, { status: 201, headers: { x: "y" } });
  console.log(j.status, JSON.stringify(j.statusText), j.headers.get("content-type"), j.ok, j.type, JSON.stringify(j.url), j.redirected, JSON.stringify(await j.json()));
  const e = Response.error();
  console.log(e.type, e.status, e.ok, e.body);
  const rr = Response.redirect("http://a/b", 301);
  console.log(rr.status, rr.headers.get("location"));
  const b = new Response(new Uint8Array([104, 105]));
  console.log(b.headers.get("content-type"), await b.text());
  console.log(new Response(new URLSearchParams("a=1")).headers.get("content-type"));
  const bl = new Response(new Blob(["x"], { type: "a/b" }));
  console.log(bl.headers.get("content-type"), (await bl.blob()).type);
  console.log(new Response(null).body, new Response().status, new Response("x").statusText === "", typeof new Response("x").body.getReader);
  const s = new Response("streamed");
  let got = "";
  for await (const c of s.body) got += new TextDecoder().decode(c);
  console.log(got, s.bodyUsed);
  const r2 = new Response("body");
  r2.body.getReader();
  try { await r2.text(); } catch (e) { show(e); }
  console.log(Object.prototype.toString.call(new Response()), Object.prototype.toString.call(new Headers()), Object.prototype.toString.call(q),
    Object.prototype.toString.call(new Response("x").body));
  const c = new Response("abc", { status: 299, statusText: "Fine", headers: { "x-a": "1" } });
  const cc = c.clone();
  console.log(cc.status, cc.statusText, cc.headers.get("x-a"), await c.text(), await cc.text());
  console.log(Object.keys(globalThis).filter((k) => ["fetch", "Headers", "Request", "Response"].includes(k)).join());
})();
