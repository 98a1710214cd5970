// A readable byte stream with the parts of WHATWG's ReadableStream that
// code reading a body uses: getReader() with read(), releaseLock(),
// cancel() and closed; cancel(), locked, and async iteration (for await,
// values()). A module that needs it starts its source with this file
// (webjs.Streams); the class is not a global.

class ReadableStream {
  #pull; // () => Promise<Uint8Array | null>: the next chunk, null at the end
  #cancel; // (reason) => void
  #reader = null;
  #state = "readable"; // "closed", "errored"
  #error;
  constructor(source) {
    if (source === null || typeof source !== "object" || typeof source._pull !== "function") throw illegalConstructor();
    this.#pull = source._pull;
    this.#cancel = source._cancel || (() => {});
  }
  get locked() { return this.#reader !== null; }
  getReader(options = undefined) {
    if (options != null && options.mode !== undefined) {
      throw codedError(RangeError, "ERR_INVALID_ARG_VALUE", "The argument 'options.mode' is invalid. Received '" + options.mode + "'");
    }
    if (this.#reader) throw codedError(TypeError, "ERR_INVALID_STATE", "Invalid state: ReadableStream is locked");
    this.#reader = new ReadableStreamDefaultReader(kInternal, this);
    return this.#reader;
  }
  cancel(reason) {
    if (this.#reader) return Promise.reject(codedError(TypeError, "ERR_INVALID_STATE", "Invalid state: ReadableStream is locked"));
    return ReadableStream._cancel(this, reason);
  }
  values(options = undefined) {
    const reader = this.getReader();
    const preventCancel = !!(options && options.preventCancel);
    return {
      next: () => reader.read(),
      return: (value) => {
        const done = { done: true, value };
        if (preventCancel) { reader.releaseLock(); return Promise.resolve(done); }
        return reader.cancel(value).then(() => { reader.releaseLock(); return done; });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
  [Symbol.asyncIterator](options) { return this.values(options); }

  static _read(s) {
    if (s.#state === "closed") return Promise.resolve({ value: undefined, done: true });
    if (s.#state === "errored") return Promise.reject(s.#error);
    return s.#pull().then((chunk) => {
      if (chunk === null) {
        s.#state = "closed";
        return { value: undefined, done: true };
      }
      return { value: chunk, done: false };
    }, (err) => {
      s.#state = "errored";
      s.#error = err;
      throw err;
    });
  }
  static _cancel(s, reason) {
    if (s.#state === "closed") return Promise.resolve();
    if (s.#state === "errored") return Promise.reject(s.#error);
    s.#state = "closed";
    s.#cancel(reason);
    return Promise.resolve();
  }
  static _release(s) { s.#reader = null; }
  static _state(s) { return s.#state; }
}
tag(ReadableStream, "ReadableStream");
const streamRead = ReadableStream._read, streamCancel = ReadableStream._cancel;
const streamRelease = ReadableStream._release, streamState = ReadableStream._state;
delete ReadableStream._read; delete ReadableStream._cancel; delete ReadableStream._release; delete ReadableStream._state;

const kInternal = Symbol("internal");

class ReadableStreamDefaultReader {
  #stream;
  #pending = Promise.resolve();
  constructor(key, stream) {
    if (key !== kInternal) throw illegalConstructor();
    this.#stream = stream;
  }
  read() {
    if (!this.#stream) return Promise.reject(codedError(TypeError, "ERR_INVALID_STATE", "Invalid state: The reader is not attached to a stream"));
    // Reads are served in order, one chunk each.
    const s = this.#stream;
    const p = this.#pending.then(() => streamRead(s));
    this.#pending = p.then(() => {}, () => {});
    return p;
  }
  releaseLock() {
    if (!this.#stream) return;
    streamRelease(this.#stream);
    this.#stream = null;
  }
  cancel(reason) {
    if (!this.#stream) return Promise.reject(codedError(TypeError, "ERR_INVALID_STATE", "Invalid state: The reader is not attached to a stream"));
    return streamCancel(this.#stream, reason);
  }
  get closed() {
    const s = this.#stream;
    if (!s) return Promise.resolve();
    return this.#pending.then(() => (streamState(s) === "errored" ? streamRead(s) : undefined)).then(() => undefined);
  }
}
tag(ReadableStreamDefaultReader, "ReadableStreamDefaultReader");

// streamOf returns a stream whose chunks pull() gives, null ending it.
function streamOf(pull, cancel) {
  return new ReadableStream({ _pull: pull, _cancel: cancel });
}

// streamFrom returns a stream of the bytes of one Uint8Array.
function streamFrom(bytes) {
  let sent = false;
  return streamOf(() => {
    if (sent || bytes.length === 0) return Promise.resolve(null);
    sent = true;
    return Promise.resolve(bytes);
  });
}
