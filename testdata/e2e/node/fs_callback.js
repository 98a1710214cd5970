// The callback forms of node:fs: results and errors arrive on the event
// loop, never before the call returns, in Node's (err, result) order.
import fs from "node:fs";

// A directory of its own under $TMPDIR (or /tmp), written $DIR in the output.
const base = fs.realpathSync(globalThis.process?.env?.TMPDIR || "/tmp");
const dir = fs.mkdtempSync(base + "/fs-callback-");
const log = (...args) => console.log(...args.map((a) => (typeof a === "string" ? a.replaceAll(dir, "$DIR") : a)));
const p = (name) => dir + "/" + name;
const order = [];

fs.mkdir(p("a/b"), { recursive: true }, (err, first) => {
  log("mkdir", err, first);
  fs.writeFile(p("a/f.txt"), "callback data", (err) => {
    log("writeFile", err);
    fs.readFile(p("a/f.txt"), "utf8", (err, text) => {
      log("readFile", err, text);
      step2();
    });
  });
});
order.push("after mkdir call");
log(order.join());

function step2() {
  fs.readFile(p("missing"), (err, data) => {
    log("readFile missing", err.code, err.errno, err.syscall, err.message, data);
    fs.appendFile(p("a/f.txt"), "!", () => {
      fs.readFile(p("a/f.txt"), (err, data) => {
        log("readFile bytes", err, data instanceof Uint8Array, data.length);
        fs.stat(p("a/f.txt"), (err, st) => {
          log("stat", err, st.isFile(), st.size);
          fs.readdir(p("a"), { withFileTypes: true }, (err, ents) => {
            log("readdir", err, ents.map((d) => d.name + (d.isDirectory() ? "/" : "")).join(" "));
            fs.exists(p("a"), (yes) => {
              log("exists", yes);
              step3();
            });
          });
        });
      });
    });
  });
}

function step3() {
  fs.open(p("a/f.txt"), "r", (err, fd) => {
    log("open", err, typeof fd);
    const buf = new Uint8Array(8);
    fs.read(fd, buf, 0, 8, 0, (err, n, b) => {
      log("read", err, n, b === buf, String.fromCharCode(...buf));
      fs.close(fd, (err) => {
        log("close", err);
        fs.rename(p("a/f.txt"), p("a/g.txt"), (err) => {
          log("rename", err);
          fs.copyFile(p("a/g.txt"), p("a/h.txt"), (err) => {
            log("copyFile", err, fs.readFileSync(p("a/h.txt"), "utf8"));
            fs.unlink(p("a/nope"), (err) => {
              log("unlink missing", err.code, err.path === p("a/nope"));
              fs.rm(p("a"), { recursive: true }, (err) => {
                log("rm", err, fs.existsSync(p("a")));
                fs.mkdtemp(p("t-"), (err, d) => {
                  log("mkdtemp", err, d.startsWith(p("t-")));
                  step4();
                });
              });
            });
          });
        });
      });
    });
  });
}

function step4() {
  try {
    fs.readFile(p("x"));
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    fs.stat(42, () => {});
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  try {
    fs.rename(p("x"), p("y"));
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  // A callback that throws ends the program as an uncaught exception
  // would; here the error goes to the next step instead.
  let sync = true;
  fs.access(p("nope"), fs.constants.F_OK, (err) => {
    log("access", err.code, "sync:", sync);
    fs.rm(dir, { recursive: true }, (err) => log("cleaned up", err, fs.existsSync(dir)));
  });
  sync = false;
}
