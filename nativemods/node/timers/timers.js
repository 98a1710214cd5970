(function (b) {
	"use strict";
	const { setImmediate: webSetImmediate, clearImmediate: webClearImmediate } = b.immediate;
	const gSetTimeout = globalThis.setTimeout;
	const gClearTimeout = globalThis.clearTimeout;
	const kId = Symbol("timerId");

	function checkCallback(cb) {
		if (typeof cb !== "function") throw b.argType("callback", "function", cb);
	}

	// A Timeout is what node's setTimeout and setInterval return: the
	// loop's timer id (its primitive value) with ref/unref/refresh.
	class Timeout {
		constructor(cb, ms, args, repeat) {
			ms = Number(ms);
			if (!(ms >= 1 && ms <= 2147483647)) ms = 1;
			this._idleTimeout = ms;
			this._onTimeout = cb;
			this._timerArgs = args;
			this._repeat = repeat ? ms : null;
			this._destroyed = false;
			this._ref = true;
			this._start();
		}
		_start() {
			const run = () => {
				if (this._repeat === null) this._destroyed = true;
				else this[kId] = gSetTimeout(run, this._repeat);
				Reflect.apply(this._onTimeout, this, this._timerArgs);
			};
			this[kId] = gSetTimeout(run, this._idleTimeout);
		}
		ref() {
			this._ref = true;
			return this;
		}
		// unref is recorded, but the timer still keeps the program alive.
		unref() {
			this._ref = false;
			return this;
		}
		hasRef() {
			return this._ref;
		}
		refresh() {
			if (!this._destroyed) {
				gClearTimeout(this[kId]);
				this._start();
			}
			return this;
		}
		close() {
			clearTimeout(this);
			return this;
		}
		[Symbol.toPrimitive]() {
			return this[kId];
		}
	}

	const byId = new Map();

	function setTimeout(cb, ms, ...args) {
		checkCallback(cb);
		const t = new Timeout(cb, ms, args, false);
		byId.set(t[kId], t);
		return t;
	}
	function setInterval(cb, ms, ...args) {
		checkCallback(cb);
		const t = new Timeout(cb, ms, args, true);
		byId.set(t[kId], t);
		return t;
	}
	function clearTimeout(t) {
		if (t instanceof Timeout) {
			t._destroyed = true;
			gClearTimeout(t[kId]);
		} else if (typeof t === "number" || typeof t === "string") {
			const x = byId.get(Number(t));
			if (x) clearTimeout(x);
			else gClearTimeout(Number(t));
		}
	}

	class Immediate {
		constructor(cb, args) {
			this._onImmediate = cb;
			this._ref = true;
			this._handle = webSetImmediate(() => Reflect.apply(cb, this, args));
		}
		ref() {
			this._ref = true;
			return this;
		}
		unref() {
			this._ref = false;
			return this;
		}
		hasRef() {
			return this._ref;
		}
	}
	function setImmediate(cb, ...args) {
		checkCallback(cb);
		return new Immediate(cb, args);
	}
	function clearImmediate(i) {
		if (i instanceof Immediate) webClearImmediate(i._handle);
	}

	// ---- timers/promises ----

	function abortError(signal) {
		const e = new Error("The operation was aborted", { cause: signal.reason });
		e.name = "AbortError";
		e.code = "ABORT_ERR";
		return e;
	}

	function checkOptions(options) {
		if (options === null || typeof options !== "object") throw b.argType("options", "object", options);
		const { signal, ref } = options;
		if (signal !== undefined && (signal === null || typeof signal !== "object" || !("aborted" in signal))) throw b.argType("options.signal", "an instance of AbortSignal", signal);
		if (ref !== undefined && typeof ref !== "boolean") throw b.argType("options.ref", "boolean", ref);
		return signal;
	}

	// settle resolves to value once schedule's callback runs, or rejects
	// when options.signal aborts first (cancel then drops the timer).
	function settle(schedule, cancel, value, options) {
		let signal;
		try {
			signal = checkOptions(options);
		} catch (e) {
			return Promise.reject(e);
		}
		if (signal && signal.aborted) return Promise.reject(abortError(signal));
		return new Promise((resolve, reject) => {
			let onAbort;
			const h = schedule(() => {
				if (signal) signal.removeEventListener("abort", onAbort);
				resolve(value);
			});
			if (signal) {
				onAbort = () => {
					cancel(h);
					reject(abortError(signal));
				};
				signal.addEventListener("abort", onAbort, { once: true });
			}
		});
	}

	function pSetTimeout(ms, value, options = {}) {
		return settle((cb) => setTimeout(cb, ms), clearTimeout, value, options);
	}

	function pSetImmediate(value, options = {}) {
		return settle(setImmediate, clearImmediate, value, options);
	}

	// pSetInterval returns an async iterator yielding value every ms
	// (written out: the engine compiling this file has no async
	// generators). Ticks that pass while the consumer is busy are counted
	// and handed out as next() is called.
	function pSetInterval(ms, value, options = {}) {
		const signal = checkOptions(options);
		let pending = 0;
		let waiter = null;
		let done = false;
		let t = null;
		const finish = () => {
			done = true;
			if (t !== null) clearInterval(t);
			if (signal) signal.removeEventListener("abort", onAbort);
		};
		const onAbort = () => {
			finish();
			if (waiter) {
				waiter.reject(abortError(signal));
				waiter = null;
			}
		};
		if (!(signal && signal.aborted)) {
			t = setInterval(() => {
				if (waiter) {
					waiter.resolve({ value, done: false });
					waiter = null;
				} else pending++;
			}, ms);
			if (signal) signal.addEventListener("abort", onAbort, { once: true });
		}
		const it = {
			next() {
				if (signal && signal.aborted) {
					finish();
					return Promise.reject(abortError(signal));
				}
				if (done) return Promise.resolve({ value: undefined, done: true });
				if (pending > 0) {
					pending--;
					return Promise.resolve({ value, done: false });
				}
				return new Promise((resolve, reject) => (waiter = { resolve, reject }));
			},
			return() {
				finish();
				return Promise.resolve({ value: undefined, done: true });
			},
			[Symbol.asyncIterator]() {
				return this;
			},
		};
		return it;
	}

	const scheduler = {
		wait: (delay, options) => pSetTimeout(delay, undefined, options),
		yield: () => pSetImmediate(),
	};

	const clearInterval = clearTimeout;
	return {
		timers: { setTimeout, clearTimeout, setInterval, clearInterval, setImmediate, clearImmediate },
		promises: { setTimeout: pSetTimeout, setImmediate: pSetImmediate, setInterval: pSetInterval, scheduler },
	};
});
