(function (b) {
	"use strict";
	const kCapture = Symbol("kCapture");
	const errorMonitor = Symbol("events.errorMonitor");
	const captureRejectionSymbol = Symbol.for("nodejs.rejection");
	let defaultMaxListeners = 10;

	function checkListener(listener) {
		if (typeof listener !== "function") throw b.argType("listener", "function", listener);
	}

	function EventEmitter(opts) {
		EventEmitter.init.call(this, opts);
	}
	EventEmitter.prototype._events = undefined;
	EventEmitter.prototype._eventsCount = 0;
	EventEmitter.prototype._maxListeners = undefined;

	EventEmitter.init = function (opts) {
		if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
			this._events = Object.create(null);
			this._eventsCount = 0;
		}
		this._maxListeners = this._maxListeners || undefined;
		if (opts && opts.captureRejections !== undefined) {
			if (typeof opts.captureRejections !== "boolean") throw b.argType("options.captureRejections", "boolean", opts.captureRejections);
			this[kCapture] = opts.captureRejections;
		}
	};

	Object.defineProperty(EventEmitter, "defaultMaxListeners", {
		enumerable: true,
		get() { return defaultMaxListeners; },
		set(n) {
			if (typeof n !== "number" || n < 0 || Number.isNaN(n)) throw b.outOfRange("defaultMaxListeners", "a non-negative number", n);
			defaultMaxListeners = n;
		},
	});

	const proto = EventEmitter.prototype;
	proto.setMaxListeners = function setMaxListeners(n) {
		if (typeof n !== "number" || n < 0 || Number.isNaN(n)) throw b.outOfRange("n", "a non-negative number", n);
		this._maxListeners = n;
		return this;
	};
	proto.getMaxListeners = function getMaxListeners() {
		return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
	};

	proto.emit = function emit(type, ...args) {
		const events = this._events;
		if (type === "error" && events !== undefined && events[errorMonitor] !== undefined) this.emit(errorMonitor, ...args);
		const handler = events === undefined ? undefined : events[type];
		if (handler === undefined) {
			if (type === "error") {
				const er = args[0];
				if (er instanceof Error) throw er;
				const err = new Error("Unhandled error. (" + b.inspect(er) + ")");
				err.code = "ERR_UNHANDLED_ERROR";
				err.context = er;
				throw err;
			}
			return false;
		}
		if (typeof handler === "function") {
			callListener(this, handler, args);
		} else {
			const listeners = handler.slice();
			for (let i = 0; i < listeners.length; i++) callListener(this, listeners[i], args);
		}
		return true;
	};

	function callListener(target, fn, args) {
		const result = Reflect.apply(fn, target, args);
		if (target[kCapture] && result !== undefined && result !== null && typeof result.then === "function") {
			result.then(undefined, (err) => {
				queueMicrotask(() => {
					if (typeof target[captureRejectionSymbol] === "function") target[captureRejectionSymbol](err, args[0]);
					else target.emit("error", err);
				});
			});
		}
	}

	function addListener(target, type, listener, prepend) {
		checkListener(listener);
		let events = target._events;
		if (events === undefined) {
			events = target._events = Object.create(null);
			target._eventsCount = 0;
		} else if (events.newListener !== undefined) {
			target.emit("newListener", type, listener.listener ? listener.listener : listener);
			events = target._events;
		}
		const existing = events[type];
		if (existing === undefined) {
			events[type] = listener;
			target._eventsCount++;
		} else {
			const list = typeof existing === "function" ? [existing] : existing;
			if (prepend) list.unshift(listener);
			else list.push(listener);
			events[type] = list;
			const m = target.getMaxListeners();
			if (m > 0 && list.length > m && !list.warned) {
				list.warned = true;
				b.warn("MaxListenersExceededWarning: Possible EventEmitter memory leak detected. " + list.length + " " + String(type) +
					" listeners added to " + b.inspect(target, true) + ". MaxListeners is " + m + ". Use emitter.setMaxListeners() to increase limit");
			}
		}
		return target;
	}

	proto.addListener = function addListener_(type, listener) { return addListener(this, type, listener, false); };
	proto.on = proto.addListener;
	proto.prependListener = function prependListener(type, listener) { return addListener(this, type, listener, true); };

	function onceWrapper(target, type, listener) {
		const state = { fired: false, target, type, listener };
		const wrapped = function (...args) {
			if (!state.fired) {
				state.target.removeListener(state.type, wrapped);
				state.fired = true;
				return Reflect.apply(state.listener, state.target, args);
			}
		};
		wrapped.listener = listener;
		return wrapped;
	}
	proto.once = function once(type, listener) {
		checkListener(listener);
		this.on(type, onceWrapper(this, type, listener));
		return this;
	};
	proto.prependOnceListener = function prependOnceListener(type, listener) {
		checkListener(listener);
		this.prependListener(type, onceWrapper(this, type, listener));
		return this;
	};

	proto.removeListener = function removeListener(type, listener) {
		checkListener(listener);
		const events = this._events;
		if (events === undefined) return this;
		const list = events[type];
		if (list === undefined) return this;
		if (list === listener || list.listener === listener) {
			if (--this._eventsCount === 0) this._events = Object.create(null);
			else delete events[type];
			if (events.removeListener !== undefined) this.emit("removeListener", type, list.listener || listener);
		} else if (typeof list !== "function") {
			let pos = -1;
			for (let i = list.length - 1; i >= 0; i--) {
				if (list[i] === listener || list[i].listener === listener) {
					pos = i;
					break;
				}
			}
			if (pos < 0) return this;
			const removed = list[pos];
			list.splice(pos, 1);
			if (list.length === 1) events[type] = list[0];
			if (events.removeListener !== undefined) this.emit("removeListener", type, removed.listener || listener);
		}
		return this;
	};
	proto.off = proto.removeListener;

	proto.removeAllListeners = function removeAllListeners(type) {
		const events = this._events;
		if (events === undefined) return this;
		if (events.removeListener === undefined) {
			if (arguments.length === 0) {
				this._events = Object.create(null);
				this._eventsCount = 0;
			} else if (events[type] !== undefined) {
				if (--this._eventsCount === 0) this._events = Object.create(null);
				else delete events[type];
			}
			return this;
		}
		if (arguments.length === 0) {
			for (const key of Reflect.ownKeys(events)) {
				if (key !== "removeListener") this.removeAllListeners(key);
			}
			this.removeAllListeners("removeListener");
			this._events = Object.create(null);
			this._eventsCount = 0;
			return this;
		}
		const listeners = events[type];
		if (typeof listeners === "function") this.removeListener(type, listeners);
		else if (listeners !== undefined) {
			for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
		}
		return this;
	};

	function listeners(target, type, unwrap) {
		const events = target._events;
		if (events === undefined) return [];
		const l = events[type];
		if (l === undefined) return [];
		if (typeof l === "function") return unwrap ? [l.listener || l] : [l];
		return unwrap ? l.map((f) => f.listener || f) : l.slice();
	}
	proto.listeners = function (type) { return listeners(this, type, true); };
	proto.rawListeners = function (type) { return listeners(this, type, false); };
	proto.listenerCount = function listenerCount(type, listener) {
		const events = this._events;
		if (events === undefined || events[type] === undefined) return 0;
		const l = events[type];
		if (listener != null) {
			const all = typeof l === "function" ? [l] : l;
			return all.filter((f) => f === listener || f.listener === listener).length;
		}
		return typeof l === "function" ? 1 : l.length;
	};
	proto.eventNames = function eventNames() {
		return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
	};

	function abortError(signal) {
		const err = new Error("The operation was aborted");
		err.name = "AbortError";
		err.code = "ABORT_ERR";
		if (signal && signal.reason !== undefined) err.cause = signal.reason;
		return err;
	}

	function once(emitter, name, options = {}) {
		const signal = options ? options.signal : undefined;
		if (signal && signal.aborted) return Promise.reject(abortError(signal));
		return new Promise((resolve, reject) => {
			const errorListener = (err) => {
				emitter.removeListener(name, resolver);
				if (signal) signal.removeEventListener("abort", abortListener);
				reject(err);
			};
			const resolver = (...args) => {
				if (name !== "error") emitter.removeListener("error", errorListener);
				if (signal) signal.removeEventListener("abort", abortListener);
				resolve(args);
			};
			const abortListener = () => {
				emitter.removeListener(name, resolver);
				emitter.removeListener("error", errorListener);
				reject(abortError(signal));
			};
			if (typeof emitter.addEventListener === "function" && typeof emitter.once !== "function") {
				emitter.addEventListener(name, (...args) => resolve(args), { once: true });
			} else {
				emitter.once(name, resolver);
				if (name !== "error") emitter.once("error", errorListener);
			}
			if (signal) signal.addEventListener("abort", abortListener, { once: true });
		});
	}

	function on(emitter, event, options = {}) {
		const queue = [];
		const waiting = [];
		let error = null;
		let done = false;
		const handler = (...args) => {
			if (waiting.length) waiting.shift().resolve({ value: args, done: false });
			else queue.push(args);
		};
		const errorHandler = (err) => {
			done = true;
			if (waiting.length) waiting.shift().reject(err);
			else error = err;
			iterator.return();
		};
		emitter.on(event, handler);
		if (event !== "error") emitter.on("error", errorHandler);
		const iterator = {
			next() {
				if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
				if (error) {
					const p = Promise.reject(error);
					error = null;
					return p;
				}
				if (done) return Promise.resolve({ value: undefined, done: true });
				return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
			},
			return() {
				emitter.removeListener(event, handler);
				emitter.removeListener("error", errorHandler);
				done = true;
				for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
				return Promise.resolve({ value: undefined, done: true });
			},
			throw(err) {
				error = err;
				emitter.removeListener(event, handler);
				emitter.removeListener("error", errorHandler);
				return Promise.reject(err);
			},
			[Symbol.asyncIterator]() { return this; },
		};
		const signal = options && options.signal;
		if (signal) signal.addEventListener("abort", () => errorHandler(abortError(signal)), { once: true });
		return iterator;
	}

	EventEmitter.EventEmitter = EventEmitter;
	EventEmitter.usingDomains = false;
	EventEmitter.captureRejectionSymbol = captureRejectionSymbol;
	EventEmitter.errorMonitor = errorMonitor;
	Object.defineProperty(EventEmitter, "captureRejections", {
		enumerable: true,
		get() { return !!proto[kCapture]; },
		set(v) { proto[kCapture] = !!v; },
	});
	EventEmitter.once = once;
	EventEmitter.on = on;
	EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
	EventEmitter.getEventListeners = (emitter, type) => typeof emitter.listeners === "function" ? emitter.listeners(type) : [];
	EventEmitter.setMaxListeners = (n = defaultMaxListeners, ...targets) => {
		if (targets.length === 0) defaultMaxListeners = n;
		for (const t of targets) t.setMaxListeners(n);
	};
	return EventEmitter;
})
