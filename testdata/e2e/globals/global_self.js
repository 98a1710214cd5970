// global and self name the global object, in bundled code and in code
// compiled at run time alike, as npm packages expect.
print(typeof global, global === globalThis);
print(eval("typeof global"), new Function("return global === globalThis")());
print(typeof self === "object" && self === globalThis);
var d = Object.getOwnPropertyDescriptor(globalThis, "global");
print(d.writable, d.enumerable, d.configurable);
global.viaGlobal = 1;
print(viaGlobal);
