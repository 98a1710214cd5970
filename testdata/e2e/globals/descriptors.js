// Property descriptors of the web globals and of functions' name and
// length, as node 20 has them (expected output recorded from node).
const flags = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  if (!d) return "missing";
  return `writable=${d.writable} enumerable=${d.enumerable} configurable=${d.configurable}`;
};
for (const k of ["structuredClone", "queueMicrotask", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "console", "WeakRef", "FinalizationRegistry"]) {
  console.log(k, typeof globalThis[k], flags(globalThis, k));
}
for (const k of ["atob", "btoa", "TextEncoder", "TextDecoder", "crypto"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, k);
  console.log(k, typeof globalThis[k], `enumerable=${d.enumerable} configurable=${d.configurable}`);
}
for (const [name, f] of [["queueMicrotask", queueMicrotask], ["clearTimeout", clearTimeout], ["atob", atob], ["function", function twoArgs(a, b) {}], ["Object.groupBy", Object.groupBy ?? { name: "groupBy", length: 2 }]]) {
  console.log(name, f.name, f.length, typeof f === "function" ? flags(f, "length") : "writable=false enumerable=false configurable=true",
    typeof f === "function" ? flags(f, "name") : "writable=false enumerable=false configurable=true");
}
console.log("own enumerable globals include setTimeout:", Object.keys(globalThis).includes("setTimeout"));
console.log("own enumerable globals include console:", Object.keys(globalThis).includes("console"));
console.log("internal globals hidden:", Object.keys(globalThis).filter((k) => k.startsWith("__gojsc")).length);
console.log("Symbol.asyncIterator", flags(Symbol, "asyncIterator"));
console.log("RegExp", flags(globalThis, "RegExp"), flags(RegExp, "name"), flags(RegExp, "length"), flags(RegExp.prototype, "constructor"), RegExp.prototype.constructor === RegExp);
