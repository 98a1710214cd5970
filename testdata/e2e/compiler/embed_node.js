// flags: --embed embedded/sub --embed embedded/hello.txt
// build: the program runs away from the files on disk, which it reads from itself
// Files embedded with --embed, read by node:fs under /$gojsc and at their
// relative paths.
import fs from "node:fs";
import fsp from "node:fs/promises";
import process from "node:process";

// Away from testdata: relative paths find no real file, so they read the
// embedded ones.
if (process.env.GOJSC_EMBED_TEST !== "disk") process.chdir(process.env.TMPDIR);

async function show(d) {
  console.log("--", d);
  console.log(JSON.stringify(fs.readFileSync(d + "/hello.txt", "utf8")));
  const buf = fs.readFileSync(d + "/sub/lines.txt");
  console.log(Buffer.isBuffer(buf), buf.length, buf[0]);
  console.log(fs.existsSync(d + "/hello.txt"), fs.existsSync(d + "/sub"), fs.existsSync(d + "/missing"));
  const st = fs.statSync(d + "/hello.txt");
  console.log(st.isFile(), st.isDirectory(), st.size);
  console.log(fs.lstatSync(d + "/sub").isDirectory());
  console.log(fs.statSync(d + "/missing", { throwIfNoEntry: false }));
  console.log(fs.readdirSync(d));
  console.log(fs.readdirSync(d, { recursive: true }));
  console.log(fs.readdirSync(d, { withFileTypes: true }).map((e) => [e.name, e.isDirectory()]));
  console.log(await fsp.readFile(d + "/sub/lines.txt", "utf8"));
  console.log(await new Promise((res) => fs.readFile(d + "/hello.txt", "utf8", (err, s) => res([err, s]))));
  console.log((await fsp.stat(d + "/sub/lines.txt")).size);
  try {
    fs.readFileSync(d + "/missing.txt");
  } catch (e) {
    console.log(e.code, e.syscall);
  }
  try {
    fs.readdirSync(d + "/hello.txt");
  } catch (e) {
    console.log(e.code, e.syscall);
  }
}

await show("embedded");
await show("/$gojsc/embedded");
console.log(fs.readdirSync("/$gojsc"), fs.readdirSync("/$gojsc/embedded"));
