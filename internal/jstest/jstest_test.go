package jstest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Programs using std and os run one after another and at the same time in
// one process, each with its own output, environment and status.
func TestRunsShareNothing(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "main.js")
	src := `import * as std from "std";
import * as os from "os";
const id = std.getenv("RUN_ID");
std.setenv("RUN_ID", "changed");
let n = 0;
const iv = os.setInterval(() => {
  print("print", id, n);
  std.out.puts("std.out " + id + " " + n + "\n");
  const b = new TextEncoder().encode("os.write " + id + " " + n + "\n");
  std.out.flush(); // os.write bypasses the buffer, as in QuickJS
  os.write(1, b.buffer, 0, b.length);
  std.err.puts("err " + id + "\n");
  if (++n === 20) { os.clearInterval(iv); std.exit(Number(id)); }
}, 0);
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			t.Parallel()
			for range 2 {
				id := fmt.Sprint(10 + i)
				r := Run(t, script, Options{Program: "app", Env: []string{"RUN_ID=" + id}})
				var want, wantErr strings.Builder
				for n := range 20 {
					fmt.Fprintf(&want, "print %s %d\nstd.out %s %d\nos.write %s %d\n", id, n, id, n, id, n)
					fmt.Fprintf(&wantErr, "err %s\n", id)
				}
				if string(r.Stdout) != want.String() || string(r.Stderr) != wantErr.String() || fmt.Sprint(r.Exit) != id {
					t.Errorf("status %d, stdout:\n%s\nstderr:\n%s", r.Exit, r.Stdout, r.Stderr)
				}
			}
			if v, ok := os.LookupEnv("RUN_ID"); ok {
				t.Errorf("a run's setenv reached the process: RUN_ID=%s", v)
			}
		})
	}
}

// FILEs a script leaves open are closed when its run ends, as a process's
// end would close them: a run inside a longer-lived process leaks no fd.
func TestRunClosesFiles(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd here")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "open.js")
	src := `import * as std from "std";
const files = [std.open(scriptArgs[0], "r"), std.tmpfile(), std.open(scriptArgs[0], "r")];
files[1].puts("pending");
print(files.every(f => f !== null));
`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	fds := func() int {
		entries, err := os.ReadDir("/proc/self/fd")
		if err != nil {
			t.Fatal(err)
		}
		return len(entries)
	}
	Run(t, script, Options{Program: script, Env: []string{"TMPDIR=" + dir}}) // first use starts what the process keeps
	before := fds()
	for range 5 {
		r := Run(t, script, Options{Program: script, Env: []string{"TMPDIR=" + dir}})
		if string(r.Stdout) != "true\n" || r.Exit != 0 {
			t.Fatalf("status %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
		}
	}
	if after := fds(); after > before {
		t.Errorf("%d fds open after 5 runs, %d before", after, before)
	}
}
