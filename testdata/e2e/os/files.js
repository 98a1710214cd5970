// os file functions and their QuickJS conventions: -errno results and
// [value, err] pairs.
import * as os from "os";
import * as std from "std";

const dir = std.getenv("TMPDIR") + "/files";
print("mkdir", os.mkdir(dir), os.mkdir(dir) === -17 ? "EEXIST" : "?");
const file = dir + "/a.txt";
const fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640);
print("open", fd >= 3);
const data = new Uint8Array([104, 101, 108, 108, 111, 10]);
print("write", os.write(fd, data.buffer, 0, 6));
print("write part", os.write(fd, data.buffer, 1, 2));
print("close", os.close(fd), os.close(fd));

const [st, err] = os.stat(file);
print("stat", err, st.size, (st.mode & os.S_IFMT) === os.S_IFREG, st.mode & 0o777, st.nlink,
  typeof st.dev, typeof st.ino, typeof st.uid, typeof st.blocks, st.mtime > 1.6e12);
print("stat missing", JSON.stringify(os.stat(dir + "/nope")));

const rfd = os.open(file, os.O_RDONLY);
const buf = new ArrayBuffer(16);
print("read", os.read(rfd, buf, 0, 16), JSON.stringify(String.fromCharCode(...new Uint8Array(buf, 0, 8))));
print("read at EOF", os.read(rfd, buf, 0, 16));
print("seek", os.seek(rfd, 1, std.SEEK_SET), os.seek(rfd, 0, std.SEEK_END));
print("seek bigint", os.seek(rfd, 2n, std.SEEK_SET), typeof os.seek(rfd, 0n, std.SEEK_CUR));
print("read typed", os.read(rfd, new Uint8Array(buf, 4), 0, 3));
for (const f of [() => os.read(rfd, buf, 10, 7), () => os.read(rfd, buf, 17, 0), () => os.read(rfd, buf, -1, 1),
                 () => os.read(rfd, "nope", 0, 1), () => os.write(rfd, {}, 0, 1)]) {
  try { f(); print("no exception"); } catch (e) { print(e.name + ": " + e.message); }
}
os.close(rfd);
print("read closed fd", os.read(rfd, buf, 0, 1), "write closed fd", os.write(rfd, buf, 0, 1));
print("seek closed fd", os.seek(rfd, 0, std.SEEK_SET), os.seek(rfd, 0n, std.SEEK_SET));
print("open missing", os.open(dir + "/nope", os.O_RDONLY));
print("open exclusive", os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL));
print("close bad", os.close(-1), os.close(12345));

print("utimes", os.utimes(file, 1000000000123, 1500000000456));
const [st2] = os.stat(file);
print("times", st2.atime, st2.mtime);
print("utimes missing", os.utimes(dir + "/nope", 0, 0));

print("symlink", os.symlink("a.txt", dir + "/link"), os.symlink("a.txt", dir + "/link"));
print("readlink", JSON.stringify(os.readlink(dir + "/link")), JSON.stringify(os.readlink(file)));
const [lst] = os.lstat(dir + "/link");
print("lstat", (lst.mode & os.S_IFMT) === os.S_IFLNK, (os.stat(dir + "/link")[0].mode & os.S_IFMT) === os.S_IFREG);
print("realpath", JSON.stringify(os.realpath(dir + "/link")), JSON.stringify(os.realpath(dir + "/nope")));

print("rename", os.rename(file, dir + "/b.txt"), os.rename(file, dir + "/c.txt"));
os.mkdir(dir + "/sub", 0o700);
print("sub mode", os.stat(dir + "/sub")[0].mode & 0o777, (os.stat(dir + "/sub")[0].mode & os.S_IFMT) === os.S_IFDIR);
const [names, derr] = os.readdir(dir);
print("readdir", derr, names.sort().join(","));
print("readdir missing", JSON.stringify(os.readdir(dir + "/nope")));

const [cwd0, cerr] = os.getcwd();
print("getcwd", cerr, typeof cwd0);
print("chdir", os.chdir(dir), JSON.stringify(os.getcwd()), os.chdir("nope"));
print("relative realpath", JSON.stringify(os.realpath("sub")));
os.chdir(cwd0);

print("remove", os.remove(dir + "/b.txt"), os.remove(dir + "/link"), os.remove(dir + "/b.txt"));
print("remove dir", os.remove(dir + "/sub"), os.remove(dir), os.remove(dir));

const p = os.pipe();
print("pipe", Array.isArray(p), p.length, p[0] >= 3, p[1] >= 3);
const d = os.dup(p[1]);
print("dup", d > p[1], os.dup(12345));
print("dup2", os.dup2(d, 40), os.dup2(40, 40), os.dup2(12345, 41), os.dup2(40, -1));
os.write(40, new Uint8Array([65, 66]).buffer, 0, 2);
print("read through dup2", os.read(p[0], buf, 0, 16));
for (const f of [p[0], p[1], d, 40]) os.close(f);
print("isatty", os.isatty(0), os.isatty(12345));
