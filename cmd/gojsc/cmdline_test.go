package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestCommandLine runs gojsc as users type it: flags after the script,
// the script on stdin, an output in a directory that does not exist yet.
func TestCommandLine(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "lib.js"), []byte("export const n = 7;\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	script := "import { n } from \"./lib.js\";\nprint(n * 6, typeof std);\n"
	r := gojsctest.Run(t, dir, nil, []byte(script), gojsc, "-", "-o", "out/bin/app", "-fno-std")
	if r.Exit != 0 {
		t.Fatalf("gojsc - -o out/bin/app: exit %d\n%s", r.Exit, r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "out/bin/app"))
	if string(r.Stdout) != "42 undefined\n" || r.Exit != 0 {
		t.Fatalf("the program read from stdin printed %q, exit %d, %s", r.Stdout, r.Exit, r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, []byte("print(1 +);\n"), gojsc, "-o", "bad", "-")
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), "<stdin>:1:10: ERROR") {
		t.Fatalf("syntax error on stdin: exit %d\n%s", r.Exit, r.Stderr)
	}
}
