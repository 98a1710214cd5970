// waitpid with WNOHANG, kill, getpid.
import * as os from "os";

print("getpid", os.getpid() > 1);
const pid = os.exec(["sleep", "10"], { block: false });
print("running", JSON.stringify(os.waitpid(pid, os.WNOHANG)));
print("kill", os.kill(pid, os.SIGTERM));
const [ret, status] = os.waitpid(pid, 0);
print("reaped", ret === pid, "signal", status & 0x7f);
print("no child", JSON.stringify(os.waitpid(pid, 0)), JSON.stringify(os.waitpid(-1, os.WNOHANG)));
print("kill missing", os.kill(pid, 0));
print("exit status", os.exec(["sh", "-c", "kill -TERM $$"]));
