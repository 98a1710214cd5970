(function (binding) {
	"use strict";
	const bytesTypes = "string or an instance of Buffer, TypedArray, or DataView";
	const keyTypes = "string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey";
	const maxInt32 = 2147483647;
	const maxRange = 281474976710655; // 2^48 - 1

	const isView = (v) => ArrayBuffer.isView(v);
	// separated writes an integer as Node's range errors do: 281_474_976_710_661.
	const separated = (n) => {
		if (!Number.isInteger(n)) return String(n);
		let s = String(Math.abs(n)), out = "";
		while (s.length > 3) {
			out = "_" + s.slice(-3) + out;
			s = s.slice(0, -3);
		}
		return (n < 0 ? "-" : "") + s + out;
	};
	const outOfRange = (name, range, v) => binding.error("RangeError", "ERR_OUT_OF_RANGE",
		`The value of "${name}" is out of range. It must be ${range}. Received ${typeof v === "number" ? separated(v) : binding.received(v).replace(/^Received /, "")}`);
	const finalized = () => binding.error("Error", "ERR_CRYPTO_HASH_FINALIZED", "Digest already called");
	const checkData = (data, name) => {
		if (typeof data !== "string" && !isView(data)) throw binding.argType(name, bytesTypes, data);
	};
	const checkCallback = (cb) => {
		if (typeof cb !== "function") throw binding.argType("callback", "function", cb);
	};
	const later = (fn) => setTimeout(fn, 0);

	const states = new WeakMap();
	const state = (obj) => {
		const s = states.get(obj);
		if (!s) throw new TypeError("Illegal invocation");
		return s;
	};

	// fromCopy, as Hash's first argument, makes a Hash of the state given
	// as its second (copy's).
	const fromCopy = {};

	function Hash(algorithm, options) {
		if (!new.target) return new Hash(algorithm, options);
		let h = options;
		if (algorithm !== fromCopy) {
			if (typeof algorithm !== "string") throw binding.argType("algorithm", "string", algorithm);
			h = binding.newHash(algorithm);
			if (h === null) throw binding.error("Error", "", "Digest method not supported");
		}
		states.set(this, { h, done: false });
	}
	Hash.prototype.update = function update(data, encoding) {
		const s = state(this);
		if (s.done) throw finalized();
		checkData(data, "data");
		binding.update(s.h, data, typeof encoding === "string" ? encoding : "utf8");
		return this;
	};
	Hash.prototype.digest = function digest(encoding) {
		const s = state(this);
		if (s.done) throw finalized();
		s.done = true;
		return binding.digest(s.h, typeof encoding === "string" ? encoding : "buffer");
	};
	Hash.prototype.copy = function copy(options) {
		const s = state(this);
		if (s.done) throw finalized();
		return new Hash(fromCopy, binding.copy(s.h));
	};

	function Hmac(hmac, key, options) {
		if (!new.target) return new Hmac(hmac, key, options);
		if (typeof hmac !== "string") throw binding.argType("hmac", "string", hmac);
		if (typeof key !== "string" && !binding.isBytes(key)) throw binding.argType("key", keyTypes, key);
		const encoding = options && typeof options.encoding === "string" ? options.encoding : "utf8";
		const h = binding.newHmac(hmac, key, encoding);
		if (h === null) throw binding.error("TypeError", "ERR_CRYPTO_INVALID_DIGEST", `Invalid digest: ${hmac}`);
		states.set(this, { h, done: false });
	}
	Hmac.prototype.update = Hash.prototype.update;
	Hmac.prototype.digest = function digest(encoding) {
		const s = state(this);
		const enc = typeof encoding === "string" ? encoding : "buffer";
		// A second digest of an Hmac is empty, not an error, in Node.
		if (s.done) return binding.empty(enc);
		s.done = true;
		return binding.digest(s.h, enc);
	};

	const createHash = function createHash(algorithm, options) { return new Hash(algorithm, options); };
	const createHmac = function createHmac(hmac, key, options) { return new Hmac(hmac, key, options); };

	const encodings = ["utf8", "utf-8", "hex", "base64", "base64url", "latin1", "binary", "ascii", "ucs2", "ucs-2", "utf16le", "utf-16le", "buffer"];
	function hash(algorithm, input, outputEncoding = "hex") {
		if (typeof algorithm !== "string") throw binding.argType("algorithm", "string", algorithm);
		checkData(input, "input");
		if (typeof outputEncoding !== "string") throw binding.argType("outputEncoding", "string", outputEncoding);
		if (!encodings.includes(outputEncoding.toLowerCase())) {
			throw binding.error("TypeError", "ERR_INVALID_ARG_VALUE", `The argument 'outputEncoding' is invalid. ${binding.received(outputEncoding).replace(/^Received type string \((.*)\)$/, "Received $1")}`);
		}
		const h = binding.newHash(algorithm);
		if (h === null) throw binding.error("Error", "", `Digest method ${algorithm} is not supported`);
		binding.update(h, input, "utf8");
		return binding.digest(h, outputEncoding);
	}

	function randomBytes(size, callback) {
		if (typeof size !== "number") throw binding.argType("size", "number", size);
		if (!(size >= 0 && size <= maxInt32)) throw outOfRange("size", `>= 0 && <= ${maxInt32}`, size);
		if (callback !== undefined) checkCallback(callback);
		const buf = binding.randomBytes(Math.trunc(size));
		if (callback === undefined) return buf;
		later(() => callback(null, buf));
	}

	function randomInt(min, max, callback) {
		if (typeof max === "undefined" || typeof max === "function") {
			callback = max;
			max = min;
			min = 0;
		}
		if (callback !== undefined) checkCallback(callback);
		for (const [name, v] of [["min", min], ["max", max]]) {
			if (!Number.isSafeInteger(v)) {
				throw binding.error("TypeError", "ERR_INVALID_ARG_TYPE", `The "${name}" argument must be a safe integer. ${binding.received(v)}`);
			}
		}
		if (max <= min) throw outOfRange("max", `greater than the value of "min" (${min})`, max);
		if (max - min > maxRange) {
			throw outOfRange(min === 0 ? "max" : "max - min", `<= ${maxRange}`, max - min);
		}
		const n = binding.randomInt(min, max);
		if (callback === undefined) return n;
		// Node answers from a pool of random bytes at the next tick, with an
		// undefined error.
		queueMicrotask(() => callback(undefined, n));
	}

	function timingSafeEqual(buf1, buf2) {
		for (const [name, v] of [["buf1", buf1], ["buf2", buf2]]) {
			if (!binding.isBytes(v)) {
				throw binding.error("TypeError", "ERR_INVALID_ARG_TYPE", `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
			}
		}
		const r = binding.equal(buf1, buf2);
		if (r < 0) throw binding.error("RangeError", "ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH", "Input buffers must have the same byte length");
		return r === 1;
	}

	// webcrypto is the global crypto object, as in Node, given subtle.
	const webcrypto = globalThis.crypto;
	const digests = { "SHA-1": "sha1", "SHA-256": "sha256", "SHA-384": "sha384", "SHA-512": "sha512" };
	const notSupported = () => {
		const e = new Error("Unrecognized algorithm name");
		e.name = "NotSupportedError";
		return e;
	};
	const subtle = webcrypto.subtle || {
		digest(algorithm, data) {
			return new Promise((resolve) => {
				const name = typeof algorithm === "object" && algorithm !== null ? algorithm.name : algorithm;
				const alg = digests[String(name).toUpperCase()];
				if (!alg) throw notSupported();
				if (!binding.isBytes(data)) {
					throw new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.");
				}
				resolve(binding.subtleDigest(alg, data));
			});
		},
	};
	if (!webcrypto.subtle) {
		Object.defineProperty(webcrypto, "subtle", { value: subtle, writable: false, enumerable: true, configurable: true });
	}

	return {
		Hash,
		Hmac,
		createHash,
		createHmac,
		getHashes: function getHashes() { return binding.hashes(); },
		getRandomValues: function getRandomValues(array) { return webcrypto.getRandomValues(array); },
		hash,
		randomBytes,
		randomInt,
		randomUUID: function randomUUID() { return webcrypto.randomUUID(); },
		subtle,
		timingSafeEqual,
		webcrypto,
	};
});
