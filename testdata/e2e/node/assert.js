import assert from "node:assert";
import strict from "node:assert/strict";
import { createRequire, isBuiltin, builtinModules } from "node:module";
const t = (f) => {
  try {
    f();
    console.log("no throw");
  } catch (e) {
    console.log(JSON.stringify([e.name, e.code, e.message, e.operator, e.generatedMessage]), e instanceof assert.AssertionError);
  }
};
t(() => assert.strictEqual(1, 2));
t(() => assert.strictEqual(1, "1"));
t(() => assert.strictEqual("a\nb", "a\nc"));
t(() => assert.notStrictEqual(1, 1));
t(() => assert.notStrictEqual("x", "x"));
t(() => assert.strictEqual(1, 2, "custom"));
t(() => assert.strictEqual(1, 2, new TypeError("mine")));
t(() => assert.ok(false, "m"));
t(() => assert(0, "zero"));
t(() => assert.equal(1, 2));
t(() => assert.equal(1, "1"));
t(() => assert.notEqual(1, 1));
t(() => assert.deepStrictEqual([1, { a: 2 }], [1, { a: 2 }]));
t(() => assert.fail("boom"));
t(() => assert.fail());
t(() => assert.throws(() => { throw new TypeError("x"); }, TypeError));
t(() => assert.throws(() => {}));
t(() => assert.throws(() => { throw new Error("bad thing"); }, /bad/));
t(() => assert.throws(() => { throw new Error("e"); }, { message: "e" }));
t(() => assert.match("abc", /b/));
t(() => assert.ifError(null));
t(() => strict.equal(1, "1"));
console.log(typeof assert.strict, assert.strict === strict, strict.strict === strict);
const require = createRequire("/app/main.js");
console.log(require("node:path").basename("/x/y.js"), require("path") === require("node:path"), isBuiltin("fs"), isBuiltin("node:fs/promises"), isBuiltin("nope"), builtinModules.includes("assert"));
try {
  require("./nowhere.js");
} catch (e) {
  console.log(e.code, e.message.split("\n")[0]);
}
try {
  createRequire(5);
} catch (e) {
  console.log(e.name, e.code);
}
