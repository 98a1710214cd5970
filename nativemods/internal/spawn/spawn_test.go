//go:build unix

package spawn_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/jstest"
	"golang.org/x/sys/unix"
)

// run runs script with std, os and process imported and returns what it
// passed to done().
func run(t *testing.T, script string) []string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "spawn.js")
	src := `import * as std from "std";
import * as os from "os";
import * as process from "process";
const got = [];
const done = (v) => got.push(String(v));
` + script + `
print(JSON.stringify(got));
`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := jstest.Run(t, file, jstest.Options{Flags: []string{"-M", "process"}, Program: "spawn"})
	if r.Exit != 0 {
		t.Fatalf("exit %d\n%s%s", r.Exit, r.Stdout, r.Stderr)
	}
	var got []string
	if err := json.Unmarshal(r.Stdout, &got); err != nil {
		t.Fatalf("output %q: %v", r.Stdout, err)
	}
	return got
}

// childOutputs has the script run cmd (an argv) with os.exec, process.open
// and std.popen, and pass each one's stdout to done().
const childOutputs = `
function readFd(fd) {
	const buf = new ArrayBuffer(4096);
	let s = "", n;
	while ((n = os.read(fd, buf, 0, buf.byteLength)) > 0) s += String.fromCharCode(...new Uint8Array(buf, 0, n));
	return s;
}
function each(argv) {
	const [r, w] = os.pipe();
	os.exec(argv, { stdout: w });
	os.close(w);
	done("os.exec: " + readFd(r));
	os.close(r);
	const fd = process.open(argv, "r");
	done("process.open: " + readFd(fd));
	process.close(fd);
	const f = std.popen(argv.map(a => "'" + a + "'").join(" "), "r");
	done("std.popen: " + f.readAsString());
	f.close();
}
`

// TestNoFdInherited checks that an fd without close-on-exec (here one this
// process opened so, as a native module or the parent process might) does
// not reach the children of any of the three modules.
func TestNoFdInherited(t *testing.T) {
	marker := filepath.Join(t.TempDir(), "leak-marker")
	fd, err := unix.Open(marker, unix.O_CREAT|unix.O_RDWR, 0o600) // no O_CLOEXEC
	if err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fd)
	list := `for f in /proc/$$/fd/*; do readlink "$f"; done`
	got := run(t, childOutputs+`each(["sh", "-c", `+strconv.Quote(list)+`]);`)
	if len(got) != 3 {
		t.Fatalf("got %q, want three outputs", got)
	}
	for _, out := range got {
		if strings.Contains(out, "leak-marker") {
			t.Errorf("fd %d leaked into the child: %s", fd, out)
		}
		if strings.Count(out, "\n") < 3 {
			t.Errorf("child listed fewer fds than its stdin, stdout and stderr: %q", out)
		}
	}
}

// TestSamePath checks that the three modules find a program by the same
// PATH rules: a relative entry counts (from the working directory), and a
// match that is not executable is passed over for a later one.
func TestSamePath(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"a", "b"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "a", "gojsc-probe"), []byte("#!/bin/sh\necho a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "b", "gojsc-probe"), []byte("#!/bin/sh\necho b\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	t.Setenv("PATH", "a:b:"+os.Getenv("PATH"))
	got := run(t, childOutputs+`each(["gojsc-probe"]);`)
	want := []string{"os.exec: b\n", "process.open: b\n", "std.popen: b\n"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}
