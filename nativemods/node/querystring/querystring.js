(function (b) {
	"use strict";
	// Characters escape leaves as they are: A-Z a-z 0-9 - . _ ~ ! * ' ( )
	const unreserved = /[A-Za-z0-9\-._~!*'()]/;

	function escape(str) {
		if (typeof str !== "string") {
			if (typeof str === "object") str = String(str);
			else str += "";
		}
		let out = "";
		for (let i = 0; i < str.length; i++) {
			const c = str.charCodeAt(i);
			if (c < 0x80) {
				out += unreserved.test(str[i]) ? str[i] : "%" + (c < 16 ? "0" : "") + c.toString(16).toUpperCase();
				continue;
			}
			if (c >= 0xd800 && c <= 0xdbff) {
				const d = str.charCodeAt(i + 1);
				if (!(d >= 0xdc00 && d <= 0xdfff)) throw b.err("URIError", "ERR_INVALID_URI", "URI malformed");
				out += encodeURIComponent(str[i] + str[i + 1]);
				i++;
				continue;
			}
			if (c >= 0xdc00 && c <= 0xdfff) throw b.err("URIError", "ERR_INVALID_URI", "URI malformed");
			out += encodeURIComponent(str[i]);
		}
		return out;
	}

	// unescape decodes percent escapes byte by byte as UTF-8, keeping
	// malformed escapes as they are; decodeSpaces turns + into a space.
	function unescape(s, decodeSpaces) {
		if (decodeSpaces) s = s.replace(/\+/g, " ");
		try {
			return decodeURIComponent(s);
		} catch {
			return b.unescapeBuffer(s);
		}
	}

	function stringifyPrimitive(v) {
		if (typeof v === "string") return v;
		if ((typeof v === "number" && isFinite(v)) || typeof v === "bigint") return "" + v;
		if (typeof v === "boolean") return v ? "true" : "false";
		return "";
	}

	function stringify(obj, sep, eq, options) {
		sep = sep || "&";
		eq = eq || "=";
		const enc = options && typeof options.encodeURIComponent === "function" ? options.encodeURIComponent : qs.escape;
		if (obj === null || typeof obj !== "object") return "";
		const parts = [];
		for (const k of Object.keys(obj)) {
			const v = obj[k];
			const ks = enc(stringifyPrimitive(k)) + eq;
			if (Array.isArray(v)) {
				for (const x of v) parts.push(ks + enc(stringifyPrimitive(x)));
			} else {
				parts.push(ks + enc(stringifyPrimitive(v)));
			}
		}
		return parts.join(sep);
	}

	function parse(qstr, sep, eq, options) {
		const obj = Object.create(null);
		if (typeof qstr !== "string" || qstr.length === 0) return obj;
		sep = sep ? String(sep) : "&";
		eq = eq ? String(eq) : "=";
		let maxKeys = 1000;
		if (options && typeof options.maxKeys === "number") maxKeys = options.maxKeys;
		const dec = options && typeof options.decodeURIComponent === "function" ? options.decodeURIComponent : qs.unescape;
		let pieces = qstr.split(sep);
		if (maxKeys > 0 && pieces.length > maxKeys) pieces = pieces.slice(0, maxKeys);
		for (const piece of pieces) {
			if (piece === "") continue;
			const at = piece.indexOf(eq);
			let k = at >= 0 ? piece.slice(0, at) : piece;
			let v = at >= 0 ? piece.slice(at + eq.length) : "";
			k = decode(k.replace(/\+/g, " "), dec);
			v = decode(v.replace(/\+/g, " "), dec);
			if (!(k in obj)) obj[k] = v;
			else if (Array.isArray(obj[k])) obj[k].push(v);
			else obj[k] = [obj[k], v];
		}
		return obj;
	}

	function decode(s, dec) {
		try {
			return dec(s, true);
		} catch {
			return qs.unescape(s, true);
		}
	}

	const qs = { unescape, escape, stringify, encode: stringify, parse, decode: parse };
	return qs;
});
