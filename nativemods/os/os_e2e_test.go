package os_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestWriteToClosedStdout checks that os.write to a stdout whose reader is
// gone ends the program by SIGPIPE, as a C program does, rather than
// leaving it to spin on -EPIPE.
func TestWriteToClosedStdout(t *testing.T) {
	dir := t.TempDir()
	src := `import * as os from "os";
const b = new Uint8Array(4096).fill(65);
for (let i = 0; i < 1e6; i++) os.write(1, b.buffer, 0, b.length);
os.write(2, new Uint8Array([33]).buffer, 0, 1);
`
	script := filepath.Join(dir, "w.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := gojsctest.Compile(t, script)
	r := gojsctest.Run(t, "", nil, nil, "bash", "-c", `"$0" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"`, exe)
	if got := strings.TrimSpace(string(r.Stdout)); got != "141" || len(r.Stderr) != 0 {
		t.Fatalf("status %q (want 141, killed by SIGPIPE), stderr %q", got, r.Stderr)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	gojsctest.Cleanup()
	os.Exit(code)
}

// TestFatalSignals checks how a program ends by the signals that end a
// process: SIGQUIT gives status 131 with no Go goroutine dump, with or
// without std loaded; a signal the program was started with ignored (as
// under nohup) stays ignored even once std watches the others.
func TestFatalSignals(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return gojsctest.Compile(t, p)
	}
	// Each program says it is ready, then waits; the shell signals it.
	// (set -m: a background job of a shell without job control starts
	// with SIGQUIT ignored.)
	plain := write("plain.js", `console.error("ready"); setTimeout(() => print("timeout"), 3000);`)
	withStd := write("withstd.js", `import * as std from "std";
console.error("ready"); setTimeout(() => print("survived"), 300);`)
	quit := `set -m; rm -f out err; "$0" > out 2> err & pid=$!; until [ -s err ]; do sleep 0.01; done; kill -QUIT $pid; wait $pid; echo "status $?"; cat out err`
	for _, exe := range []string{plain, withStd} {
		r := gojsctest.Run(t, dir, nil, nil, "bash", "-c", quit, exe)
		if got := string(r.Stdout); got != "status 131\nready\n" {
			t.Errorf("%s after SIGQUIT: stdout %q, stderr %q; want status 131 and no dump", filepath.Base(exe), got, r.Stderr)
		}
	}
	hup := `trap '' HUP; rm -f out err; "$0" > out 2> err & pid=$!; until [ -s err ]; do sleep 0.01; done; kill -HUP $pid; wait $pid; echo "status $?"; cat out err`
	r := gojsctest.Run(t, dir, nil, nil, "bash", "-c", hup, withStd)
	if got := string(r.Stdout); got != "status 0\nsurvived\nready\n" {
		t.Errorf("ignored SIGHUP: stdout %q, stderr %q; want the program to run on", got, r.Stderr)
	}
}
