(function (b) {
	"use strict";
	const { inspect, isDeepStrictEqual } = b.util;

	class AssertionError extends Error {
		constructor(options) {
			if (options === null || typeof options !== "object") throw b.argType("options", "object", options);
			super(options.message);
			this.generatedMessage = !options.userMessage;
			this.code = "ERR_ASSERTION";
			this.actual = options.actual;
			this.expected = options.expected;
			this.operator = options.operator;
		}
	}
	Object.defineProperty(AssertionError.prototype, "name", { value: "AssertionError", writable: true, configurable: true });

	const isObject = (v) => v !== null && (typeof v === "object" || typeof v === "function");

	// fail throws message when it is an Error, else an AssertionError whose
	// message is message or, when there is none, generated().
	function fail(actual, expected, message, operator, generated, stackStart) {
		if (message instanceof Error) throw message;
		const err = new AssertionError({ message: message === undefined ? generated() : message, userMessage: message !== undefined, actual, expected, operator });
		if (Error.captureStackTrace) Error.captureStackTrace(err, stackStart);
		throw err;
	}

	// Both inspections, as node prints them when its line diff has one line.
	const pair = (actual, expected, op) => {
		const a = inspect(actual), e = inspect(expected);
		if (!isObject(actual) && !isObject(expected)) return `${a} ${op} ${e}\n`;
		return `+ actual - expected\n\n+ ${a.split("\n").join("\n+ ")}\n- ${e.split("\n").join("\n- ")}`;
	};

	function ok(...args) {
		if (args.length === 0) fail(undefined, true, "No value argument passed to `assert.ok()`", "==", false, ok);
		if (!args[0]) fail(args[0], true, args[1], "==", () => "The expression evaluated to a falsy value", ok);
	}
	const assert = function assert(...args) {
		if (args.length === 0) fail(undefined, true, "No value argument passed to `assert.ok()`", "==", false, assert);
		if (!args[0]) fail(args[0], true, args[1], "==", () => "The expression evaluated to a falsy value", assert);
	};
	assert.ok = ok;
	assert.AssertionError = AssertionError;
	assert.fail = function (message) {
		if (message instanceof Error) throw message;
		fail(undefined, undefined, message, "fail", () => "Failed", assert.fail);
	};

	// check throws node's error for a comparison given fewer than two values.
	const check = (n) => {
		if (n < 2) throw b.err("TypeError", "ERR_MISSING_ARGS", n === 0 ? 'The "actual" and "expected" arguments must be specified' : 'The "expected" argument must be specified');
	};
	assert.equal = function equal(actual, expected, message) {
		check(arguments.length);
		if (!(actual == expected || (actual !== actual && expected !== expected))) fail(actual, expected, message, "==", () => `${inspect(actual)} == ${inspect(expected)}`, equal);
	};
	assert.notEqual = function notEqual(actual, expected, message) {
		check(arguments.length);
		if (actual == expected || (actual !== actual && expected !== expected)) fail(actual, expected, message, "!=", () => `${inspect(actual)} != ${inspect(expected)}`, notEqual);
	};
	assert.strictEqual = function strictEqual(actual, expected, message) {
		check(arguments.length);
		if (Object.is(actual, expected)) return;
		const generated = () => {
			if (isObject(actual) && isObject(expected) && isDeepStrictEqual(actual, expected)) return `Values have same structure but are not reference-equal:\n\n${inspect(actual)}\n`;
			return "Expected values to be strictly equal:\n\n" + pair(actual, expected, "!==");
		};
		if (typeof message === "string" && !isObject(actual) && !isObject(expected)) message = `${message}\n\n${pair(actual, expected, "!==")}`;
		fail(actual, expected, message, "strictEqual", generated, strictEqual);
	};
	assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
		check(arguments.length);
		if (Object.is(actual, expected)) fail(actual, expected, message, "notStrictEqual", () => `Expected "actual" to be strictly unequal to: ${inspect(expected)}`, notStrictEqual);
	};
	assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
		check(arguments.length);
		if (!isDeepStrictEqual(actual, expected)) fail(actual, expected, message, "deepStrictEqual", () => "Expected values to be strictly deep-equal:\n" + pair(actual, expected, "!=="), deepStrictEqual);
	};
	assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
		check(arguments.length);
		if (isDeepStrictEqual(actual, expected)) fail(actual, expected, message, "notDeepStrictEqual", () => `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}`, notDeepStrictEqual);
	};
	// The loose deep comparisons are the strict ones here: they differ only
	// for values == but not === (1 and "1") inside the objects compared.
	assert.deepEqual = function deepEqual(actual, expected, message) {
		check(arguments.length);
		if (!isDeepStrictEqual(actual, expected)) fail(actual, expected, message, "deepEqual", () => "Expected values to be loosely deep-equal:\n\n" + inspect(actual) + "\n\nshould loosely deep-equal\n\n" + inspect(expected), deepEqual);
	};
	assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
		check(arguments.length);
		if (isDeepStrictEqual(actual, expected)) fail(actual, expected, message, "notDeepEqual", () => `"actual" deepEqual "expected"`, notDeepEqual);
	};

	// matches reports whether err is what throws/rejects expect.
	function matches(err, expected) {
		if (expected === undefined) return true;
		if (typeof expected === "function") {
			if (expected.prototype !== undefined && err instanceof expected) return true;
			if (Error.isPrototypeOf(expected) || expected === Error) return false;
			return expected.call({}, err) === true;
		}
		if (expected instanceof RegExp) return expected.test(String(err));
		if (isObject(expected)) return Object.keys(expected).every((k) => expected[k] instanceof RegExp && typeof err[k] === "string" ? expected[k].test(err[k]) : isDeepStrictEqual(err[k], expected[k]));
		return true;
	}
	assert.throws = function throws(fn, expected, message) {
		if (typeof fn !== "function") throw b.argType("fn", "function", fn);
		if (typeof expected === "string") { message = expected; expected = undefined; }
		try {
			fn();
		} catch (err) {
			if (!matches(err, expected)) {
				if (typeof expected === "function" && !isObject(expected.prototype)) throw err;
				fail(err, expected, message, "throws", () => "The error is expected to be an instance of \"" + (expected && expected.name) + "\". Received \"" + (err && err.constructor && err.constructor.name) + "\"", throws);
			}
			return;
		}
		// node counts this message as not generated.
		fail(undefined, expected, "Missing expected exception" + (typeof expected === "function" && expected.name ? ` (${expected.name})` : "") + (message === undefined ? "." : ": " + message), "throws", undefined, throws);
	};
	assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
		if (typeof fn !== "function") throw b.argType("fn", "function", fn);
		if (typeof expected === "string") { message = expected; expected = undefined; }
		try {
			fn();
		} catch (err) {
			fail(err, expected, message === undefined ? undefined : "Got unwanted exception: " + message, "doesNotThrow", () => "Got unwanted exception.\nActual message: \"" + (err && err.message) + "\"", doesNotThrow);
		}
	};
	assert.rejects = async function rejects(p, expected, message) {
		if (typeof p === "function") p = p();
		try {
			await p;
		} catch (err) {
			if (!matches(err, expected)) fail(err, expected, message, "rejects", () => "The rejection did not match", rejects);
			return;
		}
		fail(undefined, expected, message, "rejects", () => "Missing expected rejection" + (typeof expected === "function" && expected.name ? ` (${expected.name}).` : "."), rejects);
	};
	assert.doesNotReject = async function doesNotReject(p, expected, message) {
		if (typeof p === "function") p = p();
		try {
			await p;
		} catch (err) {
			fail(err, expected, message, "doesNotReject", () => "Got unwanted rejection.\nActual message: \"" + (err && err.message) + "\"", doesNotReject);
		}
	};
	assert.match = function match(string, regexp, message) {
		if (!(regexp instanceof RegExp)) throw b.argType("regexp", "an instance of RegExp", regexp);
		if (typeof string !== "string" || !regexp.test(string)) fail(string, regexp, message, "match", () => typeof string !== "string" ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` : `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`, match);
	};
	assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
		if (!(regexp instanceof RegExp)) throw b.argType("regexp", "an instance of RegExp", regexp);
		if (typeof string !== "string" || regexp.test(string)) fail(string, regexp, message, "doesNotMatch", () => typeof string !== "string" ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` : `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`, doesNotMatch);
	};
	assert.ifError = function ifError(value) {
		if (value === null || value === undefined) return;
		fail(value, null, undefined, "ifError", () => "ifError got unwanted exception: " + (value && value.message !== undefined ? value.message : inspect(value)), ifError);
	};

	// assert.strict is the module with the strict comparisons under the
	// loose names, as node:assert/strict.
	const strict = function strict(...args) { return assert(...args); };
	Object.assign(strict, assert, {
		equal: assert.strictEqual, notEqual: assert.notStrictEqual,
		deepEqual: assert.deepStrictEqual, notDeepEqual: assert.notDeepStrictEqual,
	});
	strict.strict = strict;
	assert.strict = strict;
	return assert;
})
