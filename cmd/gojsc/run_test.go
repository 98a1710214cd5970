package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestRunE2E runs every golden script of testdata/e2e with gojsc run, a
// child process as a compiled program is, and checks that its stdout,
// stderr and exit status are the compiled program's.
func TestRunE2E(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	for _, script := range goldenScripts(t) {
		root := filepath.Join(gojsctest.Root(), "testdata", "e2e")
		rel, _ := filepath.Rel(root, stem(script))
		t.Run(filepath.ToSlash(rel), func(t *testing.T) {
			t.Parallel()
			g := readGolden(t, script)
			args := append(append([]string{"run"}, strings.Fields(g.d["flags"])...), filepath.Base(script))
			r := gojsctest.Run(t, g.dir, g.env, g.stdin, gojsc, append(args, strings.Fields(g.d["args"])...)...)
			got := map[string][]byte{
				".stdout": bytes.ReplaceAll(r.Stdout, []byte(g.tmp), []byte("$TMPDIR")),
				".stderr": bytes.ReplaceAll(r.Stderr, []byte(g.tmp), []byte("$TMPDIR")),
				".exit":   []byte(strconv.Itoa(r.Exit) + "\n"),
			}
			for ext, want := range expected(t, stem(script)) {
				if !bytes.Equal(got[ext], want) {
					t.Errorf("%s differs\n--- want\n%s\n--- got\n%s", ext, want, got[ext])
				}
			}
		})
	}
}

// "run" is the command only when something follows it: a script named
// run.js, or run itself, is still compiled.
func TestRunIsACommandOnlyBeforeAScript(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	for _, name := range []string{"run.js", "run"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(`print("I am", scriptArgs.slice(1).join(" ") || "`+name+`");`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if r := gojsctest.Run(t, dir, nil, nil, gojsc, "run.js", "-o", "runjs"); r.Exit != 0 {
		t.Fatalf("gojsc run.js: exit %d\n%s", r.Exit, r.Stderr)
	}
	if r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "runjs")); string(r.Stdout) != "I am run.js\n" {
		t.Errorf("gojsc run.js built a program printing %q", r.Stdout)
	}
	if r := gojsctest.Run(t, dir, nil, nil, gojsc, "run"); r.Exit != 0 {
		t.Fatalf("gojsc run: exit %d\n%s", r.Exit, r.Stderr)
	}
	if r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "run.out")); string(r.Stdout) != "I am run\n" {
		t.Errorf("gojsc run built a program printing %q", r.Stdout)
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsc, "run", "run", "-x", "--", "y")
	if string(r.Stdout) != "I am -x -- y\n" || r.Exit != 0 {
		t.Errorf("gojsc run run -x -- y: exit %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
	}
}

// What gojsc run cannot do is said plainly: a Go package of the user's
// cannot be loaded into it, a build error is one.
func TestRunRefuses(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "ok.js"), []byte(`print(1);`), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.js"), []byte("let a;\nlet a;\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"run", "-M", "mine=./mod", "ok.js"}, "gojsc: -M mine=./mod links a Go package, which cannot be loaded into a running gojsc; build the program instead: gojsc -o app -M mine=./mod ok.js && ./app\n"},
		{[]string{"run", "-o", "x", "ok.js"}, "gojsc: unknown flag -o (see gojsc run --help)\n"},
		{[]string{"run", "bad.js"}, "gojsc: build failed:\nbad.js:2:5: ERROR: The symbol \"a\" has already been declared"},
	} {
		r := gojsctest.Run(t, dir, []string{"NO_COLOR=1"}, nil, gojsc, tc.args...)
		if r.Exit != 1 || !strings.HasPrefix(string(r.Stderr), tc.want) || len(r.Stdout) != 0 {
			t.Errorf("gojsc %v: exit %d, stdout %q, stderr %q; want exit 1 and %q", tc.args, r.Exit, r.Stdout, r.Stderr, tc.want)
		}
	}
}

// Ctrl-C ends gojsc run as it ends a compiled program: by the signal,
// whether or not the script loaded std (whose exit hook makes the runtime
// watch SIGINT).
func TestRunInterrupted(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	for name, src := range map[string]string{
		"plain.js": `console.error("ready"); setTimeout(() => print("not reached"), 60000);`,
		"std.js":   `import * as std from "std"; std.err.puts("ready\n"); setTimeout(() => print("not reached"), 60000);`,
	} {
		os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644)
		t.Run(name, func(t *testing.T) {
			// A process started in the background has SIGINT ignored,
			// and so would its children: catching it here gives them
			// the default action back.
			sigs := make(chan os.Signal, 1)
			signal.Notify(sigs, syscall.SIGINT)
			defer signal.Stop(sigs)
			cmd := exec.CommandContext(gojsctest.Context(t), gojsc, "run", name)
			cmd.Dir = dir
			out, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, _ := bufio.NewReader(out).ReadString('\n')
			if line != "ready\n" {
				t.Fatalf("first line %q", line)
			}
			cmd.Process.Signal(syscall.SIGINT)
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("gojsc run ended with %v", err)
			}
			if ws := ee.Sys().(syscall.WaitStatus); !ws.Signaled() || ws.Signal() != syscall.SIGINT {
				t.Errorf("gojsc run ended with %v, not by SIGINT", err)
			}
		})
	}
}

// --watch runs the script again when a file it imports changes, stopping
// the run in progress, and when it changes after the run has ended.
func TestRunWatch(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Output to a pipe is buffered until the run ends, or a flush.
	write("main.js", `import * as std from "std"; import { n, wait } from "./lib.js"; print("n =", n); std.out.flush(); if (wait) setTimeout(() => {}, 60000);`)
	write("lib.js", `export const n = 1, wait = true;`)
	cmd := exec.CommandContext(gojsctest.Context(t), gojsc, "run", "--watch", "main.js")
	cmd.Dir = dir
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	lines := bufio.NewReader(out)
	expect := func(want string) {
		t.Helper()
		line, err := lines.ReadString('\n')
		if line != want {
			t.Fatalf("read %q (%v), want %q; stderr:\n%s", line, err, want, stderr.String())
		}
	}
	expect("n = 1\n")
	// The run in progress (it waits on a timer) is stopped.
	time.Sleep(50 * time.Millisecond)
	write("lib.js", `export const n = 2, wait = false;`)
	expect("n = 2\n")
	// That run has ended; a change runs the script again.
	time.Sleep(300 * time.Millisecond)
	write("lib.js", `export const n = 3, wait = false;`)
	expect("n = 3\n")
}
