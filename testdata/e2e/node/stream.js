// node:stream: Readable, Writable, Duplex, Transform, PassThrough,
// pipe, pipeline, finished, async iteration, object mode, errors.
import { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } from "node:stream";
import * as streamPromises from "node:stream/promises";
import stream from "node:stream";

const log = (...a) => console.log(...a);

function collector(name, objectMode = false) {
  const got = [];
  const w = new Writable({
    objectMode,
    write(chunk, enc, cb) {
      got.push(objectMode ? chunk : chunk.toString());
      cb();
    },
    final(cb) {
      log(name, "final", JSON.stringify(got));
      cb();
    },
  });
  return w;
}

async function main() {
  log(typeof stream, stream === stream.Stream, typeof stream.Readable, typeof stream.promises.pipeline);
  log(new Duplex() instanceof Writable, new Transform() instanceof Readable, new PassThrough() instanceof Transform);

  // Readable with push in _read, flowing mode.
  await new Promise((resolve) => {
    let n = 0;
    const r = new Readable({
      read() {
        n++;
        this.push(n <= 3 ? "chunk" + n : null);
      },
    });
    const seen = [];
    r.on("data", (c) => seen.push(Buffer.isBuffer(c) + ":" + c.toString()));
    r.on("end", () => {
      log("flowing", seen.join(" "));
      resolve();
    });
  });

  // paused mode: 'readable' and read().
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    r.push("hello ");
    r.push("world");
    r.push(null);
    const parts = [];
    r.on("readable", () => {
      let c;
      while ((c = r.read()) !== null) parts.push(c.toString());
    });
    r.on("end", () => {
      log("paused", JSON.stringify(parts));
      resolve();
    });
  });

  // setEncoding splits no characters.
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    r.setEncoding("utf8");
    const euro = Buffer.from("€");
    r.push(euro.subarray(0, 1));
    r.push(euro.subarray(1));
    r.push(null);
    let s = "";
    r.on("data", (c) => (s += typeof c + ":" + c + " "));
    r.on("end", () => {
      log("encoding", s);
      resolve();
    });
  });

  // object mode, Readable.from, async iteration.
  const items = [];
  for await (const x of Readable.from([1, { a: 2 }, "three"])) items.push(x);
  log("from", JSON.stringify(items));
  async function* gen() {
    yield "a";
    yield "b";
  }
  const got = [];
  for await (const x of Readable.from(gen())) got.push(x);
  log("from async", got.join(","));
  const text = [];
  for await (const c of Readable.from("one string")) text.push(c);
  log("from string", JSON.stringify(text));

  // Writable: write/end/finish, the write callbacks' order.
  await new Promise((resolve) => {
    const w = new Writable({
      write(chunk, enc, cb) {
        log("write", chunk.toString(), enc);
        setTimeout(cb, 1);
      },
    });
    w.write("a", () => log("cb a"));
    w.write("b", () => log("cb b"));
    w.end("c", () => log("end cb"));
    w.on("finish", () => log("finish", w.writableFinished));
    w.on("close", () => {
      log("close");
      resolve();
    });
  });

  // objectMode write of strings keeps them, decodeStrings false keeps them.
  await new Promise((resolve) => {
    const w = new Writable({
      decodeStrings: false,
      write(chunk, enc, cb) {
        log("kept", typeof chunk, enc);
        cb();
      },
    });
    w.end("x", resolve);
  });

  // highWaterMark: write returns false, then 'drain'.
  await new Promise((resolve) => {
    const w = new Writable({
      highWaterMark: 4,
      write(chunk, enc, cb) {
        setTimeout(cb, 1);
      },
    });
    log("hwm", w.write("ab"), w.write("cd"), w.writableLength, w.writableNeedDrain);
    w.on("drain", () => {
      log("drain", w.writableLength);
      w.end();
      resolve();
    });
  });

  // Transform with _flush, piped.
  await new Promise((resolve) => {
    const upper = new Transform({
      transform(chunk, enc, cb) {
        cb(null, chunk.toString().toUpperCase());
      },
      flush(cb) {
        this.push("!");
        cb();
      },
    });
    const out = collector("upper");
    out.on("finish", resolve);
    Readable.from(["ab", "cd"], { objectMode: false }).pipe(upper).pipe(out);
  });

  // Object-mode transform that pushes several values per input.
  await new Promise((resolve) => {
    const split = new Transform({
      objectMode: true,
      transform(line, enc, cb) {
        for (const w of line.split(" ")) this.push(w);
        cb();
      },
    });
    const out = collector("split", true);
    out.on("finish", resolve);
    Readable.from(["a b", "c d e"]).pipe(split).pipe(out);
  });

  // pipeline with a callback, PassThrough.
  await new Promise((resolve) => {
    pipeline(Readable.from(["x", "y"]), new PassThrough({ objectMode: true }), collector("pipeline", true), (err) => {
      log("pipeline done", err);
      resolve();
    });
  });

  // pipeline's error: every stream destroyed, the callback gets it.
  await new Promise((resolve) => {
    const bad = new Transform({
      transform(chunk, enc, cb) {
        cb(new Error("bad chunk " + chunk));
      },
    });
    const src = Readable.from(["1", "2"], { objectMode: false });
    const dst = collector("never");
    pipeline(src, bad, dst, (err) => {
      log("pipeline error", err.message, src.destroyed, bad.destroyed, dst.destroyed);
      resolve();
    });
  });

  // the promise forms.
  await streamPromises.pipeline(Readable.from(["p", "q"]), collector("promise", true));
  log("promise pipeline resolved");
  try {
    await stream.promises.pipeline(
      new Readable({
        read() {
          this.destroy(new Error("read failed"));
        },
      }),
      collector("none"),
    );
  } catch (e) {
    log("promise pipeline rejected", e.message);
  }

  // finished.
  await new Promise((resolve) => {
    const r = Readable.from(["z"]);
    finished(r, (err) => {
      log("finished", err);
      resolve();
    });
    r.resume();
  });
  const w2 = collector("w2");
  w2.end("last");
  await streamPromises.finished(w2);
  log("finished promise");
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    finished(r, (err) => {
      log("premature", err.code, err.message);
      resolve();
    });
    r.destroy();
  });

  // errors.
  await new Promise((resolve) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on("error", (e) => {
      log("error event", e.code, e.message);
      resolve();
    });
    w.end();
    w.write("late", (err) => log("write cb", err.code));
  });
  try {
    new Writable({ write(c, e, cb) { cb(); } }).write(5);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    new Writable().write(null);
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  await new Promise((resolve) => {
    const r = new Readable();
    r.on("error", (e) => {
      log("no _read", e.code, e.message);
      resolve();
    });
    r.read();
  });
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    r.on("error", (e) => {
      log("destroy error", e.message, r.destroyed);
    });
    r.on("close", () => {
      log("closed after error");
      resolve();
    });
    r.destroy(new Error("boom"));
  });

  // pause/resume and isPaused.
  await new Promise((resolve) => {
    const r = new Readable({ read() {} });
    const seen = [];
    r.on("data", (c) => {
      seen.push(c.toString());
      if (seen.length === 1) {
        r.pause();
        log("paused", r.isPaused());
        setTimeout(() => r.resume(), 1);
      }
    });
    r.on("end", () => {
      log("resumed", seen.join(""));
      resolve();
    });
    r.push("1");
    r.push("2");
    r.push(null);
  });

  // A Duplex with both sides.
  await new Promise((resolve) => {
    const d = new Duplex({
      read() {},
      write(chunk, enc, cb) {
        this.push("echo:" + chunk);
        cb();
      },
      final(cb) {
        this.push(null);
        cb();
      },
    });
    const out = [];
    d.on("data", (c) => out.push(c.toString()));
    d.on("end", () => {
      log("duplex", out.join(" "));
      resolve();
    });
    d.write("hi");
    d.end("bye");
  });

  // Subclassing with classes.
  class Counter extends Readable {
    constructor() {
      super({ objectMode: true });
      this.n = 0;
    }
    _read() {
      this.push(this.n < 3 ? this.n++ : null);
    }
  }
  const counts = [];
  for await (const n of new Counter()) counts.push(n);
  log("class", counts.join(","));
  log("props", new Counter().readableObjectMode, new Writable().writableHighWaterMark, new Readable().readableHighWaterMark);
}

main().then(() => log("done"));
