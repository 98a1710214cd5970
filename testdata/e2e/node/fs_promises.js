// node:fs/promises: the promise forms, FileHandle, and rejections with
// Node's errors (wrong arguments reject too: these are async functions).
import fs from "node:fs";
import * as fsp from "node:fs/promises";

// A directory of its own under $TMPDIR (or /tmp), written $DIR in the output.
const base = fs.realpathSync(globalThis.process?.env?.TMPDIR || "/tmp");
const dir = fs.mkdtempSync(base + "/fs-promises-");
const log = (...args) => console.log(...args.map((a) => (typeof a === "string" ? a.replaceAll(dir, "$DIR") : a)));
const p = (name) => dir + "/" + name;

async function main() {
  log(fs.promises === fsp || fs.promises.readFile === fsp.readFile || "same API", typeof fsp.constants.R_OK);
  log(await fsp.mkdir(p("x/y"), { recursive: true }));
  await Promise.all([1, 2, 3].map((i) => fsp.writeFile(p("x/f" + i), "file " + i)));
  log(JSON.stringify(await fsp.readdir(dir, { recursive: true })));
  const texts = await Promise.all([1, 2, 3].map((i) => fsp.readFile(p("x/f" + i), "utf8")));
  log(texts.join("|"));
  await fsp.appendFile(p("x/f1"), " more");
  log(await fsp.readFile(p("x/f1"), { encoding: "utf8" }));
  const bytes = await fsp.readFile(p("x/f2"));
  log(bytes instanceof Uint8Array, bytes.length);
  const st = await fsp.stat(p("x/f1"));
  log(st.isFile(), st.size, st.mtime instanceof Date);
  log(await fsp.access(p("x")));
  await fsp.cp(p("x"), p("x2"), { recursive: true });
  log(JSON.stringify(await fsp.readdir(p("x2"))));
  await fsp.rename(p("x2/f3"), p("x2/f4"));
  await fsp.copyFile(p("x2/f4"), p("x2/f5"));
  await fsp.symlink("f5", p("x2/l"));
  log(await fsp.readlink(p("x2/l")), (await fsp.lstat(p("x2/l"))).isSymbolicLink());
  log((await fsp.realpath(p("x2/l"))) === p("x2/f5"));
  await fsp.chmod(p("x2/f5"), 0o600);
  log(((await fsp.stat(p("x2/f5"))).mode & 0o777).toString(8));
  await fsp.utimes(p("x2/f5"), 5, 6);
  log((await fsp.stat(p("x2/f5"))).mtimeMs);
  await fsp.truncate(p("x2/f5"), 3);
  log(await fsp.readFile(p("x2/f5"), "utf8"));
  await fsp.unlink(p("x2/f5"));
  await fsp.rm(p("x2"), { recursive: true, force: true });
  await fsp.rmdir(p("x/y"));
  log(JSON.stringify(await fsp.readdir(dir)));
  const t = await fsp.mkdtemp(p("tmp-"));
  log(t.startsWith(p("tmp-")), t.length - p("tmp-").length);

  // FileHandle.
  const fh = await fsp.open(p("h.txt"), "w+");
  log(typeof fh.fd);
  const w = await fh.write("handle text");
  log(w.bytesWritten, w.buffer);
  const r = await fh.read(new Uint8Array(6), 0, 6, 0);
  log(r.bytesRead, String.fromCharCode(...r.buffer));
  await fh.truncate(6);
  log((await fh.stat()).size);
  await fh.writeFile("!");
  await fh.close();
  log(await fsp.readFile(p("h.txt"), "utf8"));
  const fh2 = await fsp.open(p("h.txt"));
  log(await fh2.readFile("utf8"));
  await fh2.close();

  // Rejections.
  const fail = async (label, promise) => {
    try {
      await promise;
      log(label, "resolved");
    } catch (e) {
      log(label, e.name, e.code, e.errno, e.syscall, e.message);
    }
  };
  await fail("readFile missing", fsp.readFile(p("nope")));
  await fail("stat missing", fsp.stat(p("nope")));
  await fail("mkdir existing", fsp.mkdir(dir));
  await fail("rm dir", fsp.rm(p("x")));
  await fail("rmdir non-empty", fsp.rmdir(p("x")));
  await fail("access missing", fsp.access(p("nope"), fsp.constants.W_OK));
  await fail("rename missing", fsp.rename(p("nope"), p("nope2")));
  await fail("open missing", fsp.open(p("nope")));
  await fail("bad path", fsp.readFile(7n));
  await fail("bad data", fsp.writeFile(p("z"), 12));
  await fail("bad encoding", fsp.readFile(p("h.txt"), { encoding: "utf9" }));
  await fsp.rm(dir, { recursive: true });
  log("done", fs.existsSync(dir));
}

main();
