// Blob as node 20 has it: immutable bytes with a type.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function bytesOf(part) {
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  if (isBlob(part)) return blobBytes(part);
  return encoder.encode(String(part));
}

function normalType(t) {
  t = String(t);
  return /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : "";
}

let isBlob, blobBytes;

class Blob {
  #bytes;
  #type;
  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== "object" || typeof sources[Symbol.iterator] !== "function") {
      throw argTypeError("sources", "a sequence", sources);
    }
    if (options != null && typeof options !== "object" && typeof options !== "function") {
      throw argTypeError("options", "a dictionary", options);
    }
    const parts = [];
    let size = 0;
    for (const s of sources) {
      let b = bytesOf(s);
      if (options && options.endings === "native" && typeof s === "string") b = encoder.encode(s.replace(/\r\n?/g, "\n"));
      parts.push(b);
      size += b.length;
    }
    const bytes = new Uint8Array(size);
    let off = 0;
    for (const p of parts) {
      bytes.set(p, off);
      off += p.length;
    }
    this.#bytes = bytes;
    this.#type = options && options.type !== undefined ? normalType(options.type) : "";
  }
  static {
    isBlob = (b) => b !== null && typeof b === "object" && #bytes in b;
    blobBytes = (b) => b.#bytes;
  }
  static #check(b) { if (!isBlob(b)) throw invalidThis("Blob"); }

  get size() { Blob.#check(this); return this.#bytes.length; }
  get type() { Blob.#check(this); return this.#type; }
  slice(start = 0, end = undefined, contentType = "") {
    Blob.#check(this);
    const n = this.#bytes.length;
    const clamp = (v, d) => {
      if (v === undefined) return d;
      v = Math.trunc(Number(v)) || 0;
      return v < 0 ? Math.max(n + v, 0) : Math.min(v, n);
    };
    const s = clamp(start, 0), e = clamp(end, n);
    const b = new Blob([this.#bytes.subarray(s, Math.max(s, e))], { type: contentType });
    return b;
  }
  text() {
    if (!isBlob(this)) return Promise.reject(invalidThis("Blob"));
    return Promise.resolve(decoder.decode(this.#bytes));
  }
  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(invalidThis("Blob"));
    return Promise.resolve(this.#bytes.slice().buffer);
  }
  bytes() {
    if (!isBlob(this)) return Promise.reject(invalidThis("Blob"));
    return Promise.resolve(this.#bytes.slice());
  }
  stream() {
    Blob.#check(this);
    return streamFrom(this.#bytes.slice());
  }
}
tag(Blob, "Blob");

class File extends Blob {
  #name;
  #lastModified;
  constructor(fileBits, fileName, options = undefined) {
    if (arguments.length < 2) throw missingArgs("fileBits", "fileName");
    super(fileBits, options);
    this.#name = String(fileName);
    this.#lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
  }
  static #check(f) {
    if (f === null || typeof f !== "object" || !(#name in f)) throw invalidThis("File");
  }
  get name() { File.#check(this); return this.#name; }
  get lastModified() { File.#check(this); return this.#lastModified; }
}
tag(File, "File");

return { Blob, File };
