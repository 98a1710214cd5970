// AbortController and AbortSignal as node 20 has them.

const { EventTarget, Event, DOMException } = natives.require("web:events");

let constructing = false;
let isSignal; // (s) => s is an AbortSignal; set once the class is defined

function checkSignal(s) {
  if (s === null || typeof s !== "object" || !isSignal(s)) throw invalidThis("AbortSignal");
}

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  #onabortListener = null;

  constructor() {
    if (!constructing) throw illegalConstructor();
    super();
  }
  static _is(s) { return #aborted in s; }

  get aborted() { checkSignal(this); return this.#aborted; }
  get reason() { checkSignal(this); return this.#reason; }
  throwIfAborted() {
    checkSignal(this);
    if (this.#aborted) throw this.#reason;
  }
  get onabort() { checkSignal(this); return this.#onabort; }
  set onabort(fn) {
    checkSignal(this);
    const handler = typeof fn === "function" || (fn !== null && typeof fn === "object") ? fn : null;
    if (handler && !this.#onabortListener) {
      // The handler keeps the place it was first set at among the listeners.
      this.#onabortListener = (e) => {
        const h = this.#onabort;
        if (typeof h === "function") return h.call(this, e);
      };
      this.addEventListener("abort", this.#onabortListener);
    } else if (!handler && this.#onabortListener) {
      this.removeEventListener("abort", this.#onabortListener);
      this.#onabortListener = null;
    }
    this.#onabort = handler;
  }

  static abort(reason = new DOMException("This operation was aborted", "AbortError")) {
    const s = newSignal();
    s.#aborted = true;
    s.#reason = reason;
    return s;
  }

  static timeout(delay) {
    if (typeof delay !== "number") throw argTypeError("delay", "of type number", delay);
    if (!Number.isInteger(delay)) {
      throw codedError(RangeError, "ERR_OUT_OF_RANGE", 'The value of "delay" is out of range. It must be an integer. Received ' + delay);
    }
    if (delay < 0 || delay > 4294967295) {
      throw codedError(RangeError, "ERR_OUT_OF_RANGE", 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received ' + delay);
    }
    const s = newSignal();
    // The timer does not keep the program alive, as in node.
    natives.unrefTimer(delay, () => {
      signalAbort(s, new DOMException("The operation was aborted due to timeout", "TimeoutError"));
    });
    return s;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw argTypeError("signals", "an instance of Array", signals);
    signals.forEach((s, i) => {
      if (s === null || typeof s !== "object" || !isSignal(s)) {
        throw argTypeError("signals[" + i + "]", "an instance of AbortSignal", s);
      }
    });
    const res = newSignal();
    for (const s of signals) {
      if (s.#aborted) {
        res.#aborted = true;
        res.#reason = s.#reason;
        return res;
      }
    }
    for (const s of signals) {
      s.addEventListener("abort", () => signalAbort(res, s.#reason), { once: true });
    }
    return res;
  }

  static _abort(s, reason) {
    if (s.#aborted) return;
    s.#aborted = true;
    s.#reason = reason;
    s.dispatchEvent(new Event("abort"));
  }
}
const signalAbort = AbortSignal._abort;
isSignal = AbortSignal._is;
delete AbortSignal._abort;
delete AbortSignal._is;
tag(AbortSignal, "AbortSignal");

function newSignal() {
  constructing = true;
  try {
    return new AbortSignal();
  } finally {
    constructing = false;
  }
}

class AbortController {
  #signal = newSignal();
  get signal() { return this.#signal; }
  abort(reason = new DOMException("This operation was aborted", "AbortError")) {
    signalAbort(this.#signal, reason);
  }
}
tag(AbortController, "AbortController");

return { AbortController, AbortSignal };
