(function (Buffer, b) {
	"use strict";
	const encodings = ["utf8", "utf-8", "hex", "base64", "base64url", "ascii", "latin1", "binary", "ucs2", "ucs-2", "utf16le", "utf-16le"];
	const isBuffer = (v) => v instanceof Buffer;
	Buffer.isBuffer = isBuffer;
	Buffer.isEncoding = (e) => typeof e === "string" && encodings.includes(e.toLowerCase());
	Buffer.byteLength = function byteLength(s, enc) {
		if (typeof s !== "string") {
			if (ArrayBuffer.isView(s) || s instanceof ArrayBuffer) return s.byteLength;
			throw b.argType("string", "string or an instance of Buffer or ArrayBuffer", s);
		}
		return Buffer.from(s, enc).length;
	};
	Buffer.allocUnsafe = (n) => Buffer.alloc(n);
	Buffer.allocUnsafeSlow = (n) => Buffer.alloc(n);
	Buffer.compare = function compare(a, c) {
		if (!(a instanceof Uint8Array)) throw b.argType("buf1", "an instance of Buffer or Uint8Array", a);
		if (!(c instanceof Uint8Array)) throw b.argType("buf2", "an instance of Buffer or Uint8Array", c);
		const n = Math.min(a.length, c.length);
		for (let i = 0; i < n; i++) if (a[i] !== c[i]) return a[i] < c[i] ? -1 : 1;
		return a.length < c.length ? -1 : a.length > c.length ? 1 : 0;
	};
	const proto = Buffer.prototype;
	const wrap = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.length);
	proto.subarray = function subarray(start, end) { return wrap(Uint8Array.prototype.subarray.call(this, start, end)); };
	proto.slice = proto.subarray;
	proto.toJSON = function toJSON() { return { type: "Buffer", data: Array.from(this) }; };
	// An offset of compare: an integer in [0, max], as node validates it.
	const offset = (v, name, max) => {
		if (typeof v !== "number") throw b.argType(name, "number", v);
		if (!Number.isInteger(v)) b.outOfRange(name, "an integer", v);
		if (v < 0 || v > max) b.outOfRange(name, ">= 0 && <= " + max, v);
		return v;
	};
	proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
		if (!(target instanceof Uint8Array)) throw b.argType("target", "an instance of Buffer or Uint8Array", target);
		const ts = targetStart === undefined ? 0 : offset(targetStart, "targetStart", exports.kMaxLength);
		const te = targetEnd === undefined ? target.length : offset(targetEnd, "targetEnd", target.length);
		const ss = sourceStart === undefined ? 0 : offset(sourceStart, "sourceStart", exports.kMaxLength);
		const se = sourceEnd === undefined ? this.length : offset(sourceEnd, "sourceEnd", this.length);
		if (ss >= se) return ts >= te ? 0 : -1;
		if (ts >= te) return 1;
		const sub = Uint8Array.prototype.subarray;
		return Buffer.compare(sub.call(this, ss, se), sub.call(target, ts, te));
	};
	proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
		const src = Uint8Array.prototype.subarray.call(this, sourceStart, sourceEnd);
		const n = Math.min(src.length, target.length - targetStart);
		target.set(n < src.length ? src.subarray(0, n) : src, targetStart);
		return n;
	};
	const search = (buf, value, from, enc, last) => {
		if (typeof value === "number") return last ? Uint8Array.prototype.lastIndexOf.call(buf, value & 255, from) : Uint8Array.prototype.indexOf.call(buf, value & 255, from);
		const needle = typeof value === "string" ? Buffer.from(value, enc) : value;
		if (needle.length === 0) return from === undefined ? (last ? buf.length : 0) : Math.min(from, buf.length);
		let start = from === undefined ? (last ? buf.length - needle.length : 0) : from < 0 ? buf.length + from : from;
		for (let i = start; last ? i >= 0 : i <= buf.length - needle.length; last ? i-- : i++) {
			let j = 0;
			while (j < needle.length && buf[i + j] === needle[j]) j++;
			if (j === needle.length) return i;
		}
		return -1;
	};
	proto.indexOf = function indexOf(value, from, enc) { return search(this, value, typeof from === "string" ? undefined : from, typeof from === "string" ? from : enc, false); };
	proto.lastIndexOf = function lastIndexOf(value, from, enc) { return search(this, value, typeof from === "string" ? undefined : from, typeof from === "string" ? from : enc, true); };
	proto.includes = function includes(value, from, enc) { return this.indexOf(value, from, enc) !== -1; };
	const u8fill = Uint8Array.prototype.fill;
	proto.fill = function fill(value, offset = 0, end = this.length, enc) {
		if (typeof offset === "string") { enc = offset; offset = 0; end = this.length; }
		if (typeof value === "number") return u8fill.call(this, value & 255, offset, end), this;
		const bytes = typeof value === "string" ? Buffer.from(value, enc) : value;
		if (bytes.length === 0) return u8fill.call(this, 0, offset, end), this;
		for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
		return this;
	};
	proto.swap16 = function () { for (let i = 0; i + 1 < this.length; i += 2) { const t = this[i]; this[i] = this[i + 1]; this[i + 1] = t; } return this; };
	const toString = proto.toString;
	proto.toString = function (enc, start, end) {
		if (typeof enc === "string" && enc.toLowerCase() === "base64url") {
			return toString.call(this, "base64", start, end).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
		}
		return toString.call(this, enc, start, end);
	};
	proto.toLocaleString = proto.toString;
	proto.inspect = function () { return "<Buffer " + Array.from(this.subarray(0, 50), (x) => x.toString(16).padStart(2, "0")).join(" ") + (this.length > 50 ? " ... " + (this.length - 50) + " more bytes" : "") + ">"; };
	const exports = { Buffer, kMaxLength: 2 ** 32, constants: { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 }, INSPECT_MAX_BYTES: 50,
		SlowBuffer: Buffer, atob: globalThis.atob, btoa: globalThis.btoa,
		isUtf8: (v) => { try { new TextDecoder("utf-8", { fatal: true }).decode(v); return true; } catch { return false; } },
		isAscii: (v) => Array.prototype.every.call(v, (x) => x < 128) };
	return exports;
})
