package jsrt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"sort"
	"strings"
	"sync"
	"syscall"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/gojsc/gojsc/internal/sysfd"
	"github.com/gojsc/gojsc/jsrt/inspect"
	"github.com/gojsc/gojsc/jsrt/internal/clone"
	"github.com/gojsc/gojsc/jsrt/internal/esnext"
)

// nativeRequire is the global through which bundled code reaches native
// modules: the compiler turns `import ... from "os"` into a call of it.
const nativeRequire = "__gojsc_native"

// A VM is one JavaScript runtime with its event loop, made by [Run] for one
// run of a program. All its methods, and the goja runtime it holds, belong
// to the loop goroutine.
type VM struct {
	rt   *goja.Runtime
	loop *Loop
	args []string
	env  map[string]string // nil: the process's environment
	std  *stdio

	out    *bufio.Writer // shared by print, console.log and std.out
	outTTY bool
	stderr io.Writer

	modules   map[string]*goja.Object
	exitMu    sync.Mutex // exitHooks are also run from the signal watcher
	exitHooks []func()
	exitOnce  sync.Once
	sigStop   chan struct{} // closed at the end of the run: stops the signal watcher
	sigCh     chan os.Signal
	onSignal  func(os.Signal)

	ended  bool // the run is over: the loop stops and JS is interrupted
	status int

	rejected      []*goja.Promise        // rejected this turn, in order
	handled       map[*goja.Promise]bool // of those, the ones given a handler later
	noop          goja.Callable
	internalError *goja.Object
	clone         *clone.Realm // see cloner
	esnext        *esnext.Realm
	shared        sharedBuffers
	atomics       atomics
	waitStop      chan struct{} // closed to end an Atomics.wait: the run is ending
	waitStopOnce  sync.Once
	memory        *memoryGuard // nil without a memory limit

	prog   *Program                // what is running: its -D modules, its limits
	loaded map[string]*goja.Object // the -D modules loaded, by name
	// compiled is shared by the VMs of a run: the main one and its workers.
	compiled *compiled
	parent   *Port        // a worker's port to its parent; nil on the main VM
	workers  []*workerRun // the workers this VM started
	// failure is the uncaught exception that ended a worker's run;
	// exited reports a call of Exit (std.exit) that ended it.
	failure goja.Value
	exited  bool
	// flushTasks flushes stdout after every macrotask: with workers, VMs
	// share fd 1, and their output keeps the order it was written in.
	flushTasks bool
	// cons is console's counters, timers and group indentation, made
	// when first needed.
	cons *consoleState
	// idleHooks run when the loop has nothing left to do (see OnIdle).
	idleHooks []func()
}

// OnIdle registers fn to run, as a macrotask on the loop goroutine, each
// time the loop has nothing left to do and before the run ends of it: if
// fn (or another hook) schedules work, the loop runs on, and the hooks run
// again when it is done. Node's process emits beforeExit and exit there.
// A run ended by [VM.Exit] or an uncaught exception does not call them.
func (vm *VM) OnIdle(fn func()) {
	vm.idleHooks = append(vm.idleHooks, fn)
}

// newVM returns a VM with the globals every gojsc binary has, over the
// run's stdio.
func newVM(c Config, std *stdio) (*VM, error) {
	loop, err := newLoop()
	if err != nil {
		return nil, err
	}
	vm := &VM{
		rt:       goja.New(),
		loop:     loop,
		args:     c.Args,
		std:      std,
		out:      bufio.NewWriterSize(std.files[1], 64<<10),
		outTTY:   sysfd.IsTerminal(std.fds[1]),
		stderr:   std.files[2],
		modules:  make(map[string]*goja.Object),
		sigStop:  make(chan struct{}),
		sigCh:    make(chan os.Signal, 1),
		waitStop: make(chan struct{}),
		onSignal: c.OnFatalSignal,
	}
	if c.Env != nil {
		vm.env = make(map[string]string, len(c.Env))
		for _, kv := range c.Env {
			if k, v, ok := strings.Cut(kv, "="); ok {
				vm.env[k] = v
			}
		}
	}
	vm.rt.SetPromiseRejectionTracker(vm.trackRejection)
	noop, _ := goja.AssertFunction(vm.rt.ToValue(func() {}))
	vm.noop = noop
	loop.afterTask = vm.afterTask
	loop.callJS = vm.callTimer
	loop.onPanic = vm.goPanic
	if err := vm.installGlobals(); err != nil {
		return nil, err
	}
	return vm, nil
}

// Runtime returns the goja runtime. Use it only on the loop goroutine.
func (vm *VM) Runtime() *goja.Runtime { return vm.rt }

// Loop returns the VM's event loop.
func (vm *VM) Loop() *Loop { return vm.loop }

// Args returns the script arguments, program name first.
func (vm *VM) Args() []string { return vm.args }

// Stdout returns the buffered writer behind print, console.log and std.out.
// It is flushed when the run ends; Flush it before anything else writes to
// the script's fd 1 (a child, a write to [VM.Fd](1)).
func (vm *VM) Stdout() *bufio.Writer { return vm.out }

// StdoutIsTerminal reports whether the script's fd 1 is a terminal, where
// output is flushed line by line.
func (vm *VM) StdoutIsTerminal() bool { return vm.outTTY }

// File returns the file behind the script's fd n, 0 to 2: the run's stdin,
// stdout or stderr as [Config] gave them, or the pipe to them when they are
// not files. Writes to File(1) bypass [VM.Stdout]'s buffer.
func (vm *VM) File(n int) *os.File { return vm.std.files[n] }

// Fd maps a file descriptor number as the script sees it to the process's:
// 0, 1 and 2 are [VM.File]'s descriptors, others are themselves. Native
// modules that take fd numbers from scripts (read, write, isatty, a child's
// stdio) pass them through Fd.
func (vm *VM) Fd(n int) int {
	if n >= 0 && n <= 2 {
		return vm.std.fds[n]
	}
	return n
}

// LookupEnv returns the environment variable key of the run.
func (vm *VM) LookupEnv(key string) (string, bool) {
	if vm.env == nil {
		return os.LookupEnv(key)
	}
	v, ok := vm.env[key]
	return v, ok
}

// Setenv sets the environment variable key of the run; names setenv(3)
// rejects (empty or holding '=') are ignored.
func (vm *VM) Setenv(key, value string) {
	if key == "" || strings.ContainsAny(key, "=\x00") {
		return
	}
	if vm.env == nil {
		_ = os.Setenv(key, value)
		return
	}
	vm.env[key] = value
}

// Unsetenv removes the environment variable key of the run.
func (vm *VM) Unsetenv(key string) {
	if vm.env == nil {
		_ = os.Unsetenv(key)
		return
	}
	delete(vm.env, key)
}

// Environ returns the run's environment as "key=value" strings, for a
// child process.
func (vm *VM) Environ() []string {
	if vm.env == nil {
		return os.Environ()
	}
	env := make([]string, 0, len(vm.env))
	for k, v := range vm.env {
		env = append(env, k+"="+v)
	}
	sort.Strings(env)
	return env
}

// OnExit registers fn to run when the run ends, after stdout is flushed
// (to restore a terminal, say).
//
// A hook runs on the loop goroutine, except when SIGINT, SIGTERM, SIGHUP or
// SIGQUIT arrives while the script has no handler for it and
// Config.OnFatalSignal is set: the hooks then run at once, on another
// goroutine, so that a terminal put in raw mode is given back even if the
// signal ends the process.
func (vm *VM) OnExit(fn func()) {
	vm.exitMu.Lock()
	vm.exitHooks = append(vm.exitHooks, fn)
	first := len(vm.exitHooks) == 1
	vm.exitMu.Unlock()
	if first {
		// Notify before returning, so a signal right after ttySetRaw is seen.
		notifyFatal(vm.sigCh, fatalSignals...)
	}
}

// notifyFatal has ch receive those of sigs the process does not ignore: a
// program started with a signal ignored (under nohup, say) keeps it
// ignored, as a C program would.
func notifyFatal(ch chan os.Signal, sigs ...os.Signal) {
	for _, sig := range sigs {
		if !signal.Ignored(sig) {
			signal.Notify(ch, sig)
		}
	}
}

// runExitHooks runs the exit hooks once, last registered first.
func (vm *VM) runExitHooks() {
	vm.exitOnce.Do(func() {
		vm.exitMu.Lock()
		defer vm.exitMu.Unlock()
		for i := len(vm.exitHooks) - 1; i >= 0; i-- {
			vm.exitHooks[i]()
		}
	})
}

// fatalSignals end a process by default; while exit hooks are registered
// the VM catches them, to run the hooks first. (SIGQUIT is caught always.)
var fatalSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// watchFatalSignals ends the run when a fatal signal the script does not
// handle arrives, with status 128+signal. With Config.OnFatalSignal set,
// the exit hooks run at once, here, then OnFatalSignal, which may end the
// process by the signal; otherwise they run at the end of the run, on the
// loop goroutine, as always.
func (vm *VM) watchFatalSignals(ch chan os.Signal) {
	defer signal.Stop(ch)
	for {
		select {
		case <-vm.sigStop:
			return
		case s := <-ch:
			sig := s.(syscall.Signal)
			if vm.loop.handles(sig) {
				continue
			}
			if vm.onSignal != nil {
				// The process may end in onSignal: the hooks cannot wait
				// for the end of the run on the loop goroutine.
				vm.runExitHooks()
				vm.onSignal(sig)
			}
			vm.rt.Interrupt(errEnded)
			vm.stopWaits()
			vm.loop.Post(func() { vm.Exit(128 + int(sig)) })
			return
		}
	}
}

// stopWaits ends an Atomics.wait in progress, and any later one, at once:
// the run is being ended from another goroutine, and the interrupt that
// ends it cannot reach a goroutine blocked in Go. Any goroutine may call it.
func (vm *VM) stopWaits() {
	vm.waitStopOnce.Do(func() { close(vm.waitStop) })
}

// errEnded interrupts the script when the run has ended.
var errEnded = errors.New("the run has ended")

// endRun is the panic value that unwinds the Go and JS stacks, past any
// try/catch of the script, to the loop once the run has ended.
type endRun struct{}

// Exit ends the run with status code, as std.exit does: the script's stack
// unwinds without running its catch or finally blocks, nothing else runs,
// and [Run] returns code after flushing stdout and running the exit hooks.
// Exit does not return; call it on the loop goroutine.
func (vm *VM) Exit(code int) {
	vm.exited = true
	vm.end(code)
	panic(endRun{})
}

// end records the status of the run's end (the first one wins), stops the
// loop and interrupts any JS still to run.
func (vm *VM) end(code int) {
	if vm.ended {
		return
	}
	vm.ended = true
	vm.status = code
	vm.loop.stop()
	vm.rt.Interrupt(errEnded)
}

// ending reports whether err is the interruption of an ended or cancelled
// run rather than an error of the script.
func (vm *VM) ending(err error) bool {
	var ie *goja.InterruptedError
	if !errors.As(err, &ie) {
		return false
	}
	switch ie.Value() {
	case errEnded:
		return true
	case errCancelled:
		vm.end(statusCancelled)
		return true
	}
	return false
}

// Call calls fn as a macrotask callback would: an exception it throws is
// reported with its stack and ends the run with status 1, and Call does not
// return then.
func (vm *VM) Call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		vm.Fatal(err)
	}
	return v
}

// Fatal reports err, an uncaught exception or a Go error, on stderr and
// ends the run with status 1, as [VM.Exit] does. It does not return.
func (vm *VM) Fatal(err error) {
	if vm.ended || vm.ending(err) {
		panic(endRun{})
	}
	_ = vm.out.Flush()
	var b strings.Builder
	var overflow *goja.StackOverflowError
	switch {
	case isOutOfMemory(err):
		appendOutOfMemory(&b, err)
	case errors.As(err, &overflow):
		vm.recordFailure(vm.NewError("RangeError", "Maximum call stack size exceeded"))
		// goja's stack overflow cannot be caught by the script; report it
		// as the RangeError QuickJS would have thrown, with the innermost
		// frames only.
		b.WriteString("Uncaught RangeError: Maximum call stack size exceeded\n")
		appendFrames(&b, overflow.Stack())
	case isException(err):
		vm.fatalValue(err.(*goja.Exception).Value())
	default:
		vm.recordFailure(vm.rt.ToValue(err.Error()))
		fmt.Fprintf(&b, "Uncaught %v\n", err)
	}
	io.WriteString(vm.stderr, b.String())
	vm.Exit(1)
}

// appendFrames writes the innermost of stack's frames, mapped to the user's
// sources, for an error that has no stack of its own.
func appendFrames(b *strings.Builder, stack []goja.StackFrame) {
	var frames bytes.Buffer
	for i, f := range stack {
		if i == maxOverflowFrames {
			break
		}
		frames.WriteString("\tat ")
		f.Write(&frames)
		frames.WriteByte('\n')
	}
	if s := inspect.AppendStack(nil, frames.String()); len(s) > 0 {
		b.Write(s)
		b.WriteByte('\n')
	}
}

// maxOverflowFrames is how many frames a stack overflow report shows.
const maxOverflowFrames = 10

func isException(err error) bool {
	_, ok := err.(*goja.Exception)
	return ok
}

func (vm *VM) fatalValue(v goja.Value) {
	if vm.ended {
		panic(endRun{})
	}
	_ = vm.out.Flush()
	vm.recordFailure(v)
	var b strings.Builder
	b.WriteString("Uncaught ")
	vm.writeError(&b, v)
	io.WriteString(vm.stderr, b.String())
	vm.Exit(1)
}

// goPanic handles a panic that escaped a macrotask: the unwinding of an
// ended run, or else an error report instead of a Go stack dump.
func (vm *VM) goPanic(v any) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(endRun); !ok {
				panic(r)
			}
		}
	}()
	switch x := v.(type) {
	case endRun:
		return
	case *goja.Exception:
		vm.Fatal(x)
	case *goja.InterruptedError:
		vm.Fatal(x)
	case goja.Value:
		vm.fatalValue(x)
	}
	vm.Fatal(fmt.Errorf("internal error: %v", v))
}

func (vm *VM) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	if op == goja.PromiseRejectionReject {
		vm.rejected = append(vm.rejected, p)
		return
	}
	if vm.handled == nil {
		vm.handled = make(map[*goja.Promise]bool)
	}
	vm.handled[p] = true
}

// unhandled returns the first rejection of this turn that nobody handled,
// and forgets the turn's rejections.
func (vm *VM) unhandled() *goja.Promise {
	var first *goja.Promise
	for _, p := range vm.rejected {
		if !vm.handled[p] {
			first = p
			break
		}
	}
	clear(vm.rejected)
	vm.rejected = vm.rejected[:0]
	clear(vm.handled)
	return first
}

// afterTask drains the promise job queue (goja runs it when a call from Go
// returns, so an empty call will do) and reports a rejection nobody handled.
func (vm *VM) afterTask(drained bool) {
	if !drained {
		_, _ = vm.noop(goja.Undefined())
	}
	if vm.flushTasks && vm.out.Buffered() > 0 {
		_ = vm.out.Flush()
	}
	if len(vm.rejected) == 0 {
		return
	}
	if p := vm.unhandled(); p != nil {
		_ = vm.out.Flush()
		vm.recordFailure(p.Result())
		var b strings.Builder
		b.WriteString("Possibly unhandled promise rejection: ")
		vm.writeError(&b, p.Result())
		io.WriteString(vm.stderr, b.String())
		vm.Exit(1)
	}
}

// writeError writes an exception value as QuickJS reports it: for an Error
// "Name: message" and its stack, frames mapped to the user's sources.
func (vm *VM) writeError(b *strings.Builder, v goja.Value) {
	b.Write(inspect.AppendValue(nil, vm.rt, v, false))
	b.WriteByte('\n')
}

// compile parses and compiles the program with its source map. The
// compiler's Validate stage does the same at build time, so this fails
// only if the binary was built by hand from edited sources.
func compile(p Program) (*goja.Program, error) {
	src := p.Source
	opts := []parser.Option{}
	if p.SourceMap != nil {
		opts = append(opts, parser.WithSourceMapLoader(func(string) ([]byte, error) { return p.SourceMap, nil }))
	} else {
		opts = append(opts, parser.WithDisableSourceMaps)
	}
	ast, err := goja.Parse(p.Name, src, opts...)
	if err != nil {
		return nil, err
	}
	return goja.CompileAST(ast, false)
}

// runMain runs the program's top level, then the loop until nothing is
// left to do or the run ends, and returns the run's status.
func (vm *VM) runMain(p Program) int {
	if p.Name == "" {
		p.Name = inspect.GlueFile
	}
	vm.rt.SetMaxCallStackSize(p.stackDepth())
	if err := vm.limitMemory(p.MemoryLimit); err != nil {
		fmt.Fprintf(vm.stderr, "%s: %v\n", vm.progName(), err)
		return 1
	}
	prg, err := compile(p)
	if err != nil {
		fmt.Fprintf(vm.stderr, "%s: %v\n", p.Name, err)
		return 1
	}
	vm.loop.task(func() {
		for _, name := range p.Preload {
			if _, err := vm.Require(name); err != nil {
				vm.Fatal(err)
			}
		}
		if _, err := vm.rt.RunProgram(prg); err != nil {
			vm.Fatal(err)
		}
	})
	vm.loop.run()
	for !vm.ended && len(vm.idleHooks) > 0 {
		vm.loop.task(func() {
			for _, fn := range vm.idleHooks {
				fn()
			}
		})
		if vm.ended || !vm.loop.alive() {
			break
		}
		vm.loop.run()
	}
	return vm.status
}

// stackDepth is the call-stack limit of p's VMs.
func (p *Program) stackDepth() int {
	if p.MaxStackDepth <= 0 {
		return DefaultStackDepth
	}
	return p.MaxStackDepth
}

// DefaultStackDepth is the call-stack limit of a program built without -S:
// about what QuickJS's default 1 MiB stack allows for small functions.
// goja's own default is unlimited, so runaway recursion would eat memory.
const DefaultStackDepth = 10000

// Program is a bundled script as the generated main embeds it.
type Program struct {
	// Name is the bundle's file name, used where no source map applies;
	// default inspect.GlueFile, whose frames stack traces leave out.
	Name string
	// Source is the bundled script.
	Source string
	// SourceMap maps Source back to the user's files for stack traces.
	SourceMap []byte
	// MaxStackDepth limits the call stack (qjsc's -S); 0 means
	// DefaultStackDepth.
	MaxStackDepth int
	// MemoryLimit is the memory in bytes the program is kept under: the
	// script is stopped with "InternalError: out of memory" once its live
	// heap passes half of it. 0 means the default (3/4 of the machine's
	// memory), NoMemoryLimit none. The environment variable
	// MemoryLimitEnv overrides it.
	MemoryLimit int64
	// Modules are the native modules the build linked; each must have
	// registered itself by the time Run runs.
	Modules []string
	// Preload are native modules (of Modules) loaded before the script
	// runs, for the globals their Load defines: a classic script's use of
	// process or Buffer, which no import brings in.
	Preload []string
	// Dynamic are the modules bundled besides Source (gojsc -D), which
	// workers run and import() loads by name.
	Dynamic []Script
	// Files are the files embedded in the program (gojsc --embed), by
	// their paths relative to the build's directory; nil: none. The
	// modules that read files find them under AssetRoot (see VM.Asset).
	Files fs.FS
}
