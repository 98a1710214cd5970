// Package gojsctest builds the gojsc command and programs compiled with it,
// for end-to-end tests in any package of this module.
package gojsctest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	once   sync.Once
	bin    string
	binErr error
	binOut []byte
)

// Gojsc returns the path of a gojsc binary built from this checkout, built
// once per test process into a directory removed by Cleanup.
func Gojsc(t testing.TB) string {
	t.Helper()
	once.Do(func() {
		dir, err := os.MkdirTemp("", "gojsctest-")
		if err != nil {
			binErr = err
			return
		}
		bin = filepath.Join(dir, "gojsc")
		cmd := exec.Command("go", "build", "-o", bin, "./cmd/gojsc")
		cmd.Dir = Root()
		cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off")
		binOut, binErr = cmd.CombinedOutput()
	})
	if binErr != nil {
		t.Fatalf("building gojsc: %v\n%s", binErr, binOut)
	}
	return bin
}

// Cleanup removes the gojsc binary; call it from TestMain after m.Run.
func Cleanup() {
	if bin != "" {
		os.RemoveAll(filepath.Dir(bin))
	}
}

// Root returns the repository's root directory: the nearest directory
// above the working directory (a test's package directory) with go.mod.
func Root() string {
	dir, _ := os.Getwd()
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		if filepath.Dir(d) == d {
			return dir
		}
	}
}

// Result is what a command did.
type Result struct {
	Stdout, Stderr []byte
	Exit           int
}

// Compile compiles script with gojsc and the given flags into a temporary
// directory and returns the executable's path. It fails the test with
// gojsc's output if the build fails.
func Compile(t testing.TB, script string, flags ...string) string {
	t.Helper()
	return CompileIn(t, "", script, flags...)
}

// CompileIn is Compile with gojsc run in directory dir, so that file names
// in messages and stack traces are relative to dir.
func CompileIn(t testing.TB, dir, script string, flags ...string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "app")
	args := append(append([]string{}, flags...), "-o", out, script)
	r := Run(t, dir, nil, nil, Gojsc(t), args...)
	if r.Exit != 0 {
		t.Fatalf("gojsc %v: exit %d\n%s%s", args, r.Exit, r.Stdout, r.Stderr)
	}
	return out
}

// Context returns a context that ends shortly before the test's deadline
// (go test -timeout), so that a command that hangs fails its own test with
// its output instead of the whole test binary timing out. Without a
// deadline it never ends. No test here has a fixed time limit: under load
// a build may take minutes and still be right.
func Context(t testing.TB) context.Context {
	ctx, cancel := context.WithCancel(context.Background())
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if deadline, ok := d.Deadline(); ok {
			// Keep a tenth of the time left, at most a minute, to report.
			margin := min(time.Until(deadline)/10, time.Minute)
			cancel()
			ctx, cancel = context.WithDeadline(context.Background(), deadline.Add(-margin))
		}
	}
	t.Cleanup(cancel)
	return ctx
}

// Run runs a command in dir (the current directory if empty) with extra
// environment variables and stdin, and waits for it as long as the test's
// deadline allows (see Context).
func Run(t testing.TB, dir string, env []string, stdin []byte, name string, args ...string) Result {
	t.Helper()
	ctx := Context(t)
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes()}
	if ctx.Err() != nil {
		t.Fatalf("%s %v: still running near the test's deadline\nstdout:\n%s\nstderr:\n%s", name, args, res.Stdout, res.Stderr)
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		res.Exit = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", name, args, err)
	}
	return res
}

// GoEnv returns the value of a go env variable, such as GOCACHE.
func GoEnv(t testing.TB, name string) string {
	t.Helper()
	r := Run(t, "", nil, nil, "go", "env", name)
	if r.Exit != 0 {
		t.Fatalf("go env %s: %s", name, r.Stderr)
	}
	return string(bytes.TrimSpace(r.Stdout))
}
