//go:build unix

package jsrt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/gojsctest"
	"golang.org/x/sys/unix"
)

// The test binary doubles as a program whose stdout the test chooses: with
// JSRT_TEST_PRINT set it runs a script printing that text and exits with
// Run's status.
func TestMain(m *testing.M) {
	if text, ok := os.LookupEnv("JSRT_TEST_PRINT"); ok {
		src := fmt.Sprintf("print(%q);", text)
		status, err := Run(context.Background(), Program{Source: src}, Config{
			Args: []string{"printer"}, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		os.Exit(status)
	}
	code := m.Run()
	gojsctest.Cleanup()
	os.Exit(code)
}

// A module for the tests: exit, a panicking function and a constructor,
// and direct access to the run's fds.
func init() {
	Register(Module{Name: "runtest", Load: func(vm *VM, e *Exports) error {
		e.Func("exit", func(call goja.FunctionCall) goja.Value {
			vm.Exit(ToInt(Arg(call, 0)))
			return nil
		})
		e.Func("boom", func(call goja.FunctionCall) goja.Value {
			var s []int // a Go runtime panic, not a JS value
			return vm.Runtime().ToValue(s[ToInt(Arg(call, 0))])
		})
		e.Class("Broken", func(call goja.ConstructorCall) *goja.Object {
			panic(errors.New("constructor invariant"))
		})
		e.Func("writeFd", func(call goja.FunctionCall) goja.Value {
			_ = vm.Stdout().Flush()
			n, err := unix.Write(vm.Fd(ToInt(Arg(call, 0))), []byte(Arg(call, 1).String()))
			if err != nil {
				return vm.Runtime().ToValue(-1)
			}
			return vm.Runtime().ToValue(n)
		})
		e.Func("onExit", func(call goja.FunctionCall) goja.Value {
			msg := Arg(call, 0).String()
			vm.OnExit(func() { fmt.Fprintln(vm.File(2), msg) })
			return nil
		})
		e.Func("sigterm", func(call goja.FunctionCall) goja.Value {
			_ = unix.Kill(os.Getpid(), unix.SIGTERM)
			return nil
		})
		e.Func("cancel", func(call goja.FunctionCall) goja.Value {
			cancelRun()
			return nil
		})
		e.Func("readFd", func(call goja.FunctionCall) goja.Value {
			buf := make([]byte, 100)
			n, _ := unix.Read(vm.Fd(ToInt(Arg(call, 0))), buf)
			return vm.Runtime().ToValue(string(buf[:max(n, 0)]))
		})
		return nil
	}})
}

// result is what a run did.
type result struct {
	status         int
	err            error
	stdout, stderr string
}

// runScript runs src, with the test module as the global t, capturing its
// output.
func runScript(ctx context.Context, src string, c Config) result {
	var stdout, stderr bytes.Buffer
	c.Stdout, c.Stderr = &stdout, &stderr
	if c.Args == nil {
		c.Args = []string{"test"}
	}
	src = `var t = __gojsc_native("runtest");` + src
	status, err := Run(ctx, Program{Source: src}, c)
	return result{status, err, stdout.String(), stderr.String()}
}

func TestRunEnds(t *testing.T) {
	tests := []struct {
		name, src      string
		status         int
		stdout, stderr string
	}{
		{"nothing left", `print("a"); setTimeout(() => print("b"), 1);`, 0, "a\nb\n", ""},
		{"exit", `print("a"); t.exit(3); print("b");`, 3, "a\n", ""},
		{"exit skips catch and finally", `try { t.exit(4) } catch (e) { print("caught") } finally { print("finally") }`, 4, "", ""},
		{"exit in a timer", `setTimeout(() => { t.exit(5) }, 1); setInterval(() => print("tick"), 100000);`, 5, "", ""},
		{"exit in a promise job", `Promise.resolve().then(() => t.exit(6)).then(() => print("no"));`, 6, "", ""},
		{"uncaught", `print("a"); throw new TypeError("bad");`, 1, "a\n", "Uncaught TypeError: bad\n"},
		{"uncaught in a timer", `setTimeout(() => { throw new Error("late") }, 1); setTimeout(() => print("no"), 5);`, 1, "", "Uncaught Error: late\n"},
		{"unhandled rejection", `Promise.reject(new Error("nobody"));`, 1, "", "Possibly unhandled promise rejection: Error: nobody\n"},
		{"go panic caught", `try { t.boom() } catch (e) { print(e instanceof InternalError, e instanceof Error, e.name, e.message) }`, 0,
			"true true InternalError native function boom failed: runtime error: index out of range [0] with length 0\n", ""},
		{"go panic in a constructor", `try { new t.Broken() } catch (e) { print(e.name, e.message) }`, 0,
			"InternalError native constructor Broken failed: constructor invariant\n", ""},
		{"go panic uncaught", `t.boom()`, 1, "", "Uncaught InternalError: native function boom failed: runtime error: index out of range [0] with length 0\n"},
		{"fd 1 and 2", `print("a"); t.writeFd(1, "b\n"); t.writeFd(2, "c\n"); print("d");`, 0, "a\nb\nd\n", "c\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := runScript(context.Background(), tt.src, Config{})
			if r.err != nil {
				t.Fatal(r.err)
			}
			stderr := r.stderr
			if i := strings.Index(stderr, "\n    at "); i >= 0 {
				stderr = stderr[:i+1] // the stack is not what is tested here
			}
			if r.status != tt.status || r.stdout != tt.stdout || stderr != tt.stderr {
				t.Errorf("got status %d, stdout %q, stderr %q\nwant status %d, stdout %q, stderr %q",
					r.status, r.stdout, r.stderr, tt.status, tt.stdout, tt.stderr)
			}
		})
	}
}

// Two programs run at the same time, each with its own output.
func TestRunConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]result, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := fmt.Sprintf(`let n = 0; const id = setInterval(() => { print(%d, n); if (++n === 50) { clearInterval(id); t.exit(%d) } }, 0);`, i, 10+i)
			results[i] = runScript(context.Background(), src, Config{})
		}()
	}
	wg.Wait()
	for i, r := range results {
		var want strings.Builder
		for n := range 50 {
			fmt.Fprintf(&want, "%d %d\n", i, n)
		}
		if r.err != nil || r.status != 10+i || r.stdout != want.String() || r.stderr != "" {
			t.Errorf("run %d: status %d, %v, stderr %q, stdout %q", i, r.status, r.err, r.stderr, r.stdout)
		}
	}
}

func TestRunStdin(t *testing.T) {
	r := runScript(context.Background(), `print(JSON.stringify(t.readFd(0)));`, Config{Stdin: strings.NewReader("input")})
	if r.stdout != "\"input\"\n" || r.status != 0 {
		t.Errorf("got %q, status %d, stderr %q", r.stdout, r.status, r.stderr)
	}
	r = runScript(context.Background(), `print(JSON.stringify(t.readFd(0)));`, Config{})
	if r.stdout != "\"\"\n" {
		t.Errorf("nil Stdin: got %q, want the empty string (/dev/null)", r.stdout)
	}
}

// An os.Pipe file is non-blocking: the run puts a pipe of its own in
// between, so that the script's fd 1 blocks as a program's would.
func TestRunNonblockingFile(t *testing.T) {
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer pr.Close()
	got := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = b.ReadFrom(pr)
		got <- b.String()
	}()
	big := strings.Repeat("x", 1<<20)
	status, err := Run(context.Background(), Program{Source: fmt.Sprintf(`
		const t = __gojsc_native("runtest");
		print("a"); print(t.writeFd(1, %q)); print("b");`, big), Modules: []string{"runtest"}},
		Config{Stdout: pw, Stderr: os.Stderr})
	pw.Close()
	want := "a\n" + big + fmt.Sprint(len(big)) + "\nb\n"
	if out := <-got; status != 0 || err != nil || out != want {
		t.Errorf("status %d, %v, %d bytes out, want %d", status, err, len(out), len(want))
	}
}

// cancelRun cancels TestRunCancel's run; the script calls it.
var cancelRun context.CancelFunc

func TestRunCancel(t *testing.T) {
	for _, src := range []string{`t.cancel(); for (;;) {}`, `setInterval(() => {}, 5); setTimeout(t.cancel, 10);`} {
		ctx, cancel := context.WithCancel(context.Background())
		cancelRun = cancel
		r := runScript(ctx, `print("started");`+src, Config{})
		if r.status != 130 || !errors.Is(r.err, context.Canceled) || r.stdout != "started\n" || r.stderr != "" {
			t.Errorf("%s: status %d, err %v, stdout %q, stderr %q; want 130, context.Canceled", src, r.status, r.err, r.stdout, r.stderr)
		}
	}
}

// A fatal signal the script does not handle, arriving while exit hooks are
// registered, runs them and ends the run with 128+signal.
func TestRunFatalSignal(t *testing.T) {
	var got os.Signal
	r := runScript(context.Background(), `t.onExit("hook ran"); setTimeout(() => {}, 100000); t.sigterm();`,
		Config{OnFatalSignal: func(sig os.Signal) { got = sig }})
	if r.status != 128+int(unix.SIGTERM) || r.err != nil || r.stderr != "hook ran\n" || got != unix.SIGTERM {
		t.Errorf("status %d, %v, stderr %q, OnFatalSignal got %v; want 143, the hook's output, SIGTERM", r.status, r.err, r.stderr, got)
	}
}

func TestRunUnregisteredModule(t *testing.T) {
	_, err := Run(context.Background(), Program{Source: "", Modules: []string{"nosuchmodule"}}, Config{})
	if err == nil || !strings.Contains(err.Error(), `"nosuchmodule"`) {
		t.Errorf("got %v, want an error naming the module", err)
	}
}

// A stdout that cannot be written (a full disk) is an error at exit, as in
// coreutils, not lost output.
func TestRunStdoutWriteError(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "JSRT_TEST_PRINT=hello")
	cmd.Stdout = full
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err = cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 1 {
		t.Fatalf("got %v, want exit status 1; stderr %q", err, stderr.String())
	}
	if want := "printer: write error: No space left on device\n"; stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}

	cmd = exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "JSRT_TEST_PRINT=hello")
	out, err := cmd.Output()
	if err != nil || string(out) != "hello\n" {
		t.Errorf("to a pipe: %q, %v", out, err)
	}
}
