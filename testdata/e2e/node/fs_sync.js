// The sync forms of node:fs: reading and writing in each encoding, stat,
// directories, links, copies, fds, and Node's error shapes.
import fs from "node:fs";

// A directory of its own under $TMPDIR (or /tmp), written $DIR in the output.
const base = fs.realpathSync(globalThis.process?.env?.TMPDIR || "/tmp");
const dir = fs.mkdtempSync(base + "/fs-sync-");
const log = (...args) => console.log(...args.map((a) => (typeof a === "string" ? a.replaceAll(dir, "$DIR") : a)));
const p = (name) => dir + "/" + name;
const show = (label, fn) => {
  try {
    const v = fn();
    log(label, "ok", v === undefined ? "undefined" : JSON.stringify(v));
  } catch (e) {
    log(label, e.name, e.code, e.errno, e.syscall, JSON.stringify(e.path), JSON.stringify(e.dest), e.message);
  }
};

// Files and encodings.
fs.writeFileSync(p("a.txt"), "héllo\n");
log(fs.readFileSync(p("a.txt"), "utf8"));
log(fs.readFileSync(p("a.txt"), { encoding: "utf-8" }));
log(fs.readFileSync(p("a.txt"), "hex"));
log(fs.readFileSync(p("a.txt"), "base64"));
log(JSON.stringify(fs.readFileSync(p("a.txt"), "latin1")));
const bytes = fs.readFileSync(p("a.txt"));
log(bytes instanceof Uint8Array, bytes.length, Array.from(bytes).join(","));
fs.writeFileSync(p("b.bin"), new Uint8Array([0, 1, 2, 255]));
log(Array.from(fs.readFileSync(p("b.bin"))).join(","));
fs.writeFileSync(p("c.txt"), "68656c6c6f", "hex");
fs.appendFileSync(p("c.txt"), " world");
fs.appendFileSync(p("c.txt"), "IQ==", { encoding: "base64" });
log(fs.readFileSync(p("c.txt"), "utf8"));
fs.writeFileSync(p("c.txt"), "again", { flag: "a" });
log(fs.readFileSync(p("c.txt"), "utf8"));
show("wx on existing", () => fs.writeFileSync(p("c.txt"), "x", { flag: "wx" }));

// exists and access.
log(fs.existsSync(p("a.txt")), fs.existsSync(p("nope")), fs.existsSync(123), fs.existsSync());
show("access", () => fs.accessSync(p("a.txt"), fs.constants.R_OK | fs.constants.W_OK));
show("access missing", () => fs.accessSync(p("nope")));
log(fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK, fs.constants.COPYFILE_EXCL);

// stat.
const st = fs.statSync(p("a.txt"));
log(st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.size, st instanceof fs.Stats);
log(st.mtime instanceof Date, typeof st.mtimeMs, st.mtime.getTime() === Math.floor(st.mtimeMs) || st.mtime.getTime() === Math.round(st.mtimeMs));
log(Object.keys(st).join(","));
log(fs.statSync(dir).isDirectory());
log(fs.statSync(p("nope"), { throwIfNoEntry: false }));
show("stat missing", () => fs.statSync(p("nope")));
fs.chmodSync(p("a.txt"), 0o640);
log((fs.statSync(p("a.txt")).mode & 0o777).toString(8));
fs.chmodSync(p("a.txt"), "600");
log((fs.statSync(p("a.txt")).mode & 0o777).toString(8));
fs.utimesSync(p("a.txt"), 1000, new Date(2000000));
log(fs.statSync(p("a.txt")).atimeMs, fs.statSync(p("a.txt")).mtimeMs, fs.statSync(p("a.txt")).mtime.toISOString());

// Directories.
log(JSON.stringify(fs.mkdirSync(p("d1/d2/d3"), { recursive: true }).slice(dir.length)));
log(fs.mkdirSync(p("d1/d2"), { recursive: true }));
show("mkdir existing", () => fs.mkdirSync(p("d1")));
show("mkdir under file", () => fs.mkdirSync(p("a.txt/x"), { recursive: true }));
fs.writeFileSync(p("d1/f1"), "1");
fs.writeFileSync(p("d1/d2/f2"), "22");
log(JSON.stringify(fs.readdirSync(p("d1"))));
log(JSON.stringify(fs.readdirSync(p("d1"), { recursive: true })));
for (const d of fs.readdirSync(p("d1"), { withFileTypes: true })) {
  log(d.name, d.isFile(), d.isDirectory(), d.parentPath === p("d1"), d instanceof fs.Dirent);
}
show("readdir missing", () => fs.readdirSync(p("nope")));
show("rmdir non-empty", () => fs.rmdirSync(p("d1")));
show("rm dir", () => fs.rmSync(p("d1")));
show("rm missing", () => fs.rmSync(p("nope")));
show("rm missing force", () => fs.rmSync(p("nope"), { force: true }));

// Copies, renames, links.
fs.copyFileSync(p("c.txt"), p("c2.txt"));
log(fs.readFileSync(p("c2.txt"), "utf8"));
show("copyFile excl", () => fs.copyFileSync(p("c.txt"), p("c2.txt"), fs.constants.COPYFILE_EXCL));
show("copyFile missing", () => fs.copyFileSync(p("nope"), p("c3.txt")));
fs.cpSync(p("d1"), p("d1copy"), { recursive: true });
log(JSON.stringify(fs.readdirSync(p("d1copy"), { recursive: true })), fs.readFileSync(p("d1copy/d2/f2"), "utf8"));
show("cp dir", () => fs.cpSync(p("d1"), p("d1copy2")));
fs.renameSync(p("c2.txt"), p("c3.txt"));
log(fs.existsSync(p("c2.txt")), fs.existsSync(p("c3.txt")));
show("rename missing", () => fs.renameSync(p("nope"), p("other")));
fs.symlinkSync("c3.txt", p("link"));
log(fs.readlinkSync(p("link")), fs.lstatSync(p("link")).isSymbolicLink(), fs.statSync(p("link")).isFile());
log(fs.realpathSync(p("link")) === p("c3.txt"), fs.realpathSync.native(p("link")) === p("c3.txt"));
show("symlink existing", () => fs.symlinkSync("c3.txt", p("link")));
show("readlink file", () => fs.readlinkSync(p("c3.txt")));
fs.unlinkSync(p("link"));
show("unlink missing", () => fs.unlinkSync(p("link")));
fs.rmSync(p("d1"), { recursive: true });
log(fs.existsSync(p("d1")));

// fds.
const fd = fs.openSync(p("fd.txt"), "w+");
log(typeof fd, fs.writeSync(fd, "hello fd"), fs.writeSync(fd, new Uint8Array([33, 33]), 0, 1));
const buf = new Uint8Array(20);
log(fs.readSync(fd, buf, 0, 5, 0), String.fromCharCode(...buf.subarray(0, 5)));
log(fs.readSync(fd, buf, { position: 6 }), String.fromCharCode(...buf.subarray(0, 3)));
log(fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 4);
log(fs.readFileSync(fd, "utf8") === "", fs.fstatSync(fd).size);
fs.closeSync(fd);
show("close again", () => fs.closeSync(fd));
log(fs.readFileSync(p("fd.txt"), "utf8"));
fs.truncateSync(p("fd.txt"), 2);
log(fs.readFileSync(p("fd.txt"), "utf8"));
show("truncate missing", () => fs.truncateSync(p("nope"), 2));
const tmp = fs.mkdtempSync(p("tmp-"));
log(/^tmp-[A-Za-z0-9]{6}$/.test(tmp.slice(dir.length + 1)), fs.statSync(tmp).isDirectory());
show("mkdtemp missing", () => fs.mkdtempSync(p("nope/x-")));

// Wrong arguments.
show("path number", () => fs.statSync(123));
show("path object", () => fs.statSync({}));
show("path null", () => fs.statSync(null));
show("path nul", () => fs.statSync("a\0b"));
show("bad encoding", () => fs.readFileSync(p("a.txt"), "nope"));
show("bad data", () => fs.writeFileSync(p("x"), {}));
show("bad flags", () => fs.openSync(p("a.txt"), "q"));
show("bad mode", () => fs.chmodSync(p("a.txt"), "abc"));
show("bad fd", () => fs.closeSync(1.5));
show("fd type", () => fs.fstatSync("1"));
show("bad buffer", () => fs.readSync(0, "x"));
// URL objects (a stand-in with href and protocol where URL is missing).
const url = (s) => (typeof URL === "function" ? new URL(s) : { href: s, protocol: s.slice(0, s.indexOf(":") + 1) });
show("url scheme", () => fs.readFileSync(url("http://example.com/x")));
log(fs.readFileSync(url("file://" + p("c3.txt")), "utf8"));
show("read dir", () => fs.readFileSync(dir));

fs.rmSync(dir, { recursive: true });
log(fs.existsSync(dir));
