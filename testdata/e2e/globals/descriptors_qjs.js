// Property descriptors of QuickJS's own globals, as qjs has them
// (expected output recorded from qjs).
const flags = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return "missing";
  return `writable=${d.writable} enumerable=${d.enumerable} configurable=${d.configurable}`;
};
for (const k of ["print", "scriptArgs", "performance", "InternalError"]) {
  console.log(k, typeof globalThis[k], flags(globalThis, k));
}
console.log("print", print.name, print.length, flags(print, "length"), flags(print, "name"));
console.log("InternalError", InternalError.name, InternalError.length, flags(InternalError, "length"), flags(InternalError, "name"));
console.log("InternalError.prototype.name", flags(InternalError.prototype, "name"), flags(InternalError.prototype, "message"));
console.log("performance.now", performance.now.name, performance.now.length);
