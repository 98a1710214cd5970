// flags: --minify
// Minified, a classic script with top-level await keeps its globals and
// its source map.
var x = await Promise.resolve(2);
function f() { return x * 21; }
print(globalThis.f());
throw new Error("mapped");
