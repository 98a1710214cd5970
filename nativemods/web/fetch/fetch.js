// fetch, Headers, Request and Response as node 20 (undici) has them. The
// network side is Go's (natives.send); bodies are read from Go in chunks
// for streams, or whole for text(), json(), arrayBuffer() and bytes().

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// ---- Headers ----

const tokenRE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const badValueRE = /[\0\r\n]/;

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
}

let headersList; // (h) => its Map of lowercase name -> array of values
let headersGuard; // (h, guard) sets "immutable", "request" or "none"

class Headers {
  #map = new Map();
  #guard = "none";
  static {
    headersList = (h) => h.#map;
    headersGuard = (h, g) => { h.#guard = g; };
  }
  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError("Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.");
      return;
    }
    if (typeof init !== "object" && typeof init !== "function") {
      throw new TypeError("Headers constructor: Argument 1 could not be converted to one of: sequence<sequence<ByteString>>, record<ByteString, ByteString>.");
    }
    if (typeof init[Symbol.iterator] === "function") {
      for (const pair of init) {
        const p = [...pair];
        if (p.length !== 2) throw new TypeError("Headers constructor: expected name/value pair to be length 2, found " + p.length + ".");
        this.append(p[0], p[1]);
      }
    } else {
      for (const k of Reflect.ownKeys(init)) {
        const d = Reflect.getOwnPropertyDescriptor(init, k);
        if (d && d.enumerable) this.append(k, init[k]);
      }
    }
  }
  static #check(h) {
    if (h === null || typeof h !== "object" || !(#map in h)) throw new TypeError("Illegal invocation");
  }
  static #name(method, name) {
    name = String(name);
    if (!tokenRE.test(name)) throw new TypeError("Headers." + method + ': "' + name + '" is an invalid header name.');
    return name.toLowerCase();
  }
  #writable() {
    if (this.#guard === "immutable") throw new TypeError("immutable");
  }
  append(name, value) {
    Headers.#check(this);
    if (arguments.length < 2) throw new TypeError("Headers.append: 2 arguments required, but only " + arguments.length + " present.");
    const n = Headers.#name("append", name);
    const v = normalizeValue(value);
    if (badValueRE.test(v)) throw new TypeError("Headers.append: \"" + value + "\" is an invalid header value.");
    this.#writable();
    const list = this.#map.get(n);
    if (list) list.push(v);
    else this.#map.set(n, [v]);
  }
  set(name, value) {
    Headers.#check(this);
    if (arguments.length < 2) throw new TypeError("Headers.set: 2 arguments required, but only " + arguments.length + " present.");
    const n = Headers.#name("set", name);
    const v = normalizeValue(value);
    if (badValueRE.test(v)) throw new TypeError("Headers.set: \"" + value + "\" is an invalid header value.");
    this.#writable();
    this.#map.set(n, [v]);
  }
  get(name) {
    Headers.#check(this);
    if (arguments.length < 1) throw new TypeError("Headers.get: 1 argument required, but only 0 present.");
    const list = this.#map.get(Headers.#name("get", name));
    return list ? list.join(", ") : null;
  }
  has(name) {
    Headers.#check(this);
    if (arguments.length < 1) throw new TypeError("Headers.has: 1 argument required, but only 0 present.");
    return this.#map.has(Headers.#name("has", name));
  }
  delete(name) {
    Headers.#check(this);
    if (arguments.length < 1) throw new TypeError("Headers.delete: 1 argument required, but only 0 present.");
    const n = Headers.#name("delete", name);
    this.#writable();
    this.#map.delete(n);
  }
  getSetCookie() {
    Headers.#check(this);
    return (this.#map.get("set-cookie") || []).slice();
  }
  // The sorted list of pairs iteration gives: names in order, set-cookie
  // once per value, others joined.
  #pairs() {
    const names = [...this.#map.keys()].sort();
    const out = [];
    for (const n of names) {
      const list = this.#map.get(n);
      if (n === "set-cookie") for (const v of list) out.push([n, v]);
      else out.push([n, list.join(", ")]);
    }
    return out;
  }
  forEach(callback, thisArg = undefined) {
    Headers.#check(this);
    if (typeof callback !== "function") {
      throw new TypeError("Headers.forEach: Argument 1 could not be converted to: Function.");
    }
    for (const [k, v] of this.#pairs()) callback.call(thisArg, v, k, this);
  }
  *entries() { Headers.#check(this); yield* this.#pairs(); }
  *keys() { Headers.#check(this); for (const [k] of this.#pairs()) yield k; }
  *values() { Headers.#check(this); for (const [, v] of this.#pairs()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
}
tag(Headers, "Headers");

function copyHeaders(init, guard) {
  const h = new Headers(init);
  headersGuard(h, guard);
  return h;
}

// ---- bodies ----

// A body is one of: null; {bytes: Uint8Array}; {net: handle} (a response
// still arriving from Go). extractBody turns what a script gives into one,
// with the content type it implies.
function extractBody(v) {
  if (v === null || v === undefined) return [null, null];
  if (typeof v === "string") return [{ bytes: encoder.encode(v) }, "text/plain;charset=UTF-8"];
  if (v instanceof ArrayBuffer) return [{ bytes: new Uint8Array(v.slice(0)) }, null];
  if (ArrayBuffer.isView(v)) return [{ bytes: new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength)) }, null];
  if (typeof URLSearchParams === "function" && v instanceof URLSearchParams) {
    return [{ bytes: encoder.encode(v.toString()) }, "application/x-www-form-urlencoded;charset=UTF-8"];
  }
  if (Object.prototype.toString.call(v) === "[object Blob]" && typeof v.bytes === "function") {
    return [{ blob: v }, v.type || null];
  }
  if (v !== null && typeof v === "object" && Object.prototype.toString.call(v) === "[object ReadableStream]") {
    throw new TypeError("RequestInit: duplex option is required when sending a body.");
  }
  return [{ bytes: encoder.encode(String(v)) }, "text/plain;charset=UTF-8"];
}

const unusable = () => new TypeError("Body is unusable: Body has already been read");

// BodyState holds what Request and Response share: the body, whether it
// was used, and its stream once asked for.
class BodyState {
  constructor(body) {
    this.body = body;
    this.used = false;
    this.stream = null;
    this.reason = undefined; // set when the request was aborted
  }
  getStream() {
    if (this.body === null) return null;
    if (!this.stream) {
      const b = this.body;
      if (b.blob) {
        this.stream = b.blob.stream();
        this.used = true;
      } else if (b.net) {
        this.stream = streamOf(() => {
          this.used = true;
          return readChunk(b.net);
        }, () => b.net.close());
      } else {
        let sent = false;
        this.stream = streamOf(() => {
          this.used = true;
          if (sent || b.bytes.length === 0) return Promise.resolve(null);
          sent = true;
          return Promise.resolve(b.bytes);
        });
      }
    }
    return this.stream;
  }
  // consume reads the whole body as a Uint8Array.
  consume() {
    if (this.used || (this.stream && this.stream.locked)) return Promise.reject(unusable());
    this.used = true;
    const b = this.body;
    if (b === null) return Promise.resolve(new Uint8Array(0));
    if (b.bytes) return Promise.resolve(b.bytes);
    if (b.blob) return b.blob.bytes();
    if (this.stream) {
      // Someone holds the stream unread: read it through.
      const reader = this.stream.getReader();
      const parts = [];
      let n = 0;
      const next = () => reader.read().then(({ value, done }) => {
        if (done) return concat(parts, n);
        parts.push(value);
        n += value.length;
        return next();
      });
      return next();
    }
    return new Promise((resolve, reject) => {
      b.net.readAll((err, buf) => (err ? reject(readError(err)) : resolve(new Uint8Array(buf))));
    });
  }
}

function concat(parts, n) {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(n);
  let off = 0;
  for (const p of parts) { out.set(p, off); off += p.length; }
  return out;
}

function readChunk(net) {
  return new Promise((resolve, reject) => {
    net.read((err, buf) => (err ? reject(readError(err)) : resolve(buf === null ? null : new Uint8Array(buf))));
  });
}

// readError is the error a body read fails with: the abort's reason, or
// undici's "terminated" with what went wrong as its cause.
function readError(info) {
  if ("reason" in info) return info.reason;
  const e = new TypeError("terminated");
  e.cause = goError(info);
  return e;
}

// tee splits a network body into two that read the same chunks.
function tee(net) {
  const queues = [[], []];
  let ended = false, error = null, inflight = null;
  const pull = (i) => {
    if (queues[i].length) return Promise.resolve(queues[i].shift());
    if (error) return Promise.reject(error);
    if (ended) return Promise.resolve(null);
    if (!inflight) {
      inflight = readChunk(net).then((c) => {
        inflight = null;
        if (c === null) ended = true;
        else { queues[0].push(c); queues[1].push(c); }
      }, (err) => { inflight = null; error = err; });
    }
    return inflight.then(() => pull(i));
  };
  const side = (i) => ({
    read(cb) { pull(i).then((c) => cb(null, c && c.buffer), (e) => cb({ reason: e })); },
    readAll(cb) {
      const parts = [];
      let n = 0;
      const next = () => pull(i).then((c) => {
        if (c === null) return cb(null, concat(parts, n).buffer);
        parts.push(c); n += c.length; next();
      }, (e) => cb({ reason: e }));
      next();
    },
    close() {},
  });
  return [side(0), side(1)];
}

function bodyMethods(C, stateOf, name) {
  const check = (o) => {
    const s = stateOf(o);
    if (!s) throw new TypeError("Illegal invocation");
    return s;
  };
  Object.defineProperties(C.prototype, {
    body: { get() { return check(this).getStream(); }, configurable: true, enumerable: true },
    bodyUsed: { get() { const s = check(this); return s.used || !!(s.stream && s.stream.locked && s.used); }, configurable: true, enumerable: true },
  });
  const methods = {
    arrayBuffer() { return this.bytes().then((b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer)); },
    bytes() {
      let s;
      try { s = check(this); } catch (e) { return Promise.reject(e); }
      return s.consume();
    },
    text() { return methods.bytes.call(this).then((b) => decoder.decode(b)); },
    json() { return methods.text.call(this).then((t) => JSON.parse(t)); },
    blob() {
      // The MIME type serialized as the standard does: no spaces between
      // its parameters.
      const type = (this.headers.get("content-type") || "").replace(/\s*;\s*/g, ";");
      return methods.bytes.call(this).then((b) => {
        const { Blob } = natives.require("web:blob");
        return new Blob([b], { type });
      });
    },
    formData() { return Promise.reject(new TypeError(name + ".formData: not supported")); },
  };
  for (const [k, f] of Object.entries(methods)) {
    Object.defineProperty(C.prototype, k, { value: f, writable: true, configurable: true, enumerable: true });
  }
}

// ---- Request ----

function parseURL(input, base) {
  try {
    return natives.resolveURL(String(input), base);
  } catch (e) {
    const err = new TypeError("Failed to parse URL from " + input);
    err.cause = codedError(TypeError, "ERR_INVALID_URL", "Invalid URL");
    err.cause.input = String(input);
    throw err;
  }
}

const methodNames = { delete: "DELETE", get: "GET", head: "HEAD", options: "OPTIONS", post: "POST", put: "PUT" };
const forbiddenMethods = ["CONNECT", "TRACE", "TRACK"];

let requestState;

class Request {
  #state;
  #url; #method; #headers; #signal; #redirect;
  static {
    requestState = (r) => (r !== null && typeof r === "object" && #state in r ? r.#state : null);
  }
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError("Request constructor: 1 argument required, but only 0 present.");
    if (init === null || (typeof init !== "object" && typeof init !== "function")) {
      if (init !== undefined) throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an object.");
      init = {};
    }
    const from = requestState(input) ? input : null;
    if (from) {
      this.#url = from.#url;
      this.#method = from.#method;
      this.#redirect = from.#redirect;
    } else {
      this.#url = parseURL(input);
      this.#method = "GET";
      this.#redirect = "follow";
    }
    if (init.method !== undefined) {
      let m = String(init.method);
      if (!tokenRE.test(m)) throw new TypeError("Request constructor: '" + m + "' is not a valid HTTP method.");
      if (forbiddenMethods.includes(m.toUpperCase())) throw new TypeError("'" + m + "' HTTP method is unsupported.");
      this.#method = methodNames[m.toLowerCase()] || m;
    }
    if (init.redirect !== undefined) {
      const r = String(init.redirect);
      if (!["follow", "error", "manual"].includes(r)) {
        throw new TypeError("Request constructor: " + r + " is not an accepted type. Expected one of follow, manual, error.");
      }
      this.#redirect = r;
    }
    this.#headers = copyHeaders(init.headers !== undefined ? init.headers : from ? from.#headers : undefined, "request");
    let signal = init.signal !== undefined ? init.signal : from ? from.#signal : undefined;
    const { AbortController, AbortSignal } = natives.require("web:abort");
    if (signal != null && !(signal instanceof AbortSignal)) {
      throw new TypeError("Request constructor: Expected signal (\"" + signal + "\") to be an instance of AbortSignal.");
    }
    // The request's own signal follows the one given.
    const ctl = new AbortController();
    if (signal) {
      if (signal.aborted) ctl.abort(signal.reason);
      else signal.addEventListener("abort", () => ctl.abort(signal.reason), { once: true });
    }
    this.#signal = ctl.signal;
    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (this.#method === "GET" || this.#method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body.");
      const [b, type] = extractBody(init.body);
      body = b;
      if (type && !this.#headers.has("content-type")) this.#headers.append("content-type", type);
    } else if (from) {
      const fs = from.#state;
      if (fs.used) throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
      body = fs.body;
      if (body) fs.used = true;
    }
    this.#state = new BodyState(body);
  }
  get url() { return this.#url; }
  get method() { return this.#method; }
  get headers() { return this.#headers; }
  get signal() { return this.#signal; }
  get redirect() { return this.#redirect; }
  get cache() { return "default"; }
  get credentials() { return "same-origin"; }
  get destination() { return ""; }
  get integrity() { return ""; }
  get keepalive() { return false; }
  get mode() { return "cors"; }
  get referrer() { return "about:client"; }
  get referrerPolicy() { return ""; }
  get duplex() { return "half"; }
  clone() {
    if (this.#state.used) throw new TypeError("Request.clone: Body has already been consumed.");
    return new Request(this, { body: this.#state.body ? this.#state.body.bytes : undefined });
  }
}
bodyMethods(Request, (r) => requestState(r), "Request");
tag(Request, "Request");

// ---- Response ----

let responseState, makeResponse;
const kNew = Symbol("new");

function checkStatus(status) {
  if (status < 200 || status > 599) throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
}

class Response {
  #state;
  #status = 200; #statusText = ""; #headers; #type = "default"; #url = ""; #redirected = false;
  static {
    responseState = (r) => (r !== null && typeof r === "object" && #state in r ? r.#state : null);
    // makeResponse builds a response from Go's fields.
    makeResponse = (f) => {
      const r = new Response(kNew);
      r.#status = f.status;
      r.#statusText = f.statusText;
      r.#headers = copyHeaders(f.headers, "immutable");
      r.#type = f.type || "basic";
      r.#url = f.url || "";
      r.#redirected = !!f.redirected;
      r.#state = new BodyState(f.body);
      return r;
    };
  }
  constructor(body = null, init = {}) {
    if (body === kNew) return;
    if (init === null || typeof init !== "object") init = {};
    const status = init.status !== undefined ? Number(init.status) : 200;
    checkStatus(status);
    if (init.statusText !== undefined && /[^\t\x20-\x7e\x80-\xff]/.test(String(init.statusText))) {
      throw new TypeError("Invalid statusText");
    }
    this.#status = status;
    this.#statusText = init.statusText !== undefined ? String(init.statusText) : "";
    this.#headers = copyHeaders(init.headers, "response");
    const [b, type] = extractBody(body);
    if (b && (status === 101 || status === 204 || status === 205 || status === 304)) {
      throw new TypeError("Response constructor: Invalid response status code " + status);
    }
    if (type && !this.#headers.has("content-type")) this.#headers.append("content-type", type);
    this.#state = new BodyState(b);
  }
  static error() {
    const r = makeResponse({ status: 0, statusText: "", headers: undefined, type: "error", body: null });
    return r;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError("Value is not JSON serializable");
    const r = new Response(text, init);
    r.#headers.set("content-type", "application/json");
    return r;
  }
  static redirect(url, status = 302) {
    const u = parseURL(url);
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError("Invalid status code " + status);
    const r = makeResponse({ status, statusText: "", headers: [["location", u]], type: "default", body: null });
    return r;
  }
  get status() { return this.#status; }
  get ok() { return this.#status >= 200 && this.#status <= 299; }
  get statusText() { return this.#statusText; }
  get headers() { return this.#headers; }
  get type() { return this.#type; }
  get url() { return this.#url; }
  get redirected() { return this.#redirected; }
  clone() {
    const s = this.#state;
    if (s.used || (s.stream && s.stream.locked)) throw new TypeError("Response.clone: Body has already been consumed.");
    let body = s.body;
    if (body && body.net) {
      const [a, b] = tee(body.net);
      s.body = { net: a };
      s.stream = null;
      body = { net: b };
    }
    return makeResponse({
      status: this.#status, statusText: this.#statusText, headers: this.#headers,
      type: this.#type, url: this.#url, redirected: this.#redirected, body,
    });
  }
}
bodyMethods(Response, (r) => responseState(r), "Response");
tag(Response, "Response");

// ---- fetch ----

function fetchFailed(cause) {
  const e = new TypeError("fetch failed");
  e.cause = cause;
  return e;
}

function goError(info) {
  const e = new Error(info.message);
  if (info.code) {
    e.code = info.code;
    if (info.errno !== undefined) e.errno = info.errno;
    if (info.syscall) e.syscall = info.syscall;
    if (info.address) { e.address = info.address; e.port = info.port; }
  }
  return e;
}

function fetch(input, init = undefined) {
  let req;
  try {
    req = new Request(input, init);
  } catch (e) {
    return Promise.reject(e);
  }
  const signal = req.signal;
  if (signal.aborted) return Promise.reject(signal.reason);
  return req.bytes().then((bodyBytes) => new Promise((resolve, reject) => {
    const headers = [];
    req.headers.forEach((v, k) => headers.push(k, v));
    for (const v of req.headers.getSetCookie()) headers.push("set-cookie", v);
    const hasBody = requestState(req).body !== null;
    let response = null;
    const handle = natives.send(req.method, req.url, headers, hasBody ? bodyBytes : null, req.redirect, (err, f) => {
      signal.removeEventListener("abort", onAbort);
      if (err) return reject(fetchFailed(goError(err)));
      const net = f.body;
      response = makeResponse({
        status: f.status, statusText: f.statusText, headers: f.headers, type: "basic",
        url: f.url, redirected: f.redirected, body: req.method === "HEAD" || net === null ? null : { net },
      });
      if (net === null) {
        resolve(response);
        return;
      }
      // An abort after the response errors its body.
      signal.addEventListener("abort", () => net.abort({ reason: signal.reason }), { once: true });
      resolve(response);
    });
    function onAbort() {
      handle.abort();
      reject(signal.reason);
    }
    signal.addEventListener("abort", onAbort, { once: true });
  }));
}

return { fetch, Headers, Request, Response };
