package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// -c writes the program as a Go file that a Go program of the user's
// builds with plain go build and runs with jsrt.Run (testdata/gofile).
func TestGoFile(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	src := filepath.Join(gojsctest.Root(), "testdata", "gofile")
	dir := t.TempDir()
	for _, f := range []string{"main.go", "hello.js", "lib.js"} {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := os.ReadFile(filepath.Join(gojsctest.Root(), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	gomod := "module example.com/host\n\ngo 1.26.0\n\nrequire github.com/gojsc/gojsc v0.0.0-00010101000000-000000000000\n\nreplace github.com/gojsc/gojsc => " + gojsctest.Root() + "\n"
	os.WriteFile(filepath.Join(dir, "go.mod"), []byte(gomod), 0o644)
	os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644)

	if r := gojsctest.Run(t, dir, nil, nil, gojsc, "-c", "prog/hello.go", "-N", "Hello", "hello.js"); r.Exit != 0 {
		t.Fatalf("gojsc -c: exit %d\n%s", r.Exit, r.Stderr)
	}
	gen, err := os.ReadFile(filepath.Join(dir, "prog", "hello.go"))
	if err != nil {
		t.Fatal(err)
	}
	if r := gojsctest.Run(t, dir, []string{"GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local"}, nil, "go", "build", "-o", "host", "."); r.Exit != 0 {
		t.Fatalf("go build: exit %d\n%s\ngenerated:\n%.2000s", r.Exit, r.Stderr, gen)
	}
	r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "host"), "Go", "world")
	want := "host: running the script\nhello, Go world\nhost: the script ended with status 3\n"
	if string(r.Stdout) != want || r.Exit != 0 || len(r.Stderr) != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want stdout %q", r.Exit, r.Stdout, r.Stderr, want)
	}
}

// -c checks the names it is given before bundling anything.
func TestGoFileNames(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.js"), []byte("print(1)"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-c", "prog/a.txt", "a.js"}, "gojsc: -c " + filepath.Join(dir, "prog/a.txt") + ": the Go file's name must end in .go (and not _test.go)\n"},
		{[]string{"-c", "prog/a.go", "-N", "lower", "a.js"}, "gojsc: -N \"lower\": the variable's name must be an exported Go identifier, such as Program\n"},
		{[]string{"-c", "my-prog/a.go", "--package", "no-go", "a.js"}, "gojsc: --package \"no-go\" is not a Go package name\n"},
		{[]string{"-c", "prog/a.go", "-e", "out", "a.js"}, "gojsc: -c and -e both say what to write; give one\n"},
	} {
		r := gojsctest.Run(t, dir, nil, nil, gojsc, tc.args...)
		if r.Exit != 1 || string(r.Stderr) != tc.want {
			t.Errorf("gojsc %v: exit %d, stderr %q; want %q", tc.args, r.Exit, r.Stderr, tc.want)
		}
	}
	// The package is that of the Go files beside the file, else the
	// directory's name with - and . made _.
	os.MkdirAll(filepath.Join(dir, "cmd"), 0o755)
	os.WriteFile(filepath.Join(dir, "cmd", "main.go"), []byte("// Command x.\npackage main\n"), 0o644)
	for file, pkg := range map[string]string{"cmd/prog.go": "main", "my-prog/prog.go": "my_prog"} {
		if r := gojsctest.Run(t, dir, nil, nil, gojsc, "-c", file, "a.js"); r.Exit != 0 {
			t.Fatalf("gojsc -c %s: exit %d\n%s", file, r.Exit, r.Stderr)
		}
		data, _ := os.ReadFile(filepath.Join(dir, file))
		if want := "\npackage " + pkg + "\n"; !strings.Contains(string(data), want) {
			t.Errorf("gojsc -c %s wrote no %q:\n%.500s", file, want, data)
		}
	}
}
