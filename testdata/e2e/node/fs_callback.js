// The callback forms of node:fs: results and errors arrive on the event
// loop, never before the call returns, in Node's (err, result) order.
import fs from "node:fs";

const dir = process.env.TMPDIR + "/cb";
const p = (name) => dir + "/" + name;
const log = [];

fs.mkdir(p("a/b"), { recursive: true }, (err, first) => {
  console.log("mkdir", err, first.slice(dir.length));
  fs.writeFile(p("a/f.txt"), "callback data", (err) => {
    console.log("writeFile", err);
    fs.readFile(p("a/f.txt"), "utf8", (err, text) => {
      console.log("readFile", err, text);
      step2();
    });
  });
});
log.push("after mkdir call");
console.log(log.join());

function step2() {
  fs.readFile(p("missing"), (err, data) => {
    console.log("readFile missing", err.code, err.errno, err.syscall, err.message, data);
    fs.appendFile(p("a/f.txt"), "!", () => {
      fs.readFile(p("a/f.txt"), (err, data) => {
        console.log("readFile bytes", err, data instanceof Uint8Array, data.length);
        fs.stat(p("a/f.txt"), (err, st) => {
          console.log("stat", err, st.isFile(), st.size);
          fs.readdir(p("a"), { withFileTypes: true }, (err, ents) => {
            console.log("readdir", err, ents.map((d) => d.name + (d.isDirectory() ? "/" : "")).join(" "));
            fs.exists(p("a"), (yes) => {
              console.log("exists", yes);
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
    console.log("open", err, typeof fd);
    const buf = new Uint8Array(8);
    fs.read(fd, buf, 0, 8, 0, (err, n, b) => {
      console.log("read", err, n, b === buf, String.fromCharCode(...buf));
      fs.close(fd, (err) => {
        console.log("close", err);
        fs.rename(p("a/f.txt"), p("a/g.txt"), (err) => {
          console.log("rename", err);
          fs.copyFile(p("a/g.txt"), p("a/h.txt"), (err) => {
            console.log("copyFile", err, fs.readFileSync(p("a/h.txt"), "utf8"));
            fs.unlink(p("a/nope"), (err) => {
              console.log("unlink missing", err.code, err.path === p("a/nope"));
              fs.rm(p("a"), { recursive: true }, (err) => {
                console.log("rm", err, fs.existsSync(p("a")));
                fs.mkdtemp(p("t-"), (err, d) => {
                  console.log("mkdtemp", err, d.startsWith(p("t-")));
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
    console.log(e.name, e.code, e.message);
  }
  try {
    fs.stat(42, () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    fs.rename(p("x"), p("y"));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  // A callback that throws ends the program as an uncaught exception
  // would; here the error goes to the next step instead.
  let sync = true;
  fs.access(p("nope"), fs.constants.F_OK, (err) => {
    console.log("access", err.code, "sync:", sync);
  });
  sync = false;
}
