(function (b) {
	"use strict";
	const { URL, URLSearchParams } = b.web;

	function fileURLToPath(path) {
		let url = path;
		if (typeof path === "string") url = new URL(path);
		else if (!(path instanceof URL)) throw b.argType("path", "string or an instance of URL", path);
		if (url.protocol !== "file:") throw b.err("TypeError", "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
		if (url.hostname !== "") throw b.err("TypeError", "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on ${b.platform}`);
		const p = url.pathname;
		for (let i = 0; i < p.length - 2; i++) {
			if (p[i] === "%" && p[i + 1] === "2" && (p[i + 2] === "f" || p[i + 2] === "F")) {
				throw b.err("TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters");
			}
		}
		return decodeURIComponent(p);
	}

	function pathToFileURL(filepath) {
		if (typeof filepath !== "string") throw b.argType("path", "string", filepath);
		let resolved = b.resolve(filepath);
		// resolve drops a trailing slash the caller meant
		if (filepath.endsWith("/") && !resolved.endsWith("/")) resolved += "/";
		const url = new URL("file://");
		url.pathname = resolved.replace(/%/g, "%25").replace(/\\/g, "%5C").replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/\t/g, "%09")
			.replace(/#/g, "%23").replace(/\?/g, "%3F");
		return url;
	}

	function urlToHttpOptions(url) {
		const o = {
			protocol: url.protocol,
			hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
			hash: url.hash, search: url.search, pathname: url.pathname, path: `${url.pathname || ""}${url.search || ""}`, href: url.href,
		};
		if (url.port !== "") o.port = Number(url.port);
		if (url.username || url.password) o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
		return o;
	}

	// ---- the legacy API ----

	function Url() {
		this.protocol = null;
		this.slashes = null;
		this.auth = null;
		this.host = null;
		this.port = null;
		this.hostname = null;
		this.hash = null;
		this.search = null;
		this.query = null;
		this.pathname = null;
		this.path = null;
		this.href = null;
	}

	const slashedProtocols = new Set(["http:", "https:", "ftp:", "gopher:", "file:", "ws:", "wss:"]);

	function parse(url, parseQueryString, slashesDenoteHost) {
		if (url instanceof Url) return url;
		if (typeof url !== "string") throw b.argType("url", "string", url);
		const u = new Url();
		let rest = url.trim();
		const hashAt = rest.indexOf("#");
		if (hashAt >= 0) {
			u.hash = rest.slice(hashAt);
			rest = rest.slice(0, hashAt);
		}
		const qAt = rest.indexOf("?");
		if (qAt >= 0) {
			u.search = rest.slice(qAt);
			u.query = rest.slice(qAt + 1);
			rest = rest.slice(0, qAt);
		} else if (parseQueryString) {
			u.search = "";
			u.query = {};
		}
		if (parseQueryString && typeof u.query === "string") u.query = b.qsParse(u.query);
		rest = rest.replace(/\\/g, "/");
		const proto = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(rest);
		if (proto) {
			u.protocol = proto[1].toLowerCase();
			rest = rest.slice(proto[1].length);
		}
		if ((slashesDenoteHost || proto) && rest.startsWith("//") && !(u.protocol === "javascript:")) {
			u.slashes = true;
			rest = rest.slice(2);
			let end = rest.search(/[/]/);
			if (end < 0) end = rest.length;
			let host = rest.slice(0, end);
			rest = rest.slice(end);
			const at = host.lastIndexOf("@");
			if (at >= 0) {
				u.auth = decodeURIComponent(host.slice(0, at));
				host = host.slice(at + 1);
			}
			const pm = /:(\d*)$/.exec(host);
			if (pm) {
				if (pm[1] !== "") u.port = pm[1];
				host = host.slice(0, pm.index);
			}
			u.hostname = host.toLowerCase();
			if (u.hostname.startsWith("[") && u.hostname.endsWith("]")) u.hostname = u.hostname.slice(1, -1);
			u.host = (host.toLowerCase()) + (u.port !== null ? ":" + u.port : "");
			if (rest === "" && slashedProtocols.has(u.protocol)) rest = "/";
		}
		u.pathname = rest === "" ? null : rest;
		if (u.pathname === null && u.host && slashedProtocols.has(u.protocol)) u.pathname = "/";
		u.path = (u.pathname || "") + (u.search || "") || null;
		u.href = format(u);
		return u;
	}

	function format(obj, options) {
		if (typeof obj === "string") obj = parse(obj);
		else if (obj === null || typeof obj !== "object") throw b.argType("urlObject", "object", obj);
		if (obj instanceof URL) {
			const o = Object.assign({ auth: true, fragment: true, search: true, unicode: false }, options);
			let s = obj.protocol;
			if (obj.host !== "" || obj.protocol === "file:") {
				s += "//";
				if (o.auth && (obj.username || obj.password)) s += obj.username + (obj.password ? ":" + obj.password : "") + "@";
				s += o.unicode ? b.toUnicode(obj.hostname) + (obj.port ? ":" + obj.port : "") : obj.host;
			}
			s += obj.pathname;
			if (o.search) s += obj.search;
			if (o.fragment) s += obj.hash;
			return s;
		}
		let auth = obj.auth || "";
		if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ":") + "@";
		let protocol = obj.protocol || "";
		let pathname = obj.pathname || "";
		let hash = obj.hash || "";
		let host = "";
		let query = "";
		if (obj.host) host = auth + obj.host;
		else if (obj.hostname) {
			host = auth + (obj.hostname.includes(":") ? "[" + obj.hostname + "]" : obj.hostname);
			if (obj.port) host += ":" + obj.port;
		}
		if (obj.query !== null && typeof obj.query === "object") query = b.qsStringify(obj.query);
		let search = obj.search || (query && "?" + query) || "";
		if (protocol && !protocol.endsWith(":")) protocol += ":";
		if (obj.slashes || ((!protocol || slashedProtocols.has(protocol)) && host !== "")) {
			host = "//" + host;
			if (pathname && pathname[0] !== "/") pathname = "/" + pathname;
		} else if (!host && protocol === "file:") host = "//";
		if (hash && hash[0] !== "#") hash = "#" + hash;
		if (search && search[0] !== "?") search = "?" + search;
		pathname = pathname.replace(/[?#]/g, encodeURIComponent);
		search = search.replace(/#/g, "%23");
		return protocol + host + pathname + search + hash;
	}

	function resolve(from, to) {
		const base = new URL(from, "resolve://");
		const r = new URL(to, base);
		if (r.protocol === "resolve:") {
			const { pathname, search, hash } = r;
			return pathname + search + hash;
		}
		return r.toString();
	}

	Url.prototype.format = function () { return format(this); };
	Url.prototype.resolve = function (to) { return resolve(this.href, to); };

	return {
		URL, URLSearchParams, fileURLToPath, pathToFileURL, urlToHttpOptions, parse, format, resolve, Url,
		domainToASCII: (d) => b.toASCII(String(d)), domainToUnicode: (d) => b.toUnicode(String(d)),
	};
});
