// Package webtest runs the Web modules' test scripts on the real runtime,
// before the compiler links a Web module by the globals a bundle uses: the
// script is bundled and run as internal/jstest runs golden scripts, after a
// preamble that loads the modules (which define their globals); its stdout, stderr and exit status are
// compared with files recorded from node 20 beside it (NAME.stdout, and
// NAME.stderr and NAME.exit when present; a missing one means empty, and 0).
package webtest

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/jstest"
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

// Run runs src with the native modules mods loaded first and env added
// to its environment.
func Run(t testing.TB, src string, mods []string, env []string) Result {
	t.Helper()
	var pre strings.Builder
	for _, m := range mods {
		pre.WriteString("__gojsc_native(" + strconv.Quote(m) + ");")
	}
	// One line, so the script's line numbers stay as they are in its file.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "script.js"), []byte(pre.String()+src), 0o666); err != nil {
		t.Fatal(err)
	}
	r := jstest.Run(t, "script.js", jstest.Options{
		Dir:     dir,
		Program: "app",
		Env:     append(os.Environ(), env...),
	})
	return Result{Stdout: string(r.Stdout), Stderr: string(r.Stderr), Exit: r.Exit}
}

// Golden runs dir/name.js and compares what it did with the files beside it.
func Golden(t *testing.T, dir, name string, mods []string, env ...string) {
	t.Helper()
	// Absolute, since running the script changes the working directory.
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
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
