package jsrt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/gojsc/gojsc/jsrt/inspect"
	"golang.org/x/sys/unix"
)

// nativeRequire is the global through which bundled code reaches native
// modules: the compiler turns `import ... from "os"` into a call of it.
const nativeRequire = "__gojsc_native"

// A VM is one JavaScript runtime with its event loop. All its methods, and
// the goja runtime it holds, belong to the loop goroutine.
type VM struct {
	rt   *goja.Runtime
	loop *Loop
	args []string

	out    *bufio.Writer // shared by print, console.log and std.out
	outTTY bool
	stderr io.Writer

	modules   map[string]*goja.Object
	exitMu    sync.Mutex // exitHooks are also run from the signal watcher
	exitHooks []func()
	exitOnce  sync.Once
	rejected  []*goja.Promise        // rejected this turn, in order
	handled   map[*goja.Promise]bool // of those, the ones given a handler later
	noop      goja.Callable
	isViewFn  goja.Callable
}

// New returns a VM with the globals every gojsc binary has. args become
// scriptArgs.
func New(args []string) (*VM, error) {
	loop, err := NewLoop()
	if err != nil {
		return nil, err
	}
	vm := &VM{
		rt:      goja.New(),
		loop:    loop,
		args:    args,
		out:     bufio.NewWriterSize(os.Stdout, 64<<10),
		stderr:  os.Stderr,
		modules: make(map[string]*goja.Object),
	}
	vm.outTTY = IsTerminal(1)
	vm.rt.SetPromiseRejectionTracker(vm.trackRejection)
	noop, _ := goja.AssertFunction(vm.rt.ToValue(func() {}))
	vm.noop = noop
	loop.afterTask = vm.afterTask
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
// It is flushed at exit; Flush it before anything else writes to fd 1.
func (vm *VM) Stdout() *bufio.Writer { return vm.out }

// StdoutIsTerminal reports whether fd 1 is a terminal, where output is
// flushed line by line.
func (vm *VM) StdoutIsTerminal() bool { return vm.outTTY }

// OnExit registers fn to run when the process exits by any path other than
// a crash, after stdout is flushed (to restore a terminal, say).
//
// The hooks also run when SIGINT, SIGTERM, SIGHUP or SIGQUIT ends the
// process while the script has no handler for it, so a terminal put in raw
// mode is given back even then; they may run on another goroutine.
func (vm *VM) OnExit(fn func()) {
	vm.exitMu.Lock()
	vm.exitHooks = append(vm.exitHooks, fn)
	first := len(vm.exitHooks) == 1
	vm.exitMu.Unlock()
	if first {
		// Notify before returning, so a signal right after ttySetRaw is seen.
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, fatalSignals...)
		go vm.watchFatalSignals(ch)
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

// fatalSignals end a process by default; Go's runtime would end it without
// running the exit hooks.
var fatalSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// watchFatalSignals runs the exit hooks before a fatal signal the script
// does not handle ends the process, then lets the signal end it as it
// would have: by the signal, so the parent sees the same status (SIGQUIT,
// whose Go default dumps goroutines, exits with 128+3 instead).
func (vm *VM) watchFatalSignals(ch <-chan os.Signal) {
	for s := range ch {
		sig := s.(syscall.Signal)
		if vm.loop.handles(sig) {
			continue
		}
		vm.runExitHooks()
		if sig == syscall.SIGQUIT {
			os.Exit(128 + int(sig))
		}
		signal.Reset(sig)
		_ = syscall.Kill(os.Getpid(), sig)
		time.Sleep(time.Second) // the signal ends the process; if not:
		os.Exit(128 + int(sig))
	}
}

// Exit flushes output, runs the exit hooks and ends the process with code.
func (vm *VM) Exit(code int) {
	_ = vm.out.Flush()
	vm.runExitHooks()
	os.Exit(code)
}

// Call calls fn as a macrotask callback would: an exception it throws is
// reported with its stack and ends the process with status 1.
func (vm *VM) Call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	if err != nil {
		vm.Fatal(err)
	}
	return v
}

// Fatal reports err, an uncaught exception or a Go error, on stderr and
// exits with status 1.
func (vm *VM) Fatal(err error) {
	_ = vm.out.Flush()
	var b strings.Builder
	var overflow *goja.StackOverflowError
	switch {
	case isOutOfMemory(err):
		appendOutOfMemory(&b, err)
	case errors.As(err, &overflow):
		// goja's stack overflow cannot be caught by the script; report it
		// as the RangeError QuickJS would have thrown, with the innermost
		// frames only.
		b.WriteString("Uncaught RangeError: Maximum call stack size exceeded\n")
		var frames bytes.Buffer
		for i, f := range overflow.Stack() {
			if i == maxOverflowFrames {
				break
			}
			frames.WriteString("\tat ")
			f.Write(&frames)
			frames.WriteByte('\n')
		}
		b.Write(inspect.AppendStack(nil, frames.String()))
		b.WriteByte('\n')
	case isException(err):
		vm.fatalValue(err.(*goja.Exception).Value())
	default:
		fmt.Fprintf(&b, "Uncaught %v\n", err)
	}
	io.WriteString(vm.stderr, b.String())
	vm.Exit(1)
}

// maxOverflowFrames is how many frames a stack overflow report shows.
const maxOverflowFrames = 10

func isException(err error) bool {
	_, ok := err.(*goja.Exception)
	return ok
}

func (vm *VM) fatalValue(v goja.Value) {
	_ = vm.out.Flush()
	var b strings.Builder
	b.WriteString("Uncaught ")
	vm.writeError(&b, v)
	io.WriteString(vm.stderr, b.String())
	vm.Exit(1)
}

// goPanic turns a Go panic that escaped a callback into an error report
// instead of a Go stack dump.
func (vm *VM) goPanic(v any) {
	switch x := v.(type) {
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
func (vm *VM) afterTask() {
	_, _ = vm.noop(goja.Undefined())
	if len(vm.rejected) == 0 {
		return
	}
	if p := vm.unhandled(); p != nil {
		_ = vm.out.Flush()
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

// RunMain runs the program's top level, then the loop until nothing is left
// to do, and exits.
func (vm *VM) RunMain(p Program) {
	if p.Name == "" {
		p.Name = inspect.GlueFile
	}
	if p.MaxStackDepth <= 0 {
		p.MaxStackDepth = DefaultStackDepth
	}
	vm.rt.SetMaxCallStackSize(p.MaxStackDepth)
	if err := vm.limitMemory(p.MemoryLimit); err != nil {
		fmt.Fprintf(vm.stderr, "%s: %v\n", vm.args[0], err)
		vm.Exit(1)
	}
	prg, err := compile(p)
	if err != nil {
		fmt.Fprintf(vm.stderr, "%s: %v\n", p.Name, err)
		vm.Exit(1)
	}
	vm.loop.task(func() {
		if _, err := vm.rt.RunProgram(prg); err != nil {
			vm.Fatal(err)
		}
	})
	vm.loop.Run()
	vm.Exit(0)
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
	// registered itself by the time Main runs.
	Modules []string
}

// Main runs p as a gojsc binary does and exits; the generated main calls it.
func Main(p Program) {
	for _, name := range p.Modules {
		if _, ok := Lookup(name); !ok {
			fmt.Fprintf(os.Stderr, "%s: native module %q was linked but its package did not register it (registered: %v)\n", os.Args[0], name, Registered())
			os.Exit(1)
		}
	}
	vm, err := New(os.Args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[0], err)
		os.Exit(1)
	}
	vm.RunMain(p)
}

// IsTerminal reports whether fd refers to a terminal (isatty).
func IsTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}
