import qs from "node:querystring";
import { parse, stringify, escape, unescape } from "querystring";

const show = (v) => console.log(JSON.stringify(v));
show(parse("foo=bar&abc=xyz&abc=123&empty=&noeq&plus=a+b&enc=%E2%82%AC%20x"));
show(Object.getPrototypeOf(parse("a=1")));
show(parse("a:1;b:2;b:3", ";", ":"));
show(parse("a=1&b=2&c=3", null, null, { maxKeys: 2 }));
show(parse("bad=%E0%A4%A&pct=100%"));
show(parse(""));
show(stringify({ foo: "bar", baz: ["qux", "quux"], corge: "", n: 1, t: true, u: undefined, nan: NaN, o: {}, big: 5n }));
show(stringify({ w: "x y", sym: "a&b=c/é€😀" }, ";", ":"));
show(stringify({ a: "b c" }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
show([escape("a b&c/é*()'!~"), unescape("a%20b%zz%41"), unescape("a+b"), qs.decode === qs.parse, qs.encode === qs.stringify]);
show([stringify(null), stringify("str"), stringify(5)]);
try { escape("\ud800"); } catch (e) { console.log(e.name, e.code, e.message); }
