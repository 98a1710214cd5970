// node:fs/promises: the promise forms, FileHandle, and rejections with
// Node's errors (wrong arguments reject too: these are async functions).
import fs from "node:fs";
import * as fsp from "node:fs/promises";

const dir = process.env.TMPDIR + "/pr";
const p = (name) => dir + "/" + name;

async function main() {
  console.log(fs.promises === fsp || fs.promises.readFile === fsp.readFile || "same API", typeof fsp.constants.R_OK);
  console.log(await fsp.mkdir(p("x/y"), { recursive: true }) === dir);
  await Promise.all([1, 2, 3].map((i) => fsp.writeFile(p("x/f" + i), "file " + i)));
  console.log(JSON.stringify(await fsp.readdir(dir, { recursive: true })));
  const texts = await Promise.all([1, 2, 3].map((i) => fsp.readFile(p("x/f" + i), "utf8")));
  console.log(texts.join("|"));
  await fsp.appendFile(p("x/f1"), " more");
  console.log(await fsp.readFile(p("x/f1"), { encoding: "utf8" }));
  const bytes = await fsp.readFile(p("x/f2"));
  console.log(bytes instanceof Uint8Array, bytes.length);
  const st = await fsp.stat(p("x/f1"));
  console.log(st.isFile(), st.size, st.mtime instanceof Date);
  console.log(await fsp.access(p("x")));
  await fsp.cp(p("x"), p("x2"), { recursive: true });
  console.log(JSON.stringify(await fsp.readdir(p("x2"))));
  await fsp.rename(p("x2/f3"), p("x2/f4"));
  await fsp.copyFile(p("x2/f4"), p("x2/f5"));
  await fsp.symlink("f5", p("x2/l"));
  console.log(await fsp.readlink(p("x2/l")), (await fsp.lstat(p("x2/l"))).isSymbolicLink());
  console.log((await fsp.realpath(p("x2/l"))) === p("x2/f5"));
  await fsp.chmod(p("x2/f5"), 0o600);
  console.log(((await fsp.stat(p("x2/f5"))).mode & 0o777).toString(8));
  await fsp.utimes(p("x2/f5"), 5, 6);
  console.log((await fsp.stat(p("x2/f5"))).mtimeMs);
  await fsp.truncate(p("x2/f5"), 3);
  console.log(await fsp.readFile(p("x2/f5"), "utf8"));
  await fsp.unlink(p("x2/f5"));
  await fsp.rm(p("x2"), { recursive: true, force: true });
  await fsp.rmdir(p("x/y"));
  console.log(JSON.stringify(await fsp.readdir(dir)));
  const t = await fsp.mkdtemp(p("tmp-"));
  console.log(t.startsWith(p("tmp-")), t.length - p("tmp-").length);

  // FileHandle.
  const fh = await fsp.open(p("h.txt"), "w+");
  console.log(typeof fh.fd);
  const w = await fh.write("handle text");
  console.log(w.bytesWritten, w.buffer);
  const r = await fh.read(new Uint8Array(6), 0, 6, 0);
  console.log(r.bytesRead, String.fromCharCode(...r.buffer));
  await fh.truncate(6);
  console.log((await fh.stat()).size);
  await fh.writeFile("!");
  await fh.close();
  console.log(await fsp.readFile(p("h.txt"), "utf8"));
  const fh2 = await fsp.open(p("h.txt"));
  console.log(await fh2.readFile("utf8"));
  await fh2.close();

  // Rejections.
  const fail = async (label, promise) => {
    try {
      await promise;
      console.log(label, "resolved");
    } catch (e) {
      console.log(label, e.name, e.code, e.errno, e.syscall, e.message);
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
  console.log("done");
}

main();
