package jsrt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"

	"github.com/gojsc/gojsc/internal/sysfd"
)

// Config is what a run of a program gets from its host.
//
// The script sees Stdin, Stdout and Stderr as its fds 0, 1 and 2. An
// *os.File is used as it is: the generated main passes os.Stdin, os.Stdout
// and os.Stderr, so that the program's fd 1 is the process's. Any other
// reader or writer (or a non-blocking file other than those three, such as
// os.Pipe's) is reached through a pipe that a goroutine of the run copies,
// so that fd-level APIs (os.read(0), os.isatty(1), a child's inherited
// stdout) work on it too; a writer given as both Stdout and Stderr gets
// one pipe, and Run returns once the pipes are drained (once children
// that inherited them have closed them too). nil means /dev/null.
type Config struct {
	// Args become scriptArgs: the program name, then its arguments.
	Args []string
	// Env is the environment the script reads and changes (std.getenv,
	// std.setenv) and its children inherit, as "key=value" strings. nil
	// means the process's own environment, read and changed in place.
	Env    []string
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// OnFatalSignal, when set, is called (on another goroutine) when a
	// signal the runtime watches for arrives and the script does not
	// handle it: SIGQUIT always (Go's default for it is a goroutine dump);
	// SIGINT, SIGTERM and SIGHUP while exit hooks are registered, such as
	// the one restoring a terminal in raw mode. Signals ignored when the
	// run starts are never watched. The exit hooks have run by then. If it returns, the run
	// ends with status 128+signal. The generated main lets the signal end
	// the process, so that its parent sees a death by signal.
	OnFatalSignal func(sig os.Signal)
}

// statusCancelled is the status of a run ended by its context: that of a
// program ended by Ctrl-C.
const statusCancelled = 128 + int(syscall.SIGINT)

// errCancelled interrupts the script when the run's context is done.
var errCancelled = errors.New("the run's context is done")

// Run runs p until it ends and returns its exit status: the value given to
// std.exit (or [VM.Exit]), else 1 after an uncaught exception or an
// unhandled promise rejection (reported on c.Stderr), else 0 once nothing
// is left to do. Stdout is flushed at the end; if that fails, Run reports
// "<program>: write error: <reason>" on c.Stderr and the status is 1 (a
// failing status is kept).
//
// When ctx is done the script is interrupted and Run returns status 130
// (a program ended by Ctrl-C) with ctx's error; a native call blocked in
// the kernel (os.sleep, a blocking os.exec) finishes first.
//
// err reports a failure of the runtime itself: an unregistered module, no
// event loop (status 1 then). Runs share nothing but the process: several
// may run one after another or at the same time; they share its current
// directory, its signal dispositions and, with a nil Env, its environment.
func Run(ctx context.Context, p Program, c Config) (status int, err error) {
	for _, name := range p.Modules {
		if _, ok := Lookup(name); !ok {
			return 1, fmt.Errorf("native module %q was linked but its package did not register it (registered: %v)", name, Registered())
		}
	}
	std, err := openStdio(c)
	if err != nil {
		return 1, err
	}
	defer std.close()
	vm, err := newVM(c, std)
	if err != nil {
		return 1, err
	}
	defer vm.loop.close()
	// Go's default for SIGQUIT is a goroutine dump, which no user of a
	// program should see: the run ends with 128+3 instead.
	notifyFatal(vm.sigCh, syscall.SIGQUIT)
	go vm.watchFatalSignals(vm.sigCh)
	defer close(vm.sigStop)
	vm.prog = &p
	vm.compiled = &compiled{}

	if ctx.Done() != nil {
		stop := context.AfterFunc(ctx, func() {
			vm.rt.Interrupt(errCancelled)
			vm.stopWaits()
			vm.loop.Post(func() { vm.end(statusCancelled) })
		})
		defer stop()
	}
	status = vm.runMain(p)
	vm.stopWorkers()
	if vm.memory != nil {
		vm.memory.stopped.Store(true)
	}
	if ctx.Err() != nil && vm.status == statusCancelled {
		err = ctx.Err()
	}
	status = vm.finish(status)
	return status, err
}

// finish flushes stdout, runs the exit hooks and reports a failure to
// write stdout, returning the final status.
func (vm *VM) finish(status int) int {
	ferr := vm.out.Flush()
	vm.runExitHooks()
	if ferr != nil {
		fmt.Fprintf(vm.stderr, "%s: write error: %s\n", vm.progName(), errnoText(ferr))
		if status == 0 {
			status = 1
		}
	}
	return status
}

// progName is the program's name for its own messages: scriptArgs[0].
func (vm *VM) progName() string {
	if len(vm.args) > 0 && vm.args[0] != "" {
		return vm.args[0]
	}
	return "gojsc"
}

// errnoText is err's errno as strerror(3) says it ("No space left on
// device"), or err's message when it holds none.
func errnoText(err error) string {
	var e syscall.Errno
	if !errors.As(err, &e) {
		return err.Error()
	}
	s := e.Error()
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// stdio is what a run's fds 0, 1 and 2 are.
type stdio struct {
	files [3]*os.File
	fds   [3]int
	owned []*os.File // pipe ends and /dev/null opened for the run
	wg    sync.WaitGroup
}

// openStdio sets up the run's stdio from c (see Config).
func openStdio(c Config) (*stdio, error) {
	s := &stdio{}
	var err error
	if s.files[0], err = s.input(c.Stdin); err == nil {
		if s.files[1], err = s.output(c.Stdout); err == nil {
			if c.Stderr == c.Stdout && !isFile(c.Stderr) && c.Stderr != nil {
				s.files[2] = s.files[1]
			} else {
				s.files[2], err = s.output(c.Stderr)
			}
		}
	}
	if err != nil {
		s.close()
		return nil, fmt.Errorf("setting up the program's stdio: %w", err)
	}
	for i, f := range s.files {
		// Fd would put the file in blocking mode; leave it as it is.
		rc, err := f.SyscallConn()
		if err != nil {
			s.close()
			return nil, fmt.Errorf("setting up the program's stdio: %w", err)
		}
		_ = rc.Control(func(fd uintptr) { s.fds[i] = int(fd) })
	}
	return s, nil
}

func isFile(v any) bool {
	f, ok := v.(*os.File)
	return ok && f != nil && !nonblocking(f)
}

// input returns the file behind a run's stdin.
func (s *stdio) input(r io.Reader) (*os.File, error) {
	if f, ok := r.(*os.File); ok && f != nil && !nonblocking(f) {
		return f, nil
	}
	if r == nil {
		return s.devNull(os.O_RDONLY)
	}
	pr, pw, err := s.pipe()
	if err != nil {
		return nil, err
	}
	s.owned = append(s.owned, pr)
	// Not waited for: r may block forever. Closing pr at the end of the
	// run makes a pending write fail.
	go func() {
		_, _ = io.Copy(pw, r)
		pw.Close()
	}()
	return pr, nil
}

// output returns the file behind a run's stdout or stderr.
func (s *stdio) output(w io.Writer) (*os.File, error) {
	if f, ok := w.(*os.File); ok && f != nil && !nonblocking(f) {
		return f, nil
	}
	if w == nil {
		return s.devNull(os.O_WRONLY)
	}
	pr, pw, err := s.pipe()
	if err != nil {
		return nil, err
	}
	s.owned = append(s.owned, pw)
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		_, _ = io.Copy(w, pr)
		pr.Close()
	}()
	return pw, nil
}

func (s *stdio) devNull(flag int) (*os.File, error) {
	f, err := os.OpenFile(os.DevNull, flag, 0)
	if err != nil {
		return nil, err
	}
	s.owned = append(s.owned, f)
	return f, nil
}

// pipe returns a blocking, close-on-exec pipe: the script may hand its end
// to a child or read and write it with plain system calls.
func (s *stdio) pipe() (r, w *os.File, err error) {
	fr, fw, err := sysfd.Pipe()
	if err != nil {
		return nil, nil, err
	}
	return os.NewFile(uintptr(fr), "|0"), os.NewFile(uintptr(fw), "|1"), nil
}

// close closes what the run opened and waits until the output pipes are
// drained: until every child that inherited them has closed them too.
func (s *stdio) close() {
	for _, f := range s.owned {
		f.Close()
	}
	s.wg.Wait()
}
