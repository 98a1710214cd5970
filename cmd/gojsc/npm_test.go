package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/gojsc/gojsc/compiler"
	"github.com/gojsc/gojsc/internal/gojsctest"
	"github.com/gojsc/gojsc/internal/jstest"
	"github.com/gojsc/gojsc/jsrt"
)

// TestNpmPackages builds and runs real npm packages: each directory under
// testdata/npm has a package.json pinning them, a package-lock.json pinning
// their dependencies too (optional), a main.js using them and main.stdout,
// node's output. The packages are installed with npm into a copy of the
// directory, so the test needs npm and its registry; it is skipped without
// them, and in -short mode.
//
// A directory may also hold main.fails, saying why gojsc cannot give node's
// output yet: the script then still runs, a difference skips the test with
// that reason, and node's output makes the test fail until main.fails goes.
func TestNpmPackages(t *testing.T) {
	if testing.Short() {
		t.Skip("installs npm packages; not in -short mode")
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		t.Skip("npm is not on PATH: the npm packages are not tested")
	}
	root := filepath.Join(gojsctest.Root(), "testdata", "npm")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			src := filepath.Join(root, d.Name())
			dir := t.TempDir()
			install := []string{"install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"}
			if _, err := os.Stat(filepath.Join(src, "package-lock.json")); err == nil {
				// npm ci installs exactly what the lock file names.
				install = []string{"ci", "--no-audit", "--no-fund", "--ignore-scripts"}
			}
			for _, name := range []string{"package.json", "package-lock.json", "main.js"} {
				data, err := os.ReadFile(filepath.Join(src, name))
				if os.IsNotExist(err) && name == "package-lock.json" {
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(filepath.Join(src, "main.stdout"))
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, npm, install...)
			cmd.Dir = dir
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Skipf("npm install failed (is the registry reachable?): %v\n%s", err, out)
			}
			reason, err := os.ReadFile(filepath.Join(src, "main.fails"))
			if err != nil && !os.IsNotExist(err) {
				t.Fatal(err)
			}
			// What the build checks beyond bundling (goja compiles the
			// bundle), knowing every module the harness links.
			b, err := compiler.BundleScript(compiler.Options{Entry: "main.js", WorkingDir: dir}, jsrt.Registered(), []string{"os", "std"})
			if err == nil {
				err = compiler.Validate(b, nil)
			}
			if err != nil && reason != nil {
				t.Logf("the build fails: %v", err)
				t.Skipf("a known failure (main.fails): %s", reason)
			}
			if err != nil {
				t.Fatal(err)
			}
			check := func(how string, r jstest.Result) {
				t.Helper()
				same := r.Exit == 0 && len(r.Stderr) == 0 && bytes.Equal(r.Stdout, want)
				switch {
				case same && reason != nil:
					t.Errorf("%s: node's output, yet main.fails says it should not be: remove main.fails", how)
				case !same && reason != nil:
					t.Logf("%s: exit status %d, stderr:\n%s\n--- want\n%s\n--- got\n%s", how, r.Exit, r.Stderr, want, r.Stdout)
					t.Skipf("a known failure (main.fails): %s", reason)
				case r.Exit != 0 || len(r.Stderr) > 0:
					t.Errorf("%s: exit status %d, stderr:\n%s", how, r.Exit, r.Stderr)
				}
				if !same && reason == nil && !bytes.Equal(r.Stdout, want) {
					t.Errorf("%s: stdout differs\n--- want\n%s\n--- got\n%s", how, want, r.Stdout)
				}
			}
			if compiledNpm[d.Name()] {
				// Built from the repository's root, before jstest.Run
				// moves into dir.
				gojsctest.Gojsc(t)
			}
			check("in process", jstest.Run(t, "main.js", jstest.Options{Dir: dir, Program: "main", Env: os.Environ()}))
			if compiledNpm[d.Name()] {
				exe := gojsctest.CompileIn(t, dir, "main.js")
				g := gojsctest.Run(t, dir, nil, nil, exe)
				check("compiled", jstest.Result{Stdout: g.Stdout, Stderr: g.Stderr, Exit: g.Exit})
			}
		})
	}
}

// compiledNpm names the directories of testdata/npm whose script is also
// compiled into a real program and run: the in-process run covers the rest,
// and each real build costs a go build.
var compiledNpm = map[string]bool{"marked": true, "commander": true}
