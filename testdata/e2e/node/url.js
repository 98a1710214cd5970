import url, { fileURLToPath, pathToFileURL, URL as NodeURL, URLSearchParams as NodeUSP } from "node:url";

console.log(NodeURL === URL, NodeUSP === URLSearchParams, new NodeURL("http://x/") instanceof URL);
console.log(fileURLToPath("file:///home/user/a%20b.txt"), fileURLToPath(new URL("file:///tmp/x/")), fileURLToPath("file://localhost/etc/hosts"));
const u = pathToFileURL("/tmp/some dir/file#1?.txt");
console.log(u instanceof URL, u.href, pathToFileURL("/a/b/").href, pathToFileURL("/100%").href);
console.log(pathToFileURL("rel/x").href.endsWith("/rel/x"));
for (const bad of [() => fileURLToPath("http://x/y"), () => fileURLToPath("file://host/p"), () => fileURLToPath("file:///a%2fb"), () => fileURLToPath(5), () => pathToFileURL(5)]) {
	try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = url.parse("https://user:pw@Example.com:8080/p/a/t/h?query=string&a=1#hash");
for (const k of ["protocol", "slashes", "auth", "host", "port", "hostname", "hash", "search", "query", "pathname", "path", "href"]) console.log(k, JSON.stringify(p[k]));
const q = url.parse("http://example.com/x?a=1&a=2&b=3", true);
console.log(JSON.stringify(q.query), q.pathname, JSON.stringify(url.parse("/just/a/path?x=1")));
console.log(url.format({ protocol: "https", hostname: "example.com", pathname: "/some/path", query: { page: 1, format: "json" } }));
console.log(url.format(new URL("https://a:b@example.com/p?q=1#h"), { auth: false, search: false, fragment: false }));
console.log(url.format({ protocol: "http:", host: "h.com:81", pathname: "x", hash: "frag", search: "a=b" }));
console.log(url.resolve("/one/two/three", "four"), url.resolve("http://example.com/", "/one"), url.resolve("http://example.com/one", "/two"), url.resolve("http://a.com/b/c", "../d"));
console.log(url.domainToASCII("español.com"), url.domainToUnicode("xn--espaol-zwa.com"));
console.log(JSON.stringify(url.urlToHttpOptions(new URL("https://u:p@h.com:8443/x?y=1#z"))));
