// Package webtest runs the Web modules' test scripts on the real runtime,
// before the compiler links a Web module by the globals a bundle uses: the
// script runs as a classic script after a preamble that loads the modules
// (which define their globals), and its stdout, stderr and exit status are
// compared with files recorded from node 20 beside it (NAME.stdout, and
// NAME.stderr and NAME.exit when present; a missing one means empty, and 0).
package webtest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojsc/gojsc/jsrt"
)

// Dir returns testdata/e2e/web of the repository.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "..", "testdata", "e2e", "web")
}

// Result is what a script did.
type Result struct {
	Stdout, Stderr string
	Exit           int
}

// Run runs src with the native modules mods loaded first and env as its
// environment (nil: none beyond the test's).
func Run(t testing.TB, src string, mods []string, env []string) Result {
	t.Helper()
	var pre strings.Builder
	for _, m := range mods {
		pre.WriteString("__gojsc_native(" + strconv.Quote(m) + ");")
	}
	// One line, so the script's line numbers stay as they are in its file.
	var stdout, stderr bytes.Buffer
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	status, err := jsrt.Run(ctx, jsrt.Program{Source: pre.String() + src, Modules: mods}, jsrt.Config{
		Args:   []string{"app"},
		Env:    append(os.Environ(), env...),
		Stdout: &stdout,
		Stderr: &stderr,
	})
	if err != nil {
		t.Fatalf("running the script: %v", err)
	}
	return Result{Stdout: stdout.String(), Stderr: stderr.String(), Exit: status}
}

// Golden runs dir/name.js and compares what it did with the files beside it.
func Golden(t *testing.T, dir, name string, mods []string, env ...string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, name+".js"))
	if err != nil {
		t.Fatal(err)
	}
	r := Run(t, string(src), mods, env)
	want := func(ext, def string) string {
		b, err := os.ReadFile(filepath.Join(dir, name+ext))
		if os.IsNotExist(err) {
			return def
		} else if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	if w := want(".stdout", ""); r.Stdout != w {
		t.Errorf("%s: stdout:\n%s\nwant:\n%s\nstderr:\n%s", name, r.Stdout, w, r.Stderr)
	}
	if w := want(".stderr", ""); r.Stderr != w {
		t.Errorf("%s: stderr:\n%s\nwant:\n%s", name, r.Stderr, w)
	}
	if w := strings.TrimSpace(want(".exit", "0")); strconv.Itoa(r.Exit) != w {
		t.Errorf("%s: exit status %d, want %s", name, r.Exit, w)
	}
}
