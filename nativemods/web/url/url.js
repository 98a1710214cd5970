// URL and URLSearchParams after the WHATWG URL standard, as node 20 has
// them. Host names with non-ASCII letters go through IDNA in Go
// (natives.toASCII); the rest of the parser is here.

const special = { "ftp:": 21, "file:": null, "http:": 80, "https:": 443, "ws:": 80, "wss:": 443 };
const isSpecial = (scheme) => scheme in special;

// Percent-encode sets of the standard, as sets of ASCII characters
// (controls and non-ASCII are always encoded).
const fragmentSet = new Set(' "<>`');
const querySet = new Set(' "#<>');
const specialQuerySet = new Set(' "#<>\'');
const pathSet = new Set(' "#<>?`{}');
const userinfoSet = new Set(' "#<>?`{}/:;=@[\\]^|');
const formSet = new Set(" !\"#$%&'()+,/:;<=>?@[\\]^`{|}~");

const utf8 = new TextEncoder();

function encodeSet(s, set, spaceAsPlus = false) {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c >= 0x20 && c < 0x7f && !set.has(ch)) {
      out += ch;
    } else if (spaceAsPlus && ch === " ") {
      out += "+";
    } else {
      for (const b of utf8.encode(ch)) out += "%" + (b < 16 ? "0" : "") + b.toString(16).toUpperCase();
    }
  }
  return out;
}

function percentDecode(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      for (const b of utf8.encode(s[i] + (c >= 0xd800 && c < 0xdc00 ? s[i + 1] || "" : ""))) bytes.push(b);
      if (c >= 0xd800 && c < 0xdc00) i++;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

const failure = Symbol("failure");

// parseIPv4 returns the dotted form of a host made of numbers, null when
// the host is not one, or failure.
function parseIPv4(host) {
  const parts = host.split(".");
  if (parts[parts.length - 1] === "" && parts.length > 1) parts.pop();
  const last = parts[parts.length - 1];
  if (!/^(0[xX][0-9a-fA-F]*|[0-9]+)$/.test(last)) return null;
  if (parts.length > 4) return failure;
  const nums = [];
  for (const p of parts) {
    let n;
    if (/^0[xX][0-9a-fA-F]*$/.test(p)) n = p.length === 2 ? 0 : parseInt(p.slice(2), 16);
    else if (/^0[0-7]+$/.test(p)) n = parseInt(p.slice(1), 8);
    else if (/^[0-9]+$/.test(p)) n = parseInt(p, 10);
    else return failure;
    nums.push(n);
  }
  for (let i = 0; i < nums.length - 1; i++) if (nums[i] > 255) return failure;
  if (nums[nums.length - 1] >= 256 ** (5 - nums.length)) return failure;
  let ip = nums[nums.length - 1];
  for (let i = 0; i < nums.length - 1; i++) ip += nums[i] * 256 ** (3 - i);
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join(".");
}

function parseIPv6(s) {
  const addr = natives.parseIPv6(s);
  return addr === null ? failure : "[" + addr + "]";
}

function parseHost(input, specialScheme) {
  if (input.startsWith("[")) {
    if (!input.endsWith("]")) return failure;
    return parseIPv6(input.slice(1, -1));
  }
  if (!specialScheme) {
    if (/[\0\t\n\r #/:<>?@[\\\]^|]/.test(input)) return failure;
    return encodeSet(input, new Set());
  }
  const domain = percentDecode(input);
  let ascii = natives.toASCII(domain);
  if (ascii === null || ascii === "") return failure;
  if (/[\0\t\n\r #%/:<>?@[\\\]^|\x7f]/.test(ascii) || /[\x00-\x1f]/.test(ascii)) return failure;
  const v4 = parseIPv4(ascii);
  if (v4 === failure) return failure;
  return v4 === null ? ascii : v4;
}

function removeDots(segments, specialScheme, isFile) {
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    const s = seg.toLowerCase();
    if (s === ".." || s === ".%2e" || s === "%2e." || s === "%2e%2e") {
      if (out.length && !(isFile && out.length === 1 && /^[a-zA-Z]:$/.test(out[0]))) out.pop();
      if (last) out.push("");
    } else if (s === "." || s === "%2e") {
      if (last) out.push("");
    } else {
      out.push(seg);
    }
  }
  return out;
}

// parse returns the record {scheme, username, password, host, port, path
// (an array, or a string for an opaque path), query, fragment} of input
// against base, or failure.
function parse(input, base) {
  input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "").replace(/[\t\n\r]/g, "");
  const rec = { scheme: "", username: "", password: "", host: null, port: null, path: [], query: null, fragment: null };
  let rest = input;
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(input);
  if (m) {
    rec.scheme = m[1].toLowerCase() + ":";
    rest = input.slice(m[0].length);
  } else if (!base) {
    return failure;
  }
  // The fragment and query come off first.
  const hashAt = rest.indexOf("#");
  if (hashAt >= 0) {
    rec.fragment = encodeSet(rest.slice(hashAt + 1), fragmentSet);
    rest = rest.slice(0, hashAt);
  }
  let query = null;
  const qAt = rest.indexOf("?");
  if (qAt >= 0) {
    query = rest.slice(qAt + 1);
    rest = rest.slice(0, qAt);
  }
  const sp = rec.scheme ? isSpecial(rec.scheme) : isSpecial(base.scheme);
  if (sp) rest = rest.replace(/\\/g, "/");
  const encodeQuery = () => (query === null ? null : encodeSet(query, sp ? specialQuerySet : querySet));

  if (!rec.scheme || (base && rec.scheme === base.scheme && sp && !rest.startsWith("/") && rec.scheme !== "file:")) {
    // A relative reference.
    if (!base) return failure;
    if (typeof base.path === "string") {
      if (m || rest !== "" || (query === null && hashAt < 0)) {
        if (!(rest === "" && query === null && hashAt >= 0)) return failure;
      }
      Object.assign(rec, base, { fragment: rec.fragment });
      return rec;
    }
    rec.scheme = base.scheme;
    if (rest.startsWith("//")) return authority(rec, rest.slice(2), sp, encodeQuery());
    rec.username = base.username;
    rec.password = base.password;
    rec.host = base.host;
    rec.port = base.port;
    if (rest === "") {
      rec.path = base.path.slice();
      rec.query = query === null ? base.query : encodeQuery();
      return rec;
    }
    let segs;
    if (rest.startsWith("/")) {
      segs = rest.slice(1).split("/");
    } else {
      segs = base.path.slice(0, -1).concat(rest.split("/"));
    }
    rec.path = removeDots(segs.map((s) => encodeSet(s, pathSet)), sp, rec.scheme === "file:");
    rec.query = encodeQuery();
    return rec;
  }
  if (sp) {
    if (rec.scheme === "file:") {
      if (rest.startsWith("//")) return authority(rec, rest.slice(2), true, encodeQuery());
      rec.host = "";
      rec.path = removeDots(rest.replace(/^\/+/, "").split("/").map((s) => encodeSet(s, pathSet)), true, true);
      rec.query = encodeQuery();
      return rec;
    }
    return authority(rec, rest.replace(/^\/+/, ""), true, encodeQuery());
  }
  if (rest.startsWith("//")) return authority(rec, rest.slice(2), false, encodeQuery());
  if (rest.startsWith("/")) {
    rec.path = removeDots(rest.slice(1).split("/").map((s) => encodeSet(s, pathSet)), false, false);
  } else {
    rec.path = encodeSet(rest, new Set());
  }
  rec.query = encodeQuery();
  return rec;
}

function authority(rec, rest, sp, query) {
  const slash = rest.indexOf("/");
  let auth = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash + 1) : null;
  const at = auth.lastIndexOf("@");
  if (at >= 0) {
    const userinfo = auth.slice(0, at);
    auth = auth.slice(at + 1);
    const colon = userinfo.indexOf(":");
    rec.username = encodeSet(colon >= 0 ? userinfo.slice(0, colon) : userinfo, userinfoSet);
    rec.password = colon >= 0 ? encodeSet(userinfo.slice(colon + 1), userinfoSet) : "";
    if (auth === "") return failure;
  }
  let hostPart = auth, portPart = null;
  const pm = /:([^\]]*)$/.exec(auth);
  if (pm) {
    hostPart = auth.slice(0, pm.index);
    portPart = pm[1];
  }
  if (hostPart === "") {
    if (sp && rec.scheme !== "file:") return failure;
    if (portPart !== null && portPart !== "") return failure;
  }
  const host = hostPart === "" ? "" : parseHost(hostPart, sp);
  if (host === failure) return failure;
  rec.host = rec.scheme === "file:" && host === "localhost" ? "" : host;
  if (portPart !== null && portPart !== "") {
    if (!/^[0-9]+$/.test(portPart)) return failure;
    const port = parseInt(portPart, 10);
    if (port > 65535) return failure;
    rec.port = special[rec.scheme] === port ? null : port;
  }
  if (path === null) {
    rec.path = sp ? [""] : [];
  } else {
    rec.path = removeDots(path.split("/").map((s) => encodeSet(s, pathSet)), sp, rec.scheme === "file:");
  }
  rec.query = query;
  return rec;
}

function serializePath(rec) {
  if (typeof rec.path === "string") return rec.path;
  const p = rec.path.map((s) => "/" + s).join("");
  if (rec.host === null && rec.path.length > 1 && rec.path[0] === "") return "/." + p;
  return p;
}

function serialize(rec, noFragment) {
  let out = rec.scheme;
  if (rec.host !== null) {
    out += "//";
    if (rec.username || rec.password) {
      out += rec.username;
      if (rec.password) out += ":" + rec.password;
      out += "@";
    }
    out += rec.host;
    if (rec.port !== null) out += ":" + rec.port;
  }
  out += serializePath(rec);
  if (rec.query !== null) out += "?" + rec.query;
  if (!noFragment && rec.fragment !== null) out += "#" + rec.fragment;
  return out;
}

function invalidURL(input) {
  const e = codedError(TypeError, "ERR_INVALID_URL", "Invalid URL");
  e.input = input;
  return e;
}

let urlRecord, setQueryFromParams, newParams;

class URL {
  #rec;
  #params = null;
  static {
    urlRecord = (u) => u.#rec;
    setQueryFromParams = (u, s) => { u.#rec.query = s === "" ? null : s; };
  }
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs("url");
    input = String(input);
    let b = null;
    if (base !== undefined) {
      b = parse(String(base), null);
      if (b === failure) throw invalidURL(input);
    }
    const rec = parse(input, b);
    if (rec === failure) throw invalidURL(input);
    this.#rec = rec;
  }
  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs("url");
    let b = null;
    if (base !== undefined) {
      b = parse(String(base), null);
      if (b === failure) return false;
    }
    return parse(String(input), b) !== failure;
  }
  static #check(u) {
    if (u === null || typeof u !== "object" || !(#rec in u)) throw invalidThis("URL");
  }
  // #reparse replaces the record with that of href, when it parses.
  #reparse(href) {
    const rec = parse(href, null);
    if (rec === failure) return;
    this.#rec = rec;
    if (this.#params) newParams(this.#params, rec.query || "");
  }
  get href() { URL.#check(this); return serialize(this.#rec); }
  set href(v) {
    URL.#check(this);
    const rec = parse(String(v), null);
    if (rec === failure) throw invalidURL(String(v));
    this.#rec = rec;
    if (this.#params) newParams(this.#params, rec.query || "");
  }
  get origin() {
    URL.#check(this);
    const r = this.#rec;
    if (r.scheme === "blob:") {
      try { return new URL(serializePath(r)).origin; } catch { return "null"; }
    }
    if (!isSpecial(r.scheme) || r.scheme === "file:") return "null";
    return r.scheme + "//" + r.host + (r.port !== null ? ":" + r.port : "");
  }
  get protocol() { URL.#check(this); return this.#rec.scheme; }
  set protocol(v) {
    URL.#check(this);
    const m = /^([a-zA-Z][a-zA-Z0-9+.-]*)/.exec(String(v));
    if (!m) return;
    const scheme = m[1].toLowerCase() + ":";
    const r = this.#rec;
    if (isSpecial(scheme) !== isSpecial(r.scheme)) return;
    if (scheme === "file:" && (r.username || r.password || r.port !== null)) return;
    if (r.scheme === "file:" && r.host === "") return;
    r.scheme = scheme;
    if (r.port === special[scheme]) r.port = null;
  }
  get username() { URL.#check(this); return this.#rec.username; }
  set username(v) {
    URL.#check(this);
    const r = this.#rec;
    if (r.host === null || r.host === "" || r.scheme === "file:") return;
    r.username = encodeSet(String(v), userinfoSet);
  }
  get password() { URL.#check(this); return this.#rec.password; }
  set password(v) {
    URL.#check(this);
    const r = this.#rec;
    if (r.host === null || r.host === "" || r.scheme === "file:") return;
    r.password = encodeSet(String(v), userinfoSet);
  }
  get host() {
    URL.#check(this);
    const r = this.#rec;
    if (r.host === null) return "";
    return r.host + (r.port !== null ? ":" + r.port : "");
  }
  set host(v) {
    URL.#check(this);
    const r = this.#rec;
    if (typeof r.path === "string") return;
    const s = String(v).split(/[/?#\\]/)[0];
    if (s === "") return;
    const copy = { ...r, path: r.path.slice() };
    const res = authority(copy, s.replace(/@/g, "%40") + "/", isSpecial(r.scheme), r.query);
    if (res === failure) return;
    r.host = res.host;
    if (/:[0-9]+$/.test(s)) r.port = res.port;
  }
  get hostname() { URL.#check(this); return this.#rec.host === null ? "" : this.#rec.host; }
  set hostname(v) {
    URL.#check(this);
    const r = this.#rec;
    if (typeof r.path === "string") return;
    const s = String(v).split(/[/?#\\:]/)[0];
    if (s === "" && isSpecial(r.scheme)) return;
    const h = s === "" ? "" : parseHost(s, isSpecial(r.scheme));
    if (h !== failure) r.host = h;
  }
  get port() { URL.#check(this); return this.#rec.port === null ? "" : String(this.#rec.port); }
  set port(v) {
    URL.#check(this);
    const r = this.#rec;
    if (r.host === null || r.host === "" || r.scheme === "file:") return;
    const s = String(v);
    if (s === "") { r.port = null; return; }
    const m = /^[0-9]+/.exec(s);
    if (!m) return;
    const port = parseInt(m[0], 10);
    if (port > 65535) return;
    r.port = special[r.scheme] === port ? null : port;
  }
  get pathname() { URL.#check(this); return serializePath(this.#rec); }
  set pathname(v) {
    URL.#check(this);
    const r = this.#rec;
    if (typeof r.path === "string") return;
    let s = String(v);
    const sp = isSpecial(r.scheme);
    if (sp) s = s.replace(/\\/g, "/");
    if (s.startsWith("/")) s = s.slice(1);
    else if (!sp && s === "") { r.path = []; return; }
    r.path = removeDots(s.split("/").map((x) => encodeSet(x, new Set([...pathSet].filter((c) => c !== "?" && c !== "#")).add("?").add("#"))), sp, r.scheme === "file:");
  }
  get search() {
    URL.#check(this);
    const q = this.#rec.query;
    return q === null || q === "" ? "" : "?" + q;
  }
  set search(v) {
    URL.#check(this);
    let s = String(v);
    if (s.startsWith("?")) s = s.slice(1);
    this.#rec.query = s === "" ? null : encodeSet(s, isSpecial(this.#rec.scheme) ? specialQuerySet : querySet);
    if (this.#params) newParams(this.#params, this.#rec.query || "");
  }
  get searchParams() {
    URL.#check(this);
    if (!this.#params) {
      this.#params = new URLSearchParams(this.#rec.query || "");
      linkParams(this.#params, this);
    }
    return this.#params;
  }
  get hash() {
    URL.#check(this);
    const f = this.#rec.fragment;
    return f === null || f === "" ? "" : "#" + f;
  }
  set hash(v) {
    URL.#check(this);
    let s = String(v);
    if (s.startsWith("#")) s = s.slice(1);
    this.#rec.fragment = s === "" ? null : encodeSet(s, fragmentSet);
  }
  toString() { URL.#check(this); return serialize(this.#rec); }
  toJSON() { URL.#check(this); return serialize(this.#rec); }
}
for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash", "toString", "toJSON"]) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, k, d);
}
tag(URL, "URL");

// ---- URLSearchParams ----

function parseForm(s) {
  const out = [];
  for (const part of s.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const name = eq >= 0 ? part.slice(0, eq) : part;
    const value = eq >= 0 ? part.slice(eq + 1) : "";
    out.push([percentDecode(name.replace(/\+/g, " ")), percentDecode(value.replace(/\+/g, " "))]);
  }
  return out;
}

function toUSV(s) {
  return String(s).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

let linkParams;

class URLSearchParams {
  #list = [];
  #url = null;
  static {
    linkParams = (p, u) => { p.#url = u; };
    newParams = (p, s) => { p.#list = parseForm(s); };
  }
  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === "object" || typeof init === "function") {
      if (typeof init[Symbol.iterator] === "function") {
        for (const pair of init) {
          if (pair === null || (typeof pair !== "object" && typeof pair !== "function") || typeof pair[Symbol.iterator] !== "function") {
            throw codedError(TypeError, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple");
          }
          const p = [...pair];
          if (p.length !== 2) throw codedError(TypeError, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple");
          this.#list.push([toUSV(p[0]), toUSV(p[1])]);
        }
      } else {
        for (const k of Reflect.ownKeys(init)) {
          if (typeof k !== "string") continue;
          const d = Reflect.getOwnPropertyDescriptor(init, k);
          if (d && d.enumerable) this.#list.push([toUSV(k), toUSV(init[k])]);
        }
      }
      return;
    }
    let s = String(init);
    if (s.startsWith("?")) s = s.slice(1);
    this.#list = parseForm(s);
  }
  static #check(p) {
    if (p === null || typeof p !== "object" || !(#list in p)) throw invalidThis("URLSearchParams");
  }
  #update() {
    if (this.#url) setQueryFromParams(this.#url, this.toString());
  }
  get size() { URLSearchParams.#check(this); return this.#list.length; }
  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs("name", "value");
    this.#list.push([toUSV(name), toUSV(value)]);
    this.#update();
  }
  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs("name");
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      this.#list = this.#list.filter(([k, v]) => !(k === name && v === value));
    } else {
      this.#list = this.#list.filter(([k]) => k !== name);
    }
    this.#update();
  }
  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs("name");
    name = toUSV(name);
    const e = this.#list.find(([k]) => k === name);
    return e ? e[1] : null;
  }
  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs("name");
    name = toUSV(name);
    return this.#list.filter(([k]) => k === name).map(([, v]) => v);
  }
  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw missingArgs("name");
    name = toUSV(name);
    if (value !== undefined) {
      value = toUSV(value);
      return this.#list.some(([k, v]) => k === name && v === value);
    }
    return this.#list.some(([k]) => k === name);
  }
  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw missingArgs("name", "value");
    name = toUSV(name);
    value = toUSV(value);
    const i = this.#list.findIndex(([k]) => k === name);
    if (i < 0) {
      this.#list.push([name, value]);
    } else {
      this.#list[i][1] = value;
      this.#list = this.#list.filter(([k], j) => j <= i || k !== name);
    }
    this.#update();
  }
  sort() {
    URLSearchParams.#check(this);
    // Stable, by UTF-16 code units.
    const idx = this.#list.map((e, i) => [e, i]);
    idx.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this.#list = idx.map(([e]) => e);
    this.#update();
  }
  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    if (typeof callback !== "function") throw argTypeError("callback", "of type function", callback);
    for (let i = 0; i < this.#list.length; i++) {
      const [k, v] = this.#list[i];
      callback.call(thisArg, v, k, this);
    }
  }
  *entries() { URLSearchParams.#check(this); for (let i = 0; i < this.#list.length; i++) yield this.#list[i].slice(); }
  *keys() { URLSearchParams.#check(this); for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0]; }
  *values() { URLSearchParams.#check(this); for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1]; }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    URLSearchParams.#check(this);
    return this.#list.map(([k, v]) => encodeSet(k, formSet, true) + "=" + encodeSet(v, formSet, true)).join("&");
  }
}
tag(URLSearchParams, "URLSearchParams");

return { URL, URLSearchParams };
