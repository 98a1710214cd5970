package std_test

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// fdLimitScript opens files until std.open fails, then tries every API that
// creates an fd, first with none left and then with a few free again.
const fdLimitScript = `import * as std from "std";
import * as os from "os";
import * as process from "process";
const url = scriptArgs[1];
const files = [];
const err = {};
for (;;) {
  const f = std.open("/dev/null", "r", err);
  if (!f) break;
  files.push(f);
}
function show(label) {
  const r = {};
  const e = {};
  r["std.open"] = [std.open("/dev/null", "r", e) === null ? null : "FILE", e.errno];
  const e2 = {};
  r["std.tmpfile"] = [std.tmpfile(e2) === null ? null : "FILE", e2.errno];
  const e3 = {};
  const p = std.popen("echo hi", "r", e3);
  r["std.popen"] = [p === null ? null : p.getline(), e3.errno];
  if (p) p.close();
  const fd = os.open("/dev/null", os.O_RDONLY);
  r["os.open"] = fd < 0 ? fd : "fd";
  if (fd >= 0) {
    const e4 = {};
    const f = std.fdopen(fd, "r", e4);
    r["std.fdopen"] = [f === null ? null : "FILE", e4.errno];
    f.close();
  }
  const pp = os.pipe();
  r["os.pipe"] = pp === null ? null : "pair";
  if (pp) { os.close(pp[0]); os.close(pp[1]); }
  r["os.exec"] = os.exec(["true"]);
  const pid = os.exec(["sh", "-c", "exit 3"], { block: false });
  r["os.exec nonblock"] = pid > 0 ? os.waitpid(pid, 0)[1] : pid;
  r["os.readdir"] = (() => { const [l, e] = os.readdir("/"); return [l.length > 0, e]; })();
  r["std.loadFile"] = std.loadFile("/etc/hostname") === null ? null : "string";
  r["os.signal"] = (os.signal(os.SIGUSR1, () => {}), "ok");
  os.signal(os.SIGUSR1, null);
  r["os.ttySetRaw"] = (os.ttySetRaw(0), "ok");
  const u = std.urlGet(url, { full: true });
  r["std.urlGet"] = [u.response, u.status];
  const pfd = process.open(["sh", "-c", "exit 5"], "r");
  r["process.open"] = pfd < 0 ? pfd : process.close(pfd);
  print(label + ":");
  for (const k in r) print("  " + k, JSON.stringify(r[k]));
}
print("opened", files.length > 20, "then errno", err.errno);
show("exhausted");
for (let i = 0; i < 6; i++) files.pop().close();
show("after closing 6");
os.setTimeout(() => { print("timer fired"); }, 1);
`

// fdLimitWant is what the script prints. The std and os lines are what
// QuickJS prints under the same limit, but for std.urlGet with no fd left:
// QuickJS, which runs curl, throws "TypeError: could not start curl"; here
// the request fails as any request that got no response does.
const fdLimitWant = `opened true then errno 24
exhausted:
  std.open [null,24]
  std.tmpfile [null,24]
  std.popen [null,24]
  os.open -24
  os.pipe null
  os.exec 0
  os.exec nonblock 768
  os.readdir [false,24]
  std.loadFile null
  os.signal "ok"
  os.ttySetRaw "ok"
  std.urlGet [null,null]
  process.open -24
after closing 6:
  std.open ["FILE",0]
  std.tmpfile ["FILE",0]
  std.popen ["hi",0]
  os.open "fd"
  std.fdopen ["FILE",0]
  os.pipe "pair"
  os.exec 0
  os.exec nonblock 768
  os.readdir [true,0]
  std.loadFile "string"
  os.signal "ok"
  os.ttySetRaw "ok"
  std.urlGet ["hello\n",200]
  process.open 5
timer fired
`

// TestOutOfFds runs a program that uses up its fd limit: every API that
// needs a new fd fails as QuickJS's does (null or -EMFILE) instead of the
// Go runtime crashing, and works again once fds are freed.
func TestOutOfFds(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a program with gojsc")
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("hello\n"))
	}))
	defer srv.Close()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "fds.js"), []byte(fdLimitScript), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := gojsctest.CompileIn(t, dir, "fds.js", "-M", "process")
	r := gojsctest.Run(t, "", nil, nil, "/bin/sh", "-c", `ulimit -n 64 && exec "$0" "$1"`, exe, srv.URL)
	if string(r.Stdout) != fdLimitWant || r.Exit != 0 || len(r.Stderr) != 0 {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", r.Exit, r.Stdout, fdLimitWant, r.Stderr)
	}
}
