package os

import (
	"runtime"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// signals exports signal(sig, fn): fn runs on the loop when the process
// receives sig; null restores the default action, undefined ignores sig.
func (m *module) signals(e *jsrt.Exports) {
	e.Func("signal", func(call goja.FunctionCall) goja.Value {
		sig := uint32(jsrt.Arg(call, 0).ToInteger())
		if sig >= 64 {
			m.vm.Throw("RangeError", "invalid signal number")
		}
		fn := jsrt.Arg(call, 1)
		loop := m.vm.Loop()
		switch {
		case goja.IsNull(fn) && terminatesByDefault(syscall.Signal(sig)):
			s := syscall.Signal(sig)
			loop.Signal(s, func() { m.vm.Exit(128 + int(s)) }, false)
		case goja.IsNull(fn):
			loop.Signal(syscall.Signal(sig), nil, false)
		case goja.IsUndefined(fn):
			loop.Signal(syscall.Signal(sig), nil, true)
		default:
			f, ok := goja.AssertFunction(fn)
			if !ok {
				m.vm.Throw("TypeError", "signal: not a function")
			}
			loop.Signal(syscall.Signal(sig), func() { m.vm.Call(f, goja.Undefined()) }, false)
		}
		return goja.Undefined()
	})
}

// terminatesByDefault reports whether sig ends a process by default but is
// caught and dropped by the Go runtime once no one is notified of it. For
// those, restoring "the default" makes the process exit as a shell reports
// a death by signal (status 128 + sig), after flushing its output; the
// others (SIGINT, SIGTERM, SIGHUP, stop and ignore-by-default signals) get
// their real default action back.
func terminatesByDefault(sig syscall.Signal) bool {
	switch sig {
	// Not SIGPIPE: with no one notified, Go's own default kills the
	// process when a write to stdout or stderr hits a closed pipe.
	case syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
		syscall.SIGVTALRM, syscall.SIGXCPU, syscall.SIGXFSZ, syscall.SIGIO:
		return true
	}
	// Real-time signals, past the two the C library keeps for itself.
	return runtime.GOOS == "linux" && sig >= 34
}
