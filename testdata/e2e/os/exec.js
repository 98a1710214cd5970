// os.exec: blocking and not, its options, 127 for programs that cannot run,
// and fds >= 3 never inherited.
import * as os from "os";
import * as std from "std";

print("before the child");
print("exit code", os.exec(["sh", "-c", "echo child output; exit 3"]));
print("after the child");
print("killed", os.exec(["sh", "-c", "kill -9 $$"]));
print("missing program", os.exec(["no-such-program-gojsc"]));
print("missing path", os.exec(["/no/such/program"]));
print("no usePath", os.exec(["sh", "-c", "exit 0"], { usePath: false }));
print("not executable", os.exec(["/etc/passwd"]));
print("file", os.exec(["my-name", "-c", 'echo "argv0=$0"'], { file: "sh" }));
print("cwd", os.exec(["sh", "-c", "pwd"], { cwd: "/" }));
print("bad cwd", os.exec(["sh", "-c", "pwd"], { cwd: "/no/such/dir" }));
print("env", os.exec(["sh", "-c", 'echo "A=$A B=$B HOME=${HOME-unset}"'], { env: { A: "1", B: 2 } }));
const [me] = os.stat(std.getenv("TMPDIR"));
print("own uid/gid", os.exec(["sh", "-c", "exit 4"], { uid: me.uid, gid: me.gid }), os.exec(["sh", "-c", "exit 4"], { gid: me.gid }));

// stdin and stdout redirected to pipes.
const [inR, inW] = os.pipe();
const [outR, outW] = os.pipe();
os.write(inW, new Uint8Array([104, 105, 10]).buffer, 0, 3);
os.close(inW);
print("redirected", os.exec(["tr", "a-z", "A-Z"], { stdin: inR, stdout: outW }));
os.close(inR);
os.close(outW);
const buf = new ArrayBuffer(64);
const n = os.read(outR, buf, 0, 64);
print("child wrote", JSON.stringify(String.fromCharCode(...new Uint8Array(buf, 0, n))));
os.close(outR);

// stderr redirected.
const [errR, errW] = os.pipe();
os.exec(["sh", "-c", "echo oops >&2"], { stderr: errW });
os.close(errW);
print("stderr", os.read(errR, buf, 0, 64));
os.close(errR);

// An fd the script opened is not inherited, even at a high number.
const [r, w] = os.pipe();
os.dup2(w, 50);
print("fd 50 in parent", os.isatty(50) === false && os.write(50, buf, 0, 1) === 1);
os.exec(["sh", "-c", 'if [ -e /dev/fd/50 ]; then echo "fd 50 inherited"; else echo "fd 50 not inherited"; fi']);
for (const fd of [r, w, 50]) os.close(fd);

// Non-blocking: the pid, then waitpid.
const pid = os.exec(["sh", "-c", "exit 5"], { block: false });
const [ret, status] = os.waitpid(pid, 0);
print("waitpid", ret === pid, status, status >> 8);
const bad = os.exec(["no-such-program-gojsc"], { block: false });
const [ret2, status2] = os.waitpid(bad, 0);
print("non-blocking missing program", bad > 0, ret2 === bad, status2 >> 8);

for (const f of [() => os.exec([]), () => os.exec(), () => os.exec(["true"], null)]) {
  try { f(); print("no exception"); } catch (e) { print(e.name); }
}
