import util from "node:util";
import { types as t2 } from "util";
import types from "node:util/types";

const { format, inspect } = util;
console.log(format("%s|%d|%i|%f|%j|%%|%s", "str", 42.5, 42.9, "3.25", { a: [1, 2] }, 10n));
console.log(format("%s %s %s %s", -0, Symbol("s"), null, undefined));
console.log(format("%s", { a: { b: { c: 1 } } }), format("%s", [1, [2, [3]]]), format("%s", { toString() { return "custom"; } }));
console.log(format("%d %i %f", "x", 10n, Symbol("q")));
console.log(format("%O", { a: { b: { c: { d: 1 } } } }));
console.log(format("%o", [1, "a"]));
console.log([format("no args %s"), format("a", "b", 1, { c: 2 }), format(1, "x", [3]), format("%s"), format("%c%s", "color: red", "x")].join(" | "));
const circ = { name: "c" };
circ.self = circ;
console.log(format("%j", circ));

const C = class Point { constructor() { this.x = 1; this.y = 2; } };
class Empty {}
function named() {}
const values = [
	1, -0, 1.5, NaN, 10n, "str", "it's", 'say "hi" it\'s', true, null, undefined, Symbol("sym"), Symbol(),
	[], [1, 2, 3], [1, , 3], new Array(5), ["a", { b: 1 }], {}, { a: 1, "b-c": 2, [Symbol("k")]: 3 },
	{ a: { b: { c: { d: { e: 1 } } } } }, [[[[[1]]]]], new Map([["a", 1], [{ k: 1 }, [2]]]), new Map(), new Set([1, "two", [3]]), new Set(),
	new Date(0), new Date(NaN), /ab+c/gi, named, () => {}, async function af() {}, function* gen() {}, C, class extends C {}, new C(), new Empty(),
	Object.create(null), Object.assign(Object.create(null), { a: 1 }), new Number(3), new String("boxed"), new Boolean(false),
	Promise.resolve(42), new Promise(() => {}), new Uint8Array([1, 2, 3]), new Float64Array(0), new ArrayBuffer(3),
	circ, { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} },
	Array.from({ length: 30 }, (_, i) => i * 3), Array.from({ length: 120 }, (_, i) => i), ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape"],
	{ aaaaaaaaaa: "aaaaaaaaaaaaaaaaaaaa", bbbbbbbbbbb: "bbbbbbbbbbbbbbbbbbbbb", ccccccccccc: "ccccccccccccccccc", d: 1 },
	{ arr: [1, 2, 3], nested: { deep: { deeper: { deepest: 1 } } }, fn: named }, "multi\nline\ttab\u0001", { "key with space": [] },
	{ [util.inspect.custom]() { return "CUSTOM"; } }, { inner: { [util.inspect.custom](depth) { return { replaced: depth }; } } },
	Object.assign(() => {}, { prop: 1 }), Object.assign([1, 2], { extra: true }), new WeakMap(), new Map([[1, { a: [1, { b: 2 }] }]]),
];
for (const v of values) console.log(inspect(v));
console.log(inspect({ a: { b: { c: { d: 1 } } } }, { depth: 0 }), inspect({ a: { b: { c: { d: 1 } } } }, { depth: null }));
console.log(inspect({ a: [1, 2] }, { compact: false }));
console.log(inspect({ b: 1, a: 2 }, { sorted: true }), inspect("x".repeat(20), { maxStringLength: 5 }), inspect([1, 2, 3, 4], { maxArrayLength: 2 }));
console.log(JSON.stringify(inspect({ a: 1, s: "x" }, { colors: true })));
console.log(inspect({ a: 1, b: "two" }, { breakLength: 10 }));
const err = new TypeError("bad thing");
console.log(inspect(err).split("\n")[0], inspect(Object.assign(new Error("x"), { code: "E_X" })).split("\n")[0]);

// promisify and callbackify
function cbStyle(a, b, cb) { setTimeout(() => (a < 0 ? cb(new Error("neg")) : cb(null, a + b)), 1); }
const p = util.promisify(cbStyle);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve("custom!");
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom], util.promisify.custom === Symbol.for("nodejs.util.promisify.custom"));
console.log(await p(1, 2), await p(-1, 2).catch((e) => e.message), await util.promisify(withCustom)());
const cbf = util.callbackify(async (x) => { if (x) throw new Error("boom"); return "ok"; });
console.log(cbf.name, cbf.length);
await new Promise((res) => cbf(0, (e, v) => { console.log("cb", e, v); res(); }));
await new Promise((res) => cbf(1, (e) => { console.log("cb err", e.message); res(); }));
await new Promise((res) => util.callbackify(() => Promise.reject(null))((e) => { console.log("falsy", e.code, e.message); res(); }));

// inherits
function Animal(n) { this.n = n; }
Animal.prototype.speak = function () { return this.n + " speaks"; };
function Dog(n) { Animal.call(this, n); }
util.inherits(Dog, Animal);
console.log(new Dog("rex").speak(), Dog.super_ === Animal, new Dog("a") instanceof Animal);

// deprecate, silenced by process.noDeprecation
process.noDeprecation = true;
const dep = util.deprecate((x) => x * 2, "do not use", "DEP_X");
console.log(dep(2), dep(3));

// types
const checks = {
	isDate: [new Date(), {}], isRegExp: [/x/, "x"], isPromise: [Promise.resolve(), { then() {} }], isMap: [new Map(), {}], isSet: [new Set(), []],
	isTypedArray: [new Int16Array(1), new ArrayBuffer(1)], isArrayBuffer: [new ArrayBuffer(1), new Uint8Array(1)], isUint8Array: [new Uint8Array(1), new Int8Array(1)],
	isNativeError: [new RangeError(), { name: "Error", message: "" }], isAsyncFunction: [async () => {}, () => {}], isGeneratorFunction: [function* () {}, function () {}],
	isBoxedPrimitive: [new String(""), ""], isWeakMap: [new WeakMap(), new Map()], isDataView: [new DataView(new ArrayBuffer(1)), new Uint8Array(1)],
	isArgumentsObject: [(function () { return arguments; })(), []], isProxy: [new Proxy({}, {}), {}], isMapIterator: [new Map().keys(), [].keys()],
};
for (const [k, [yes, no]] of Object.entries(checks)) console.log(k, types[k](yes), types[k](no));
console.log(types === util.types, t2 === util.types);

// isDeepStrictEqual
const eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq([1], ["1"]), eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), eq(new Set([{}]), new Set([{}])),
	eq(NaN, NaN), eq(0, -0), eq(new Date(1), new Date(1)), eq(new Date(1), new Date(2)), eq({ a: 1 }, { a: 1, b: undefined }), eq(Object.create(null), {}));

// parseArgs
const parsed = util.parseArgs({
	args: ["-f", "file.txt", "--verbose", "pos1", "--num=3", "-abc", "--", "--notopt"],
	options: { file: { type: "string", short: "f" }, verbose: { type: "boolean" }, num: { type: "string" }, a: { type: "boolean" }, b: { type: "boolean" }, c: { type: "boolean" }, def: { type: "string", default: "dflt" } },
	allowPositionals: true,
});
console.log(JSON.stringify(parsed.values), JSON.stringify(parsed.positionals));
console.log(JSON.stringify(util.parseArgs({ args: ["-t", "1", "-t", "2"], options: { tag: { type: "string", short: "t", multiple: true } } }).values));
console.log(JSON.stringify(util.parseArgs({ args: ["--x", "y"], strict: false, tokens: true }).tokens));
for (const bad of [{ args: ["--nope"], options: {} }, { args: ["pos"] }, { args: ["--s"], options: { s: { type: "string" } } }, { args: ["--b=1"], options: { b: { type: "boolean" } } }]) {
	try { util.parseArgs(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}

// styleText
console.log(JSON.stringify(util.styleText(["bold", "underline"], "x")));
try { util.styleText("nocolor", "x"); } catch (e) { console.log(e.name, e.code); }
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder, new util.TextEncoder().encode("é").length);

for (const [name, fn] of [["promisify", () => util.promisify(1)], ["callbackify", () => util.callbackify("x")], ["inherits", () => util.inherits(function () {}, null)], ["styleText", () => util.styleText("red", 1)]]) {
	try { fn(); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
