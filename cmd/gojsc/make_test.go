package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// makefile is the pattern the README shows, with the gojsc to use passed
// in: the flags come after the script, as in the README.
const makefile = `GOJSC ?= gojsc

app: app.js
	$(GOJSC) app.js -o $@ -MD

-include app.d
`

// TestMakeDepFile runs make over a program built with -MD: the first make
// builds, a second one does nothing, touching an imported file (or a JSON
// file, or a package.json esbuild read) rebuilds, and removing an import
// and its file rebuilds without make complaining about the missing file.
func TestMakeDepFile(t *testing.T) {
	makeCmd, err := exec.LookPath("make")
	if err != nil {
		t.Skip("make is not installed")
	}
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	files := map[string]string{
		"Makefile":         makefile,
		"app.js":           "import { greet } from \"./lib/greet.js\";\nimport cfg from \"./config.json\";\nprint(greet(cfg.name));\n",
		"lib/greet.js":     "export const greet = (n) => \"hello, \" + n;\n",
		"config.json":      "{\"name\": \"make\"}\n",
		"lib/package.json": "{\"type\": \"module\"}\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Each run of make starts a second later, as far as mtimes go: a
	// file touched is newer than the program built before.
	clock := time.Now().Add(-time.Hour)
	touch := func(name string) {
		clock = clock.Add(2 * time.Second)
		if err := os.Chtimes(filepath.Join(dir, name), clock, clock); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		touch(name)
	}
	runMake := func(wantBuild bool, why string) {
		t.Helper()
		r := gojsctest.Run(t, dir, nil, nil, makeCmd, "GOJSC="+gojsc)
		if r.Exit != 0 {
			t.Fatalf("%s: make: exit %d\n%s%s", why, r.Exit, r.Stdout, r.Stderr)
		}
		built := strings.Contains(string(r.Stdout), "-MD")
		if built != wantBuild {
			t.Fatalf("%s: make built %v, want %v\n%s%s", why, built, wantBuild, r.Stdout, r.Stderr)
		}
		if built {
			touch("app") // the program is newer than its sources
		}
	}
	runMake(true, "first make")
	if r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "app")); string(r.Stdout) != "hello, make\n" || r.Exit != 0 {
		t.Fatalf("app: %q, exit %d, %s", r.Stdout, r.Exit, r.Stderr)
	}
	dep, _ := os.ReadFile(filepath.Join(dir, "app.d"))
	for _, f := range []string{"app.js", "lib/greet.js", "config.json", "lib/package.json"} {
		if !strings.Contains(string(dep), "  "+f) {
			t.Errorf("app.d does not list %s:\n%s", f, dep)
		}
	}
	runMake(false, "nothing touched")
	for _, f := range []string{"lib/greet.js", "config.json", "lib/package.json"} {
		touch(f)
		runMake(true, f+" touched")
		runMake(false, "nothing touched after "+f)
	}
	if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte("print(\"alone\");\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	touch("app.js")
	if err := os.Remove(filepath.Join(dir, "lib/greet.js")); err != nil {
		t.Fatal(err)
	}
	runMake(true, "import removed")
	if r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "app")); string(r.Stdout) != "alone\n" {
		t.Fatalf("app after the import went: %q, %s", r.Stdout, r.Stderr)
	}
	runMake(false, "nothing touched at the end")

	readme, err := os.ReadFile(filepath.Join(gojsctest.Root(), "README.md"))
	if err != nil || !strings.Contains(string(readme), "```make\n"+makefile+"```") {
		t.Errorf("README.md does not show the Makefile this test runs (%v)", err)
	}
}
