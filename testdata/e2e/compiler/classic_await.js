// A script with neither import nor export may use top-level await (QuickJS
// rejects it there) and stays a classic script: its top-level var and
// function declarations are globals, seen by code compiled at run time,
// its top-level this is the global object, and it keeps sloppy mode.
var before = await Promise.resolve("resolved");
function helper() { return "helper"; }
let local = "lexical";
var { a, b: [c] } = { a: 1, b: [2] };
print(before, typeof globalThis.before, globalThis.helper === helper);
print(globalThis.a, globalThis.c, typeof globalThis.local);
print(this === globalThis, eval("typeof before"), new Function("return helper()")());
globalThis.before = "set from outside";
print(before);
before = "set inside";
print(globalThis.before);
with ({ w: "with" }) print(w);
for (var i = 0; i < 2; i++) await null;
print(globalThis.i);
