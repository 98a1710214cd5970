// flags: --embed embedded
// build: the program runs away from the files on disk, which it reads from itself
// Files embedded with --embed, read by std and os under /$gojsc and at
// their relative paths, where a real file comes first.
import * as std from "std";
import * as os from "os";

// Away from testdata: relative paths find no real file, so they read the
// embedded ones.
if (std.getenv("GOJSC_EMBED_TEST") !== "disk") os.chdir(std.getenv("TMPDIR"));

function show(d) {
  print("--", d);
  print(JSON.stringify(std.loadFile(d + "/hello.txt")));
  const bin = std.loadFile(d + "/sub/lines.txt", { binary: true });
  print(bin.constructor.name, bin.length, bin[0]);
  const f = std.open(d + "/sub/lines.txt", "r");
  print(f.getline(), f.tell());
  f.seek(4, std.SEEK_SET);
  print(f.getline());
  print(JSON.stringify(f.readAsString()), f.eof());
  f.seek(0, std.SEEK_END);
  print(f.tell());
  f.seek(-6, std.SEEK_END);
  print(f.getByte(), f.getline());
  f.close();
  const [names, err] = os.readdir(d);
  print(names.sort().join(" "), err);
  const [st, e2] = os.stat(d + "/hello.txt");
  print(st.size, (st.mode & os.S_IFMT) === os.S_IFREG, e2);
  const [sd] = os.lstat(d + "/sub");
  print((sd.mode & os.S_IFMT) === os.S_IFDIR);
  const fd = os.open(d + "/hello.txt", os.O_RDONLY);
  const buf = new Uint8Array(5);
  print(os.read(fd, buf.buffer, 0, 5), String.fromCharCode(...buf));
  os.close(fd);
  print(std.loadFile(d + "/missing.txt"));
  const eo = {};
  print(std.open(d + "/missing.txt", "r", eo), eo.errno === std.Error.ENOENT);
  print(os.stat(d + "/missing")[1] === std.Error.ENOENT);
  print(os.readdir(d + "/hello.txt")[1]);
}

show("embedded");
show("/$gojsc/embedded");
print(os.readdir("/$gojsc")[0].sort().join(" "));

// A real file at a relative path comes first; /$gojsc still names the
// embedded one.
if (std.getenv("GOJSC_EMBED_TEST") !== "disk") {
  os.mkdir("embedded");
  std.writeFile("embedded/hello.txt", "real\n");
}
print(JSON.stringify(std.loadFile("embedded/hello.txt")), JSON.stringify(std.loadFile("/$gojsc/embedded/hello.txt")));
// Files written under the root go nowhere: it is not a real directory.
print(std.open("/$gojsc/embedded/new.txt", "w"));
