// Event, EventTarget, CustomEvent and DOMException as node 20 has them.

const domCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

class DOMException extends Error {
  #name;
  constructor(message = "", options = "Error") {
    super(String(message));
    let name = options;
    if (options !== null && typeof options === "object") {
      name = "name" in options ? options.name : "Error";
      if ("cause" in options) {
        Object.defineProperty(this, "cause", { value: options.cause, writable: true, configurable: true });
      }
    }
    this.#name = String(name);
  }
  get name() { return this.#name; }
  get code() { return domCodes[this.#name] || 0; }
}
Object.defineProperty(DOMException.prototype, "name", { enumerable: true });
tag(DOMException, "DOMException");
for (const [k, v] of Object.entries(domCodes)) {
  const c = k.replace(/[A-Z]/g, (m, i) => (i ? "_" : "") + m).toUpperCase().replace(/_ERROR$/, "_ERR");
  Object.defineProperty(DOMException, c, { value: v, enumerable: true });
  Object.defineProperty(DOMException.prototype, c, { value: v, enumerable: true });
}

let timeOrigin = Date.now();
const now = typeof performance === "object" && performance.now ? () => performance.now() : () => Date.now() - timeOrigin;

class Event {
  #type; #bubbles; #cancelable; #composed;
  #defaultPrevented = false;
  #timeStamp = now();
  #target = null;
  #currentTarget = null;
  #phase = 0;
  #stopped = false;
  #stoppedNow = false;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs("type");
    if (options != null && typeof options !== "object" && typeof options !== "function") {
      throw argTypeError("options", "of type object", options);
    }
    this.#type = String(type);
    this.#bubbles = !!(options && options.bubbles);
    this.#cancelable = !!(options && options.cancelable);
    this.#composed = !!(options && options.composed);
  }
  static #check(e) {
    if (e === null || typeof e !== "object" || !(#type in e)) throw invalidThis("Event");
  }
  get type() { Event.#check(this); return this.#type; }
  get bubbles() { Event.#check(this); return this.#bubbles; }
  get cancelable() { Event.#check(this); return this.#cancelable; }
  get composed() { Event.#check(this); return this.#composed; }
  get defaultPrevented() { Event.#check(this); return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { Event.#check(this); return this.#timeStamp; }
  get target() { Event.#check(this); return this.#target; }
  get currentTarget() { Event.#check(this); return this.#currentTarget; }
  get srcElement() { Event.#check(this); return this.#target; }
  get eventPhase() { Event.#check(this); return this.#phase; }
  get isTrusted() { return false; }
  get returnValue() { Event.#check(this); return !this.defaultPrevented; }
  get cancelBubble() { Event.#check(this); return this.#stopped; }
  set cancelBubble(v) { Event.#check(this); if (v) this.#stopped = true; }
  composedPath() { Event.#check(this); return this.#dispatching ? [this.#currentTarget] : []; }
  preventDefault() { Event.#check(this); this.#defaultPrevented = true; }
  stopPropagation() { Event.#check(this); this.#stopped = true; }
  stopImmediatePropagation() { Event.#check(this); this.#stopped = true; this.#stoppedNow = true; }

  // The dispatch algorithm's access to an event's state.
  static _begin(e, target) {
    if (e.#dispatching) throw codedError(Error, "ERR_EVENT_RECURSION", 'The event "' + e.#type + '" is already being dispatched');
    e.#dispatching = true;
    e.#target = target;
    e.#currentTarget = target;
    e.#phase = 2;
  }
  static _end(e) {
    e.#dispatching = false;
    e.#currentTarget = null;
    e.#phase = 0;
    e.#stoppedNow = false;
  }
  static _stoppedNow(e) { return e.#stoppedNow; }
  static _isEvent(e) { return e !== null && typeof e === "object" && #type in e; }
}
for (const [k, v] of [["NONE", 0], ["CAPTURING_PHASE", 1], ["AT_TARGET", 2], ["BUBBLING_PHASE", 3]]) {
  Object.defineProperty(Event, k, { value: v, enumerable: true });
}
const evBegin = Event._begin, evEnd = Event._end, isEvent = Event._isEvent, stoppedNow = Event._stoppedNow;
delete Event._begin; delete Event._end; delete Event._isEvent; delete Event._stoppedNow;
tag(Event, "Event");

class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs("type");
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() {
    if (this === null || typeof this !== "object" || !(#detail in this)) throw invalidThis("CustomEvent");
    return this.#detail;
  }
}
tag(CustomEvent, "CustomEvent");

function flatten(options) {
  if (typeof options === "boolean" || options == null) return { capture: !!options };
  if (typeof options !== "object") return { capture: !!options };
  return {
    capture: !!options.capture,
    once: !!options.once,
    passive: !!options.passive,
    signal: options.signal,
  };
}

// reportError hands an exception thrown by a listener to the runtime's
// uncaught-exception path, after the dispatch, as node does.
function reportError(err) {
  queueMicrotask(() => { throw err; });
}

class EventTarget {
  // #listeners maps a type to its list of {listener, capture, once, passive, removed}.
  #listeners = new Map();

  static #is(o) { return o !== null && (typeof o === "object" || typeof o === "function") && #listeners in o; }

  addEventListener(type, listener, options = undefined) {
    if (!EventTarget.#is(this)) throw invalidThis("EventTarget");
    if (arguments.length < 2) throw missingArgs("type", "listener");
    const { capture, once, passive, signal } = flatten(options);
    if (listener == null) return;
    if (typeof listener !== "function" && typeof listener !== "object") {
      throw argTypeError("listener", "an instance of EventListener", listener);
    }
    if (signal !== undefined && (signal === null || typeof signal !== "object" || typeof signal.aborted !== "boolean")) {
      throw argTypeError("options.signal", "an instance of AbortSignal", signal);
    }
    if (signal && signal.aborted) return;
    type = String(type);
    let list = this.#listeners.get(type);
    if (!list) this.#listeners.set(type, (list = []));
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const entry = { listener, capture, once, passive, removed: false };
    list.push(entry);
    if (signal) {
      signal.addEventListener("abort", () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    if (!EventTarget.#is(this)) throw invalidThis("EventTarget");
    if (arguments.length < 2) throw missingArgs("type", "listener");
    const capture = flatten(options).capture;
    type = String(type);
    const list = this.#listeners.get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i < 0) return;
    list[i].removed = true;
    list.splice(i, 1);
    if (list.length === 0) this.#listeners.delete(type);
  }

  dispatchEvent(event) {
    if (!EventTarget.#is(this)) throw invalidThis("EventTarget");
    if (arguments.length < 1) throw missingArgs("event");
    if (!isEvent(event)) throw argTypeError("event", "an instance of Event", event);
    evBegin(event, this);
    try {
      const list = this.#listeners.get(event.type);
      if (list) {
        for (const l of list.slice()) {
          if (l.removed) continue;
          if (l.once) this.removeEventListener(event.type, l.listener, { capture: l.capture });
          try {
            let result;
            if (typeof l.listener === "function") {
              result = l.listener.call(this, event);
            } else if (typeof l.listener.handleEvent === "function") {
              result = l.listener.handleEvent(event);
            }
            if (result !== undefined && result !== null && typeof result.then === "function") {
              result.then(undefined, reportError);
            }
          } catch (err) {
            reportError(err);
          }
          if (stoppedNow(event)) break;
        }
      }
    } finally {
      evEnd(event);
    }
    return !event.defaultPrevented;
  }
}
tag(EventTarget, "EventTarget");

return { Event, EventTarget, CustomEvent, DOMException };
