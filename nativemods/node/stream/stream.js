(function (b) {
	"use strict";
	// b holds EventEmitter, Buffer, StringDecoder, nextTick and the error
	// makers of the Go half.
	const EE = b.EventEmitter;
	const Buffer = b.Buffer;
	const nextTick = b.nextTick;

	function errInvalidArgType(name, expected, v) { return b.argType(name, expected, v); }
	function mkErr(ctor, code, msg) { return b.err(ctor, code, msg); }
	const notImplemented = (m) => mkErr("Error", "ERR_METHOD_NOT_IMPLEMENTED", "The " + m + " method is not implemented");
	const prematureClose = () => mkErr("Error", "ERR_STREAM_PREMATURE_CLOSE", "Premature close");

	function defaultHWM(objectMode) { return objectMode ? 16 : 16384; }
	function hwmOf(opts, key, duplexKey, objectMode) {
		let v = opts && opts.highWaterMark;
		if (v == null && opts && duplexKey) v = opts[duplexKey];
		if (v == null) return defaultHWM(objectMode);
		if (!Number.isInteger(v) || v < 0) throw b.invalidValue(key, v);
		return v;
	}

	// ---- Stream: the legacy base, an EventEmitter with pipe.

	function Stream(opts) { EE.call(this, opts); }
	Object.setPrototypeOf(Stream.prototype, EE.prototype);
	Object.setPrototypeOf(Stream, EE);
	Stream.prototype.pipe = function (dest, options) { return pipeFrom(this, dest, options); };

	// ---- destroy, shared by both sides.

	function destroy(err, cb) {
		const r = this._readableState;
		const w = this._writableState;
		const s = w || r;
		if ((w && w.destroyed) || (r && r.destroyed)) {
			if (typeof cb === "function") cb();
			return this;
		}
		if (err) {
			if (w && !w.errored) w.errored = err;
			if (r && !r.errored) r.errored = err;
		}
		if (w) w.destroyed = true;
		if (r) r.destroyed = true;
		const self = this;
		let called = false;
		function done(e) {
			if (called) return;
			called = true;
			if (e) {
				if (w && !w.errored) w.errored = e;
				if (r && !r.errored) r.errored = e;
			}
			if (w) w.closed = true;
			if (r) r.closed = true;
			if (typeof cb === "function") cb(e);
			nextTick(() => {
				if (e && !((w && w.errorEmitted) || (r && r.errorEmitted))) {
					if (w) w.errorEmitted = true;
					if (r) r.errorEmitted = true;
					self.emit("error", e);
				}
				if (s.emitClose) {
					if (w) w.closeEmitted = true;
					if (r) r.closeEmitted = true;
					self.emit("close");
				}
			});
		}
		try {
			this._destroy(err || null, done);
		} catch (e) {
			done(e);
		}
		return this;
	}

	// errorOrDestroy reports err: by destroying the stream when it destroys
	// itself on errors, else by emitting it.
	function errorOrDestroy(stream, err) {
		const r = stream._readableState;
		const w = stream._writableState;
		if ((w && w.destroyed) || (r && r.destroyed)) return;
		if ((r && r.autoDestroy) || (w && w.autoDestroy)) stream.destroy(err);
		else if (err) {
			if (w && !w.errored) w.errored = err;
			if (r && !r.errored) r.errored = err;
			nextTick(() => {
				if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
				if (w) w.errorEmitted = true;
				if (r) r.errorEmitted = true;
				stream.emit("error", err);
			});
		}
	}

	// ---- Readable.

	function ReadableState(opts, stream, isDuplex) {
		opts = opts || {};
		this.objectMode = !!(opts.objectMode || (isDuplex && opts.readableObjectMode));
		this.highWaterMark = hwmOf(opts, "options.highWaterMark", isDuplex && "readableHighWaterMark", this.objectMode);
		this.buffer = [];
		this.length = 0;
		this.pipes = [];
		this.flowing = null;
		this.ended = false;
		this.endEmitted = false;
		this.reading = false;
		this.sync = true;
		this.needReadable = false;
		this.emittedReadable = false;
		this.readableListening = false;
		this.resumeScheduled = false;
		this.readingMore = false;
		this.paused = null;
		this.emitClose = opts.emitClose !== false;
		this.autoDestroy = opts.autoDestroy !== false;
		this.destroyed = false;
		this.errored = null;
		this.closed = false;
		this.closeEmitted = false;
		this.errorEmitted = false;
		this.defaultEncoding = opts.defaultEncoding || "utf8";
		this.decoder = null;
		this.encoding = null;
		this.dataEmitted = false;
		if (opts.encoding) {
			this.decoder = new b.StringDecoder(opts.encoding);
			this.encoding = opts.encoding;
		}
	}

	function Readable(opts) {
		if (!(this instanceof Readable)) return new Readable(opts);
		const isDuplex = this instanceof Duplex;
		this._readableState = new ReadableState(opts, this, isDuplex);
		if (opts) {
			if (typeof opts.read === "function") this._read = opts.read;
			if (typeof opts.destroy === "function") this._destroy = opts.destroy;
		}
		Stream.call(this, opts);
	}
	Object.setPrototypeOf(Readable.prototype, Stream.prototype);
	Object.setPrototypeOf(Readable, Stream);
	Readable.ReadableState = ReadableState;
	const R = Readable.prototype;

	R.destroy = destroy;
	R._destroy = function (err, cb) { cb(err); };
	R._read = function () { throw notImplemented("_read()"); };

	R.push = function (chunk, encoding) { return addChunk(this, chunk, encoding, false); };
	R.unshift = function (chunk, encoding) { return addChunk(this, chunk, encoding, true); };

	function addChunk(stream, chunk, encoding, front) {
		const s = stream._readableState;
		if (chunk === null) {
			s.reading = false;
			onEof(stream, s);
			return false;
		}
		let isString = false;
		if (!s.objectMode) {
			if (typeof chunk === "string") {
				encoding = encoding || s.defaultEncoding;
				if (s.encoding && s.encoding === encoding) isString = true;
				else chunk = Buffer.from(chunk, encoding);
			} else if (chunk instanceof Uint8Array) {
				if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
			} else if (chunk !== undefined) {
				errorOrDestroy(stream, errInvalidArgType("chunk", "string or an instance of Buffer, TypedArray, or DataView", chunk));
				return false;
			}
		}
		if (chunk === undefined) return !s.ended && s.length < s.highWaterMark;
		if (front) {
			if (s.endEmitted) {
				errorOrDestroy(stream, mkErr("Error", "ERR_STREAM_UNSHIFT_AFTER_END_EVENT", "stream.unshift() after end event"));
				return false;
			}
			if (s.destroyed || s.errored) return false;
			if (s.decoder && !isString && !s.objectMode) chunk = s.decoder.write(chunk);
			s.buffer.unshift(chunk);
			s.length += s.objectMode ? 1 : chunk.length;
			if (s.needReadable) emitReadable(stream);
			maybeReadMore(stream, s);
			return !s.ended && s.length < s.highWaterMark;
		}
		if (s.ended) {
			errorOrDestroy(stream, mkErr("Error", "ERR_STREAM_PUSH_AFTER_EOF", "stream.push() after EOF"));
			return false;
		}
		if (s.destroyed || s.errored) return false;
		s.reading = false;
		if (s.decoder && !isString && !s.objectMode) {
			chunk = s.decoder.write(chunk);
			if (chunk.length === 0) {
				maybeReadMore(stream, s);
				return s.length < s.highWaterMark;
			}
		}
		if (!s.objectMode && chunk.length === 0) {
			maybeReadMore(stream, s);
			return s.length < s.highWaterMark;
		}
		if (s.flowing && s.length === 0 && !s.sync && stream.listenerCount("data") > 0) {
			s.dataEmitted = true;
			stream.emit("data", chunk);
		} else {
			s.length += s.objectMode ? 1 : chunk.length;
			s.buffer.push(chunk);
			if (s.needReadable) emitReadable(stream);
		}
		maybeReadMore(stream, s);
		return !s.ended && (s.length < s.highWaterMark || s.length === 0);
	}

	function onEof(stream, s) {
		if (s.ended) return;
		if (s.decoder) {
			const rest = s.decoder.end();
			if (rest && rest.length) {
				s.buffer.push(rest);
				s.length += s.objectMode ? 1 : rest.length;
			}
		}
		s.ended = true;
		if (s.sync) emitReadable(stream);
		else {
			s.needReadable = false;
			s.emittedReadable = true;
			emitReadableNow(stream);
		}
	}

	function emitReadable(stream) {
		const s = stream._readableState;
		s.needReadable = false;
		if (!s.emittedReadable) {
			s.emittedReadable = true;
			nextTick(emitReadableNow, stream);
		}
	}

	function emitReadableNow(stream) {
		const s = stream._readableState;
		if (!s.destroyed && !s.errored && (s.length || s.ended)) {
			stream.emit("readable");
			s.emittedReadable = false;
		}
		s.needReadable = !s.flowing && !s.ended && s.length <= s.highWaterMark;
		flow(stream);
	}

	function maybeReadMore(stream, s) {
		if (!s.readingMore) {
			s.readingMore = true;
			nextTick(() => {
				while (!s.reading && !s.ended && (s.length < s.highWaterMark || (s.flowing && s.length === 0))) {
					const before = s.length;
					stream.read(0);
					if (before === s.length) break;
				}
				s.readingMore = false;
			});
		}
	}

	// howMuch returns how much a read(n) may take now.
	function howMuch(n, s) {
		if (n <= 0 || (s.length === 0 && s.ended)) return 0;
		if (s.objectMode) return 1;
		if (Number.isNaN(n)) return s.flowing && s.length ? s.buffer[0].length : s.length;
		if (n <= s.length) return n;
		return s.ended ? s.length : 0;
	}

	// take removes n bytes (characters with an encoding, one object in
	// object mode) from the front of the buffer.
	function take(n, s) {
		if (s.length === 0) return null;
		if (s.objectMode) return s.buffer.shift();
		let ret;
		if (n >= s.length) {
			if (s.decoder) ret = s.buffer.join("");
			else if (s.buffer.length === 1) ret = s.buffer[0];
			else ret = Buffer.concat(s.buffer, s.length);
			s.buffer = [];
			return ret;
		}
		const parts = [];
		let left = n;
		while (left > 0) {
			const first = s.buffer[0];
			if (first.length <= left) {
				parts.push(first);
				left -= first.length;
				s.buffer.shift();
			} else {
				parts.push(first.slice(0, left));
				s.buffer[0] = first.slice(left);
				left = 0;
			}
		}
		if (s.decoder) return parts.join("");
		return parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
	}

	R.read = function (n) {
		const s = this._readableState;
		if (n === undefined) n = NaN;
		else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
		const asked = n;
		if (n > s.highWaterMark) s.highWaterMark = n;
		if (n !== 0) s.emittedReadable = false;
		if (n === 0 && s.needReadable && ((s.highWaterMark !== 0 ? s.length >= s.highWaterMark : s.length > 0) || s.ended)) {
			if (s.length === 0 && s.ended) endReadable(this);
			else emitReadable(this);
			return null;
		}
		n = howMuch(n, s);
		if (n === 0 && s.ended) {
			if (s.length === 0) endReadable(this);
			return null;
		}
		let callRead = s.needReadable || s.length === 0 || s.length - n < s.highWaterMark;
		if (s.ended || s.reading || s.destroyed || s.errored) callRead = false;
		if (callRead) {
			s.reading = true;
			s.sync = true;
			if (s.length === 0) s.needReadable = true;
			try {
				this._read(s.highWaterMark);
			} catch (e) {
				errorOrDestroy(this, e);
			}
			s.sync = false;
			if (!s.reading) n = howMuch(asked, s);
		}
		const ret = n > 0 ? take(n, s) : null;
		if (ret === null) {
			s.needReadable = s.length <= s.highWaterMark;
			n = 0;
		} else {
			s.length -= s.objectMode ? 1 : n;
		}
		if (s.length === 0) {
			if (!s.ended) s.needReadable = true;
			if (asked !== n && s.ended) endReadable(this);
		}
		if (ret !== null && !s.errorEmitted && !s.closeEmitted) {
			s.dataEmitted = true;
			this.emit("data", ret);
		}
		return ret;
	};

	function endReadable(stream) {
		const s = stream._readableState;
		if (!s.endEmitted) {
			s.ended = true;
			nextTick(() => {
				if (s.errored || s.closeEmitted || s.endEmitted || s.length !== 0) return;
				s.endEmitted = true;
				stream.emit("end");
				const w = stream._writableState;
				if (w && !stream.allowHalfOpen && !w.ending && !w.destroyed) stream.end();
				if (s.autoDestroy && (!w || (w.autoDestroy && (w.finished || w.writable === false)))) stream.destroy();
			});
		}
	}

	function flow(stream) {
		const s = stream._readableState;
		while (s.flowing && stream.read() !== null);
	}

	R.on = function (ev, fn) {
		const res = Stream.prototype.on.call(this, ev, fn);
		const s = this._readableState;
		if (ev === "data") {
			s.readableListening = this.listenerCount("readable") > 0;
			if (s.flowing !== false) this.resume();
		} else if (ev === "readable") {
			if (!s.endEmitted && !s.readableListening) {
				s.readableListening = s.needReadable = true;
				s.flowing = false;
				s.emittedReadable = false;
				if (s.length) emitReadable(this);
				else if (!s.reading) nextTick(() => this.read(0));
			}
		}
		return res;
	};
	R.addListener = R.on;

	R.removeListener = function (ev, fn) {
		const res = Stream.prototype.removeListener.call(this, ev, fn);
		if (ev === "readable") nextTick(updateReadableListening, this);
		return res;
	};
	R.off = R.removeListener;
	R.removeAllListeners = function (ev) {
		const res = Stream.prototype.removeAllListeners.apply(this, arguments);
		if (ev === "readable" || ev === undefined) nextTick(updateReadableListening, this);
		return res;
	};

	function updateReadableListening(stream) {
		const s = stream._readableState;
		s.readableListening = stream.listenerCount("readable") > 0;
		if (s.resumeScheduled && s.paused === false) s.flowing = true;
		else if (stream.listenerCount("data") > 0) stream.resume();
		else if (!s.readableListening) s.flowing = null;
	}

	R.resume = function () {
		const s = this._readableState;
		if (!s.flowing) {
			s.flowing = !s.readableListening;
			if (!s.resumeScheduled) {
				s.resumeScheduled = true;
				nextTick(() => {
					if (!s.reading) this.read(0);
					s.resumeScheduled = false;
					this.emit("resume");
					flow(this);
					if (s.flowing && !s.reading) this.read(0);
				});
			}
		}
		s.paused = false;
		return this;
	};

	R.pause = function () {
		const s = this._readableState;
		if (s.flowing !== false) {
			s.flowing = false;
			this.emit("pause");
		}
		s.paused = true;
		return this;
	};

	R.isPaused = function () {
		const s = this._readableState;
		return s.paused === true || s.flowing === false;
	};

	R.setEncoding = function (enc) {
		const s = this._readableState;
		const dec = new b.StringDecoder(enc);
		s.decoder = dec;
		s.encoding = dec.encoding;
		let text = "";
		for (const c of s.buffer) text += dec.write(c);
		s.buffer = text ? [text] : [];
		s.length = text.length;
		return this;
	};

	R.unpipe = function (dest) {
		const s = this._readableState;
		const targets = dest === undefined ? s.pipes.slice() : s.pipes.filter((p) => p.dest === dest);
		for (const p of targets) p.cleanup(true);
		return this;
	};

	R.pipe = function (dest, options) { return pipeFrom(this, dest, options); };

	// pipeFrom writes src's data to dest, pausing src while dest's buffer is
	// full, and ends dest when src ends (unless options.end is false).
	function pipeFrom(src, dest, options) {
		const s = src._readableState;
		const doEnd = !options || options.end !== false;
		let waitingDrain = false;
		const entry = { dest, cleanup };
		if (s) s.pipes.push(entry);
		function ondata(chunk) {
			if (dest.write(chunk) === false && !waitingDrain) {
				waitingDrain = true;
				dest.once("drain", ondrain);
				src.pause();
			}
		}
		function ondrain() {
			waitingDrain = false;
			src.resume();
		}
		function onend() {
			if (doEnd) dest.end();
		}
		function onerror(er) {
			cleanup(true);
			if (dest.listenerCount("error") === 0) {
				const w = dest._writableState;
				if (w && !w.errorEmitted) errorOrDestroy(dest, er);
				else dest.emit("error", er);
			}
		}
		function onclose() {
			dest.removeListener("finish", onfinish);
			cleanup(true);
		}
		function onfinish() {
			dest.removeListener("close", onclose);
			cleanup(true);
		}
		function cleanup(unpiped) {
			src.removeListener("data", ondata);
			src.removeListener("end", onend);
			dest.removeListener("drain", ondrain);
			dest.removeListener("error", onerror);
			dest.removeListener("close", onclose);
			dest.removeListener("finish", onfinish);
			if (s) {
				const i = s.pipes.indexOf(entry);
				if (i >= 0) s.pipes.splice(i, 1);
			}
			if (unpiped) dest.emit("unpipe", src);
		}
		src.on("data", ondata);
		src.once("end", onend);
		dest.prependListener("error", onerror);
		dest.once("close", onclose);
		dest.once("finish", onfinish);
		dest.emit("pipe", src);
		if (s && !s.flowing) src.resume();
		return dest;
	}

	R[Symbol.asyncIterator] = function () { return readableIterator(this, true); };
	R.iterator = function (options) { return readableIterator(this, !options || options.destroyOnReturn !== false); };

	// readableIterator reads stream through 'readable' events and read();
	// an error rejects the pending next(), and return() destroys the stream.
	function readableIterator(stream, destroyOnReturn) {
		let wake = null;
		let error = null;
		let done = false;
		const poke = () => {
			if (wake) {
				const w = wake;
				wake = null;
				w();
			}
		};
		stream.on("readable", poke);
		const stop = eos(stream, { writable: false }, (err) => {
			error = err && err.code !== "ERR_STREAM_PREMATURE_CLOSE" ? err : null;
			if (err && err.code === "ERR_STREAM_PREMATURE_CLOSE" && !stream._readableState.endEmitted) error = err;
			done = true;
			poke();
		});
		function release(destroyIt) {
			stream.removeListener("readable", poke);
			stop();
			if (destroyIt) stream.destroy(null);
		}
		const it = {
			next() {
				return new Promise((resolve, reject) => {
					const step = () => {
						const chunk = stream.destroyed ? null : stream.read();
						if (chunk !== null) return resolve({ value: chunk, done: false });
						if (error) {
							const e = error;
							release(true);
							return reject(e);
						}
						if (done) {
							release(false);
							return resolve({ value: undefined, done: true });
						}
						wake = step;
					};
					step();
				});
			},
			return() {
				const rs = stream._readableState;
				release(destroyOnReturn && !rs.endEmitted);
				return Promise.resolve({ value: undefined, done: true });
			},
			[Symbol.asyncIterator]() { return this; },
		};
		return it;
	}

	const readableGetters = {
		readable() {
			const s = this._readableState;
			return !!s && s.readable !== false && !s.destroyed && !s.errorEmitted && !s.endEmitted;
		},
		readableEnded() { return this._readableState.endEmitted; },
		readableFlowing() { return this._readableState.flowing; },
		readableLength() { return this._readableState.length; },
		readableHighWaterMark() { return this._readableState.highWaterMark; },
		readableObjectMode() { return this._readableState.objectMode; },
		readableEncoding() { return this._readableState.encoding; },
		readableAborted() {
			const s = this._readableState;
			return !!(s.readable !== false && (s.destroyed || s.errored) && !s.endEmitted);
		},
		errored() { return this._readableState.errored; },
		closed() { return this._readableState.closed; },
	};
	for (const k of Object.keys(readableGetters)) {
		Object.defineProperty(R, k, { get: readableGetters[k], configurable: true, enumerable: false });
	}
	Object.defineProperty(R, "destroyed", {
		get() { return !!this._readableState && this._readableState.destroyed; },
		set(v) { if (this._readableState) this._readableState.destroyed = v; },
		configurable: true,
	});

	// Readable.from makes an object-mode stream of an iterable's or async
	// iterable's values; a string or Buffer is one chunk.
	Readable.from = function (iterable, opts) {
		if (typeof iterable === "string" || iterable instanceof Uint8Array) {
			let sent = false;
			return new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts, {
				read() {
					if (!sent) {
						sent = true;
						this.push(iterable);
					}
					this.push(null);
				},
			}));
		}
		let it;
		if (iterable && typeof iterable[Symbol.asyncIterator] === "function") it = iterable[Symbol.asyncIterator]();
		else if (iterable && typeof iterable[Symbol.iterator] === "function") it = iterable[Symbol.iterator]();
		else throw errInvalidArgType("iterable", "Iterable", iterable);
		let reading = false;
		const stream = new Readable(Object.assign({ objectMode: true, highWaterMark: 1 }, opts, {
			read() {
				if (reading) return;
				reading = true;
				pull();
			},
			destroy(err, cb) {
				const ret = typeof it.return === "function" && !finishedIt ? it.return() : undefined;
				Promise.resolve(ret).then(() => cb(err), (e) => cb(e || err));
			},
		}));
		let finishedIt = false;
		function pull() {
			let r;
			try {
				r = it.next();
			} catch (e) {
				finishedIt = true;
				stream.destroy(e);
				return;
			}
			Promise.resolve(r).then((res) => {
				if (res.done) {
					finishedIt = true;
					stream.push(null);
					return;
				}
				Promise.resolve(res.value).then((v) => {
					if (v === null) {
						reading = false;
						stream.destroy(mkErr("TypeError", "ERR_STREAM_NULL_VALUES", "May not write null values to stream"));
					} else if (stream.push(v)) pull();
					else reading = false;
				}, fail);
			}, fail);
		}
		function fail(e) {
			finishedIt = true;
			stream.destroy(e);
		}
		return stream;
	};

	// ---- Writable.

	function WritableState(opts, stream, isDuplex) {
		opts = opts || {};
		this.objectMode = !!(opts.objectMode || (isDuplex && opts.writableObjectMode));
		this.highWaterMark = hwmOf(opts, "options.highWaterMark", isDuplex && "writableHighWaterMark", this.objectMode);
		this.decodeStrings = opts.decodeStrings !== false;
		this.defaultEncoding = opts.defaultEncoding || "utf8";
		this.length = 0;
		this.writing = false;
		this.corked = 0;
		this.sync = true;
		this.buffered = [];
		this.pendingcb = 0;
		this.ending = false;
		this.ended = false;
		this.finished = false;
		this.finalCalled = false;
		this.prefinished = false;
		this.needDrain = false;
		this.destroyed = false;
		this.errored = null;
		this.closed = false;
		this.closeEmitted = false;
		this.errorEmitted = false;
		this.emitClose = opts.emitClose !== false;
		this.autoDestroy = opts.autoDestroy !== false;
		this.writecb = null;
		this.writelen = 0;
		this.finishCallbacks = [];
		this.onwrite = (er) => onwrite(stream, er);
	}

	function Writable(opts) {
		const isDuplex = this instanceof Duplex;
		if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) return new Writable(opts);
		this._writableState = new WritableState(opts, this, isDuplex);
		if (opts) {
			if (typeof opts.write === "function") this._write = opts.write;
			if (typeof opts.writev === "function") this._writev = opts.writev;
			if (typeof opts.final === "function") this._final = opts.final;
			if (typeof opts.destroy === "function") this._destroy = opts.destroy;
		}
		Stream.call(this, opts);
	}
	Object.setPrototypeOf(Writable.prototype, Stream.prototype);
	Object.setPrototypeOf(Writable, Stream);
	Writable.WritableState = WritableState;
	// A Duplex is a Writable too, though its prototype chain goes through
	// Readable.
	Object.defineProperty(Writable, Symbol.hasInstance, {
		value(obj) {
			if (Function.prototype[Symbol.hasInstance].call(this, obj)) return true;
			if (this !== Writable) return false;
			return !!obj && obj._writableState instanceof WritableState;
		},
	});
	const W = Writable.prototype;

	W.destroy = destroy;
	W._destroy = function (err, cb) { cb(err); };
	W._write = function (chunk, encoding, cb) {
		if (this._writev) this._writev([{ chunk, encoding }], cb);
		else throw notImplemented("_write()");
	};

	W.write = function (chunk, encoding, cb) {
		const s = this._writableState;
		if (typeof encoding === "function") {
			cb = encoding;
			encoding = null;
		}
		if (!encoding) encoding = s.defaultEncoding;
		else if (encoding !== "buffer" && !Buffer.isEncoding(encoding)) {
			throw mkErr("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + encoding);
		}
		if (typeof cb !== "function") cb = () => {};
		if (chunk === null) throw mkErr("TypeError", "ERR_STREAM_NULL_VALUES", "May not write null values to stream");
		if (!s.objectMode) {
			if (typeof chunk === "string") {
				if (s.decodeStrings) {
					chunk = Buffer.from(chunk, encoding);
					encoding = "buffer";
				}
			} else if (chunk instanceof Uint8Array) {
				if (!Buffer.isBuffer(chunk)) chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
				encoding = "buffer";
			} else {
				throw errInvalidArgType("chunk", "string or an instance of Buffer, TypedArray, or DataView", chunk);
			}
		}
		let err;
		if (s.ending) err = mkErr("Error", "ERR_STREAM_WRITE_AFTER_END", "write after end");
		else if (s.destroyed) err = mkErr("Error", "ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed");
		if (err) {
			nextTick(cb, err);
			errorOrDestroy(this, err);
			return false;
		}
		s.pendingcb++;
		s.length += s.objectMode ? 1 : chunk.length;
		const ret = s.length < s.highWaterMark;
		if (!ret) s.needDrain = true;
		if (s.writing || s.corked || s.errored) s.buffered.push({ chunk, encoding, callback: cb });
		else doWrite(this, s, chunk, encoding, cb);
		return ret && !s.errored && !s.destroyed;
	};

	function doWrite(stream, s, chunk, encoding, cb) {
		s.writelen = s.objectMode ? 1 : chunk.length;
		s.writecb = cb;
		s.writing = true;
		s.sync = true;
		if (s.destroyed) s.onwrite(mkErr("Error", "ERR_STREAM_DESTROYED", "Cannot call write after a stream was destroyed"));
		else stream._write(chunk, encoding, s.onwrite);
		s.sync = false;
	}

	function onwrite(stream, er) {
		const s = stream._writableState;
		const cb = s.writecb;
		if (typeof cb !== "function") {
			errorOrDestroy(stream, mkErr("Error", "ERR_MULTIPLE_CALLBACK", "Callback called multiple times"));
			return;
		}
		s.writing = false;
		s.writecb = null;
		s.length -= s.writelen;
		s.writelen = 0;
		if (er) {
			if (!s.errored) s.errored = er;
			if (stream._readableState && !stream._readableState.errored) stream._readableState.errored = er;
			s.pendingcb--;
			if (s.sync) nextTick(cb, er);
			else cb(er);
			errorOrDestroy(stream, er);
			return;
		}
		if (s.buffered.length && !s.corked) flushBuffered(stream, s);
		if (s.sync) nextTick(afterWrite, stream, s, cb);
		else afterWrite(stream, s, cb);
	}

	function afterWrite(stream, s, cb) {
		if (s.needDrain && !s.ending && !stream.destroyed && s.length === 0) {
			s.needDrain = false;
			stream.emit("drain");
		}
		s.pendingcb--;
		if (!s.destroyed) cb();
		finishMaybe(stream, s, false);
	}

	function flushBuffered(stream, s) {
		if (s.writing || s.corked || s.destroyed) return;
		if (s.buffered.length > 1 && typeof stream._writev === "function" && stream._writev !== W._writev) {
			const batch = s.buffered.splice(0);
			const len = s.objectMode ? batch.length : batch.reduce((n, e) => n + e.chunk.length, 0);
			s.pendingcb -= batch.length - 1;
			s.writelen = len;
			s.writecb = (err) => { for (const e of batch) e.callback(err); };
			s.writing = true;
			s.sync = true;
			stream._writev(batch.map((e) => ({ chunk: e.chunk, encoding: e.encoding })), s.onwrite);
			s.sync = false;
			return;
		}
		const e = s.buffered.shift();
		doWrite(stream, s, e.chunk, e.encoding, e.callback);
	}

	W.cork = function () { this._writableState.corked++; };
	W.uncork = function () {
		const s = this._writableState;
		if (s.corked) {
			s.corked--;
			if (!s.writing && !s.corked) flushBuffered(this, s);
		}
	};
	W.setDefaultEncoding = function (enc) {
		if (typeof enc === "string") enc = enc.toLowerCase();
		if (!Buffer.isEncoding(enc)) throw mkErr("TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: " + enc);
		this._writableState.defaultEncoding = enc;
		return this;
	};

	W.end = function (chunk, encoding, cb) {
		const s = this._writableState;
		if (typeof chunk === "function") {
			cb = chunk;
			chunk = null;
			encoding = null;
		} else if (typeof encoding === "function") {
			cb = encoding;
			encoding = null;
		}
		let err;
		if (chunk !== null && chunk !== undefined) {
			const r = this.write(chunk, encoding);
			if (r instanceof Error) err = r;
		}
		if (s.corked) {
			s.corked = 1;
			this.uncork();
		}
		if (!err) {
			if (!s.errored && !s.ending) {
				s.ending = true;
				finishMaybe(this, s, true);
				s.ended = true;
			} else if (s.finished) {
				err = mkErr("Error", "ERR_STREAM_ALREADY_FINISHED", "Cannot call end after a stream was finished");
			} else if (s.destroyed) {
				err = mkErr("Error", "ERR_STREAM_DESTROYED", "Cannot call end after a stream was destroyed");
			}
		}
		if (typeof cb === "function") {
			if (err || s.finished) nextTick(cb, err);
			else s.finishCallbacks.push(cb);
		}
		return this;
	};

	function needFinish(s) {
		return s.ending && !s.destroyed && s.length === 0 && !s.errored && s.buffered.length === 0 &&
			!s.finished && !s.writing && !s.errorEmitted && !s.closeEmitted;
	}

	function prefinish(stream, s) {
		if (s.prefinished || s.finalCalled) return;
		if (typeof stream._final === "function" && !s.destroyed) {
			s.finalCalled = true;
			s.sync = true;
			s.pendingcb++;
			let called = false;
			const done = (err) => {
				if (called) {
					errorOrDestroy(stream, mkErr("Error", "ERR_MULTIPLE_CALLBACK", "Callback called multiple times"));
					return;
				}
				called = true;
				s.pendingcb--;
				if (err) {
					for (const cb of s.finishCallbacks.splice(0)) cb(err);
					errorOrDestroy(stream, err);
				} else if (needFinish(s)) {
					s.prefinished = true;
					stream.emit("prefinish");
					s.pendingcb++;
					nextTick(finish, stream, s);
				}
			};
			try {
				stream._final(done);
			} catch (e) {
				done(e);
			}
			s.sync = false;
		} else {
			s.finalCalled = true;
			s.prefinished = true;
			stream.emit("prefinish");
		}
	}

	function finishMaybe(stream, s, sync) {
		if (!needFinish(s)) return;
		prefinish(stream, s);
		if (s.pendingcb === 0) {
			if (sync) {
				s.pendingcb++;
				nextTick(() => {
					if (needFinish(s)) finish(stream, s);
					else s.pendingcb--;
				});
			} else if (needFinish(s)) {
				s.pendingcb++;
				finish(stream, s);
			}
		}
	}

	function finish(stream, s) {
		s.pendingcb--;
		s.finished = true;
		for (const cb of s.finishCallbacks.splice(0)) cb();
		stream.emit("finish");
		if (s.autoDestroy) {
			const r = stream._readableState;
			if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) stream.destroy();
		}
	}

	const writableGetters = {
		writable() {
			const s = this._writableState;
			return !!s && s.writable !== false && !s.destroyed && !s.errored && !s.ending && !s.ended;
		},
		writableEnded() { return this._writableState.ending; },
		writableFinished() { return this._writableState.finished; },
		writableLength() { return this._writableState.length; },
		writableHighWaterMark() { return this._writableState.highWaterMark; },
		writableObjectMode() { return this._writableState.objectMode; },
		writableCorked() { return this._writableState.corked; },
		writableNeedDrain() {
			const s = this._writableState;
			return !s.destroyed && !s.ending && s.needDrain;
		},
	};
	for (const k of Object.keys(writableGetters)) {
		Object.defineProperty(W, k, { get: writableGetters[k], configurable: true, enumerable: false });
	}
	Object.defineProperty(W, "destroyed", {
		get() { return !!this._writableState && this._writableState.destroyed; },
		set(v) { if (this._writableState) this._writableState.destroyed = v; },
		configurable: true,
	});
	Object.defineProperty(W, "errored", { get() { return this._writableState.errored; }, configurable: true });
	Object.defineProperty(W, "closed", { get() { return this._writableState.closed; }, configurable: true });

	// ---- Duplex: a Readable whose prototype has Writable's methods too.

	function Duplex(opts) {
		if (!(this instanceof Duplex)) return new Duplex(opts);
		Readable.call(this, opts);
		Writable.call(this, opts);
		this.allowHalfOpen = !opts || opts.allowHalfOpen !== false;
		if (opts) {
			if (opts.readable === false) {
				this._readableState.readable = false;
				this._readableState.ended = true;
				this._readableState.endEmitted = true;
			}
			if (opts.writable === false) {
				this._writableState.writable = false;
				this._writableState.ending = true;
				this._writableState.ended = true;
				this._writableState.finished = true;
			}
		}
	}
	Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
	Object.setPrototypeOf(Duplex, Readable);
	const D = Duplex.prototype;
	for (const k of Object.getOwnPropertyNames(W)) {
		if (k === "constructor" || Object.prototype.hasOwnProperty.call(D, k)) continue;
		Object.defineProperty(D, k, Object.getOwnPropertyDescriptor(W, k));
	}
	for (const k of ["destroyed", "errored", "closed"]) {
		Object.defineProperty(D, k, {
			get() {
				const r = this._readableState;
				const w = this._writableState;
				if (k === "destroyed") return !!(r && r.destroyed) || !!(w && w.destroyed);
				return (r && r[k]) || (w && w[k]) || (k === "closed" ? false : null);
			},
			set(v) {
				if (k !== "destroyed") return;
				if (this._readableState) this._readableState.destroyed = v;
				if (this._writableState) this._writableState.destroyed = v;
			},
			configurable: true,
		});
	}

	// ---- Transform and PassThrough.

	function Transform(opts) {
		if (!(this instanceof Transform)) return new Transform(opts);
		Duplex.call(this, opts);
		// _read is ready before the first read: a push from _transform is
		// never one made inside _read.
		this._readableState.sync = false;
		this._pendingCallback = null;
		if (opts) {
			if (typeof opts.transform === "function") this._transform = opts.transform;
			if (typeof opts.flush === "function") this._flush = opts.flush;
		}
	}
	Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
	Object.setPrototypeOf(Transform, Duplex);
	const T = Transform.prototype;
	T._transform = function () { throw notImplemented("_transform()"); };
	T._final = function (cb) {
		const end = (err, data) => {
			if (err) {
				cb(err);
				return;
			}
			if (data != null) this.push(data);
			this.push(null);
			cb();
		};
		if (typeof this._flush === "function" && !this.destroyed) {
			this._flush(end);
		} else {
			end();
		}
	};
	T._write = function (chunk, encoding, cb) {
		const r = this._readableState;
		const w = this._writableState;
		const before = r.length;
		this._transform(chunk, encoding, (err, val) => {
			if (err) {
				cb(err);
				return;
			}
			if (val != null) this.push(val);
			if (w.ended || before === r.length || r.length < r.highWaterMark) cb();
			else this._pendingCallback = cb;
		});
	};
	T._read = function () {
		if (this._pendingCallback) {
			const cb = this._pendingCallback;
			this._pendingCallback = null;
			cb();
		}
	};

	function PassThrough(opts) {
		if (!(this instanceof PassThrough)) return new PassThrough(opts);
		Transform.call(this, opts);
	}
	Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
	Object.setPrototypeOf(PassThrough, Transform);
	PassThrough.prototype._transform = function (chunk, encoding, cb) { cb(null, chunk); };

	// ---- finished and pipeline.

	function isReadableStream(s) { return !!s && typeof s.pipe === "function" && typeof s.on === "function" && !!s._readableState; }
	function isWritableStream(s) { return !!s && typeof s.write === "function" && typeof s.on === "function"; }

	// eos calls cb once stream has ended (readable side), finished (writable
	// side), failed or closed too early; it returns a function removing its
	// listeners.
	function eos(stream, opts, cb) {
		if (typeof opts === "function") {
			cb = opts;
			opts = {};
		}
		opts = opts || {};
		if (typeof cb !== "function") throw errInvalidArgType("callback", "function", cb);
		const rs = stream._readableState;
		const ws = stream._writableState;
		const wantRead = opts.readable !== undefined ? opts.readable : !!rs && rs.readable !== false;
		const wantWrite = opts.writable !== undefined ? opts.writable : !!ws && ws.writable !== false;
		let called = false;
		const call = (err) => {
			if (called) return;
			called = true;
			cb.call(stream, err);
		};
		let ended = !wantRead || (rs && rs.endEmitted);
		let done = !wantWrite || (ws && ws.finished);
		const onend = () => {
			ended = true;
			if (done) call();
		};
		const onfinish = () => {
			done = true;
			if (ended) call();
		};
		const onerror = (err) => call(err);
		const onclose = () => {
			const err = (rs && rs.errored) || (ws && ws.errored);
			if (err) return call(err);
			if (wantRead && !ended) return call(prematureClose());
			if (wantWrite && !done) return call(prematureClose());
			call();
		};
		stream.on("end", onend);
		stream.on("finish", onfinish);
		if (opts.error !== false) stream.on("error", onerror);
		stream.on("close", onclose);
		const errored = (rs && rs.errorEmitted && rs.errored) || (ws && ws.errorEmitted && ws.errored);
		if (errored) nextTick(call, errored);
		else if ((rs && rs.closeEmitted) || (ws && ws.closeEmitted)) nextTick(onclose);
		else if (ended && done && (rs || ws)) nextTick(call);
		return function cleanup() {
			stream.removeListener("end", onend);
			stream.removeListener("finish", onfinish);
			stream.removeListener("error", onerror);
			stream.removeListener("close", onclose);
		};
	}

	function finishedPromise(stream, opts) {
		return new Promise((resolve, reject) => {
			eos(stream, opts, (err) => (err ? reject(err) : resolve()));
		});
	}

	// pipeline pipes each stream into the next; a function in the chain is
	// called with the previous stage (an async iterable) and what it returns
	// becomes a Readable. The callback gets the first error, or nothing
	// once the last stream has finished; every stream is destroyed on error.
	function pipeline(...streams) {
		const cb = typeof streams[streams.length - 1] === "function" ? streams.pop() : null;
		if (!cb) throw errInvalidArgType("streams[" + streams.length + "]", "function", undefined);
		return pipelineImpl(streams, cb);
	}

	function pipelineImpl(streams, cb) {
		if (streams.length === 1 && Array.isArray(streams[0])) streams = streams[0];
		if (streams.length < 2) throw mkErr("TypeError", "ERR_MISSING_ARGS", "The \"streams\" argument must be specified");
		const stages = [];
		let prev = null;
		for (let i = 0; i < streams.length; i++) {
			let st = streams[i];
			if (typeof st === "function") {
				st = st(i === 0 ? undefined : prev);
				if (i === streams.length - 1 && st && typeof st.then === "function") {
					const p = st;
					st = new PassThrough({ objectMode: true });
					p.then((v) => {
						if (v !== undefined) st.write(v);
						st.end();
					}, (e) => st.destroy(e));
				} else if (!isReadableStream(st) && !isWritableStream(st)) {
					st = Readable.from(st);
				}
			} else if (!isReadableStream(st) && !isWritableStream(st)) {
				st = Readable.from(st);
			}
			stages.push(st);
			prev = st;
		}
		let error = null;
		let called = false;
		const cleanups = [];
		const finishAll = (err) => {
			if (err && !error) error = err;
			if (err) {
				for (const st of stages) {
					if (!st.destroyed && typeof st.destroy === "function") st.destroy(err);
				}
			}
		};
		const last = stages[stages.length - 1];
		for (let i = 0; i < stages.length; i++) {
			const st = stages[i];
			const isLast = i === stages.length - 1;
			cleanups.push(eos(st, { readable: isLast ? undefined : true, writable: i === 0 ? false : undefined }, (err) => {
				if (err && err.code === "ERR_STREAM_PREMATURE_CLOSE" && error) err = null;
				finishAll(err);
				if (st === last || err) done();
			}));
			if (i > 0) stages[i - 1].pipe(st);
		}
		function done() {
			if (called) return;
			called = true;
			nextTick(() => {
				// After an error the listeners stay: they swallow the
				// errors the streams destroyed here emit later.
				if (!error) for (const c of cleanups) c();
				cb(error || undefined);
			});
		}
		return last;
	}

	const promises = {
		pipeline(...streams) {
			return new Promise((resolve, reject) => {
				let opts;
				const lastArg = streams[streams.length - 1];
				if (lastArg && typeof lastArg === "object" && !isReadableStream(lastArg) && !isWritableStream(lastArg) &&
					typeof lastArg[Symbol.iterator] !== "function" && typeof lastArg[Symbol.asyncIterator] !== "function") {
					opts = streams.pop();
				}
				void opts;
				pipelineImpl(streams, (err) => (err ? reject(err) : resolve()));
			});
		},
		finished: finishedPromise,
	};

	Object.defineProperty(eos, "__promisify__", { value: finishedPromise });
	Object.defineProperty(pipeline, "__promisify__", { value: promises.pipeline });

	function isErrored(s) { return !!(s && (s.errored || (s._readableState && s._readableState.errored) || (s._writableState && s._writableState.errored))); }
	function isReadable(s) { return !!(s && s._readableState) && s.readable; }

	Stream.Stream = Stream;
	Stream.Readable = Readable;
	Stream.Writable = Writable;
	Stream.Duplex = Duplex;
	Stream.Transform = Transform;
	Stream.PassThrough = PassThrough;
	Stream.pipeline = pipeline;
	Stream.finished = eos;
	Stream.destroy = (s, err) => s.destroy(err);
	Stream.isErrored = isErrored;
	Stream.isReadable = isReadable;
	Stream.getDefaultHighWaterMark = defaultHWM;
	Stream.promises = promises;
	return Stream;
})
