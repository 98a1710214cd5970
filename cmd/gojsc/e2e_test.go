package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
	"github.com/gojsc/gojsc/internal/jstest"
)

var update = flag.Bool("update", false, "rewrite the expected output files of the end-to-end tests")

func TestMain(m *testing.M) {
	code := m.Run()
	gojsctest.Cleanup()
	if otherCacheDir.dir != "" {
		os.RemoveAll(otherCacheDir.dir)
	}
	os.Exit(code)
}

// TestE2E runs every script under testdata/e2e that has a .stdout file
// beside it and compares its stdout, stderr and exit status with the
// expected files. Scripts run in the test process (see jstest) unless a
// "// build: why" directive says they need a program of their own: those
// are compiled with gojsc and run as a child.
func TestE2E(t *testing.T) {
	root := filepath.Join(gojsctest.Root(), "testdata", "e2e")
	for _, script := range goldenScripts(t) {
		rel, _ := filepath.Rel(root, stem(script))
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			runGolden(t, script)
		})
	}
}

// goldenScripts lists the scripts under testdata/e2e that have a .stdout
// file beside them, sorted.
func goldenScripts(t *testing.T) []string {
	root := filepath.Join(gojsctest.Root(), "testdata", "e2e")
	var scripts []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		switch filepath.Ext(p) {
		case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".tsx":
			if _, err := os.Stat(stem(p) + ".stdout"); err == nil {
				scripts = append(scripts, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(scripts)
	if len(scripts) == 0 {
		t.Fatal("no end-to-end scripts found under testdata/e2e")
	}
	return scripts
}

// expected returns a golden script's expected .stdout, .stderr and .exit,
// base being its path without the extension: a missing .stderr is empty,
// a missing .exit 0.
func expected(t *testing.T, base string) map[string][]byte {
	m := map[string][]byte{}
	for _, ext := range []string{".stdout", ".stderr", ".exit"} {
		want, err := os.ReadFile(base + ext)
		if os.IsNotExist(err) {
			switch ext {
			case ".stderr":
				want = []byte{}
			case ".exit":
				want = []byte("0\n")
			}
		} else if err != nil {
			t.Fatal(err)
		}
		m[ext] = want
	}
	return m
}

func stem(p string) string { return strings.TrimSuffix(p, filepath.Ext(p)) }

// directives reads the leading "// key: value" comment lines of a script.
func directives(src []byte) map[string]string {
	d := map[string]string{}
	for _, line := range strings.Split(string(src), "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "//")
		if !ok {
			break
		}
		if k, v, ok := strings.Cut(strings.TrimSpace(rest), ":"); ok {
			switch k = strings.TrimSpace(k); k {
			case "flags", "args", "stdin", "env", "requires", "build":
				d[k] = strings.TrimSpace(v)
			}
		}
	}
	return d
}

// golden is what a golden script's directives ask of its run.
type golden struct {
	d     map[string]string // the directives
	dir   string            // the script's directory, where it runs
	tmp   string            // its TMPDIR, shown as $TMPDIR in the output
	env   []string          // TMPDIR and the env directive's variables
	stdin []byte            // the stdin directive's file, or nothing
}

// readGolden reads a golden script's directives and what they name,
// skipping the test when a tool the script requires is missing.
func readGolden(t *testing.T, script string) golden {
	src, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	g := golden{d: directives(src), dir: filepath.Dir(script), tmp: t.TempDir(), stdin: []byte{}}
	for _, tool := range strings.Fields(g.d["requires"]) {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("needs %s on PATH (.ci/run installs it)", tool)
		}
	}
	g.env = append([]string{"TMPDIR=" + g.tmp}, strings.Fields(g.d["env"])...)
	if g.d["stdin"] != "" {
		if g.stdin, err = os.ReadFile(filepath.Join(g.dir, g.d["stdin"])); err != nil {
			t.Fatal(err)
		}
	}
	return g
}

func runGolden(t *testing.T, script string) {
	g := readGolden(t, script)
	d, dir, tmp, env, stdin := g.d, g.dir, g.tmp, g.env, g.stdin
	_, build := d["build"]
	var r gojsctest.Result
	var exe string
	if build {
		// Children of parallel tests: the in-process ones change the
		// working directory.
		t.Parallel()
		exe = gojsctest.CompileIn(t, dir, filepath.Base(script), strings.Fields(d["flags"])...)
		r = gojsctest.Run(t, dir, env, stdin, exe, strings.Fields(d["args"])...)
	} else {
		exe = filepath.Join(t.TempDir(), "app")
		jr := jstest.Run(t, filepath.Base(script), jstest.Options{
			Dir:     dir,
			Flags:   strings.Fields(d["flags"]),
			Program: exe,
			Args:    strings.Fields(d["args"]),
			Env:     append(os.Environ(), env...),
			Stdin:   stdin,
		})
		r = gojsctest.Result{Stdout: jr.Stdout, Stderr: jr.Stderr, Exit: jr.Exit}
	}
	clean := func(b []byte) []byte {
		b = bytes.ReplaceAll(b, []byte(tmp), []byte("$TMPDIR"))
		return bytes.ReplaceAll(b, []byte(exe), []byte("$PROGRAM"))
	}
	got := map[string][]byte{
		".stdout": clean(r.Stdout),
		".stderr": clean(r.Stderr),
		".exit":   []byte(strconv.Itoa(r.Exit) + "\n"),
	}
	base := stem(script)
	if *update {
		for ext, content := range got {
			p := base + ext
			if (ext == ".stderr" && len(content) == 0) || (ext == ".exit" && r.Exit == 0) {
				os.Remove(p)
				continue
			}
			if err := os.WriteFile(p, content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	for ext, want := range expected(t, base) {
		if !bytes.Equal(got[ext], want) {
			t.Errorf("%s differs\n--- want\n%s\n--- got\n%s", ext, want, got[ext])
		}
	}
}
