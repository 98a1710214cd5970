// setImmediate and clearImmediate as node 20 has them.
const i = setImmediate((a, b) => console.log("imm", a, b), 1, 2);
console.log(typeof i, i.constructor.name, i.hasRef(), typeof i.ref, typeof i.unref);
setImmediate(() => {
  console.log("second");
  setImmediate(() => console.log("nested, after the third"));
  Promise.resolve().then(() => console.log("promise job before the third"));
});
setImmediate(() => console.log("third"));
const c = setImmediate(() => console.log("cleared"));
clearImmediate(c);
clearImmediate(undefined);
try { setImmediate(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(setImmediate.length, clearImmediate.length, setImmediate.name);
const self = setImmediate(function () { console.log("this is the immediate:", this === self); });
console.log(Object.keys(globalThis).includes("setImmediate"));
