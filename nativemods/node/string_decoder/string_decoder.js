(function (b) {
	"use strict";
	const utf8 = new TextDecoder();
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	function normalize(enc) {
		const e = enc === undefined || enc === null ? "utf8" : String(enc).toLowerCase();
		switch (e) {
			case "utf8": case "utf-8": return "utf8";
			case "ucs2": case "ucs-2": case "utf16le": case "utf-16le": return "utf16le";
			case "latin1": case "binary": return "latin1";
			case "base64": case "base64url": case "hex": case "ascii": return e;
		}
		throw b.err("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
	}

	function bytesOf(buf) {
		if (typeof buf === "string") return null;
		if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
		throw b.argType("buf", "an instance of Buffer, TypedArray, or DataView", buf);
	}

	function concat(a, c) {
		if (a.length === 0) return c;
		const out = new Uint8Array(a.length + c.length);
		out.set(a);
		out.set(c, a.length);
		return out;
	}

	// utf8Tail is how many bytes at the end of u begin a sequence the
	// next write may finish.
	function utf8Tail(u) {
		for (let k = 1; k <= 3 && k <= u.length; k++) {
			const c = u[u.length - k];
			if ((c & 0xc0) === 0x80) continue; // continuation byte
			const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 1;
			return need > k ? k : 0;
		}
		return 0;
	}

	function base64(u, url) {
		let s = "";
		for (let i = 0; i < u.length; i += 3) {
			const n = (u[i] << 16) | ((u[i + 1] || 0) << 8) | (u[i + 2] || 0);
			s += b64[n >> 18] + b64[(n >> 12) & 63] + (i + 1 < u.length ? b64[(n >> 6) & 63] : url ? "" : "=") + (i + 2 < u.length ? b64[n & 63] : url ? "" : "=");
		}
		return url ? s.replace(/\+/g, "-").replace(/\//g, "_") : s;
	}

	function utf16(u) {
		let s = "";
		for (let i = 0; i + 1 < u.length; i += 2) s += String.fromCharCode(u[i] | (u[i + 1] << 8));
		return s;
	}

	class StringDecoder {
		constructor(encoding) {
			this.encoding = normalize(encoding);
			this.pending = new Uint8Array(0);
		}

		write(buf) {
			let u = bytesOf(buf);
			if (u === null) return buf;
			const held = this.pending.length;
			u = concat(this.pending, u);
			this.pending = new Uint8Array(0);
			let keep = 0;
			switch (this.encoding) {
				case "utf8":
					keep = utf8Tail(u);
					break;
				case "utf16le": {
					keep = u.length % 2;
					const end = u.length - keep;
					// A character finished from a held odd byte goes out as
					// it is, even a lone high surrogate, as in node.
					if (end >= 2 && !(held === 1 && end === 2)) {
						const last = u[end - 2] | (u[end - 1] << 8);
						if (last >= 0xd800 && last <= 0xdbff) keep += 2;
					}
					break;
				}
				case "base64":
				case "base64url":
					keep = u.length % 3;
					break;
			}
			if (keep > 0) {
				this.pending = u.slice(u.length - keep);
				u = u.subarray(0, u.length - keep);
			}
			return this.decode(u);
		}

		decode(u) {
			switch (this.encoding) {
				case "utf8": return utf8.decode(u);
				case "utf16le": return utf16(u);
				case "base64": return base64(u, false);
				case "base64url": return base64(u, true);
				case "hex": return Array.from(u, (x) => x.toString(16).padStart(2, "0")).join("");
				case "ascii": return String.fromCharCode(...Array.from(u, (x) => x & 0x7f));
			}
			return String.fromCharCode(...u);
		}

		end(buf) {
			let s = buf === undefined ? "" : this.write(buf);
			const rest = this.pending;
			this.pending = new Uint8Array(0);
			if (rest.length > 0) {
				if (this.encoding === "utf8") s += "\ufffd";
				else if (this.encoding === "utf16le") s += utf16(rest.subarray(0, rest.length - (rest.length % 2)));
				else s += this.decode(rest);
			}
			return s;
		}

		text(buf, offset) {
			return this.write(bytesOf(buf).subarray(offset));
		}

		get lastNeed() {
			if (this.encoding !== "utf8" || this.pending.length === 0) return 0;
			const c = this.pending[0];
			return (c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2) - this.pending.length;
		}

		get lastTotal() {
			return this.pending.length + this.lastNeed;
		}
	}

	return { StringDecoder };
});
