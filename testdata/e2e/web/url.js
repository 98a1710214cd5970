// URL and URLSearchParams as node 20 has them.
const u = new URL("https://user:pw@example.com:8080/a/b/../c?x=1&y=two#frag");
for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"]) {
  console.log(k, JSON.stringify(u[k]));
}
console.log(u.searchParams.get("y"), String(u), JSON.stringify(u), u.toString() === u.href);
u.searchParams.append("z", "a b&c");
console.log(u.href);
u.pathname = "/new path";
u.hash = "";
u.port = "443";
console.log(u.href);
console.log(new URL("../d?q", "http://h.test/a/b/c").href);
console.log(new URL("HTTP://EXAMPLE.com:80/").href);
console.log(new URL("file:///tmp/x y.txt").pathname);
console.log(new URL("http://[::1]:3000/").hostname);
console.log(new URL("http://münchen.de/").hostname);
try { new URL("not a url"); } catch (e) { console.log(e.name, e.code, e.message, e.input); }
try { new URL("/rel", "also bad"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof URL.canParse === "function" ? "has canParse" : "no canParse");

const p = new URLSearchParams("a=1&b=2&a=3&c=%20x+y");
console.log(p.get("a"), p.getAll("a").join(), p.has("b"), p.get("c"), p.get("none"), p.size);
p.set("a", "9");
p.delete("b");
p.append("d", "é&=");
p.sort();
console.log(p.toString());
console.log([...p.keys()].join(), [...p.values()].join("|"));
for (const [k, v] of p) console.log("entry", k, v);
p.forEach((v, k) => console.log("forEach", k, v));
console.log(new URLSearchParams({ x: "1", y: "2" }).toString(), new URLSearchParams([["k", "v"], ["k", "w"]]).toString());
console.log(new URLSearchParams("?q=1").toString(), Object.prototype.toString.call(p));
console.log(Object.keys(globalThis).includes("URL"), typeof URL, typeof URLSearchParams);

// more of the parser and the setters
for (const [input, base] of [
  ["http://0x7f.1/", undefined], ["http://192.168.0.257/", undefined], ["http://[0:0::1]/x", undefined],
  ["http://EXAMPLE.com./a/./b/../c/", undefined], ["https://a.b/%7Efoo bar/ü?q=ü é'#f g", undefined],
  ["mailto:Someone@Example.com", undefined], ["data:text/plain,hi there", undefined], ["foo://host/p?q#f", undefined],
  ["//other.test/x", "https://base.test/a"], ["?only", "http://h/p/q?old#frag"], ["#f2", "http://h/p?q"],
  ["", "http://h/p?q#f"], ["file:///C:/dir/../file.txt", undefined], ["file://localhost/etc/hosts", undefined],
  ["http:\\\\back\\slash", undefined], ["  http://trim.test/\t\n ", undefined], ["HTTPS://a.test:443/", undefined],
  ["ws://a.test:80/", undefined], ["http://a.test:65536/", undefined], ["http://a b/", undefined], ["http://user@/", undefined],
  ["blob:https://a.test/uuid", undefined], ["http://xn--nxasmq6b.com/", undefined], ["https://ÉXAMPLE.com/", undefined],
]) {
  try {
    const u = new URL(input, base);
    console.log(JSON.stringify(input), "->", u.href, u.origin, JSON.stringify(u.host), JSON.stringify(u.pathname));
  } catch (e) {
    console.log(JSON.stringify(input), "->", e.code);
  }
}
const s = new URL("http://a.test/p?x=1#h");
s.protocol = "https"; s.hostname = "b.test"; s.port = "8443"; s.username = "me"; s.password = "p@ss";
s.search = "?y=2 3"; s.hash = "top"; s.pathname = "a/b c";
console.log(s.href, s.searchParams.get("y"));
s.host = "c.test:99"; s.protocol = "foo"; s.port = "x";
console.log(s.href);
s.searchParams.set("z", "1");
console.log(s.search, s.href);
s.search = "";
console.log(s.href, s.searchParams.size);
s.href = "http://new.test/";
console.log(s.href, s.origin);
try { s.href = "nope"; } catch (e) { console.log(e.code); }
console.log(URL.canParse("http://x"), URL.canParse("x"), URL.canParse("x", "http://y/"), Object.keys(new URL("http://a")).length);
try { new URL(); } catch (e) { console.log(e.name, e.code, e.message); }
const q = new URLSearchParams("a=1&a=2&b=3");
console.log(q.has("a", "2"), q.has("a", "9"));
q.delete("a", "1");
console.log(q.toString(), new URLSearchParams("x=%zz&y=%41+").get("x"), new URLSearchParams("x=%zz&y=%41+").get("y"));
try { new URLSearchParams([[1]]); } catch (e) { console.log(e.name, e.code, e.message); }
try { q.append("x"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(new URL("http://a.test/?q=1")), String(new URLSearchParams({ "a b": "~*'()!" })));
