package os

import (
	"runtime"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/sigdefault"
)

// signals exports signal(sig, fn): fn runs on the loop when the process
// receives sig; null restores the default action, undefined ignores sig.
func (m *module) signals(e *jsrt.Exports) {
	e.Func("signal", func(call goja.FunctionCall) goja.Value {
		sig := uint32(jsrt.Arg(call, 0).ToInteger())
		if sig >= 64 {
			m.vm.Throw("RangeError", "invalid signal number")
		}
		if !signalSupported(syscall.Signal(sig)) {
			m.vm.Throw("Error", "os.signal: signal %d is not supported on %s", sig, runtime.GOOS)
		}
		fn := jsrt.Arg(call, 1)
		loop := m.vm.Loop()
		switch {
		case goja.IsNull(fn):
			sigdefault.Restore(m.vm, syscall.Signal(sig))
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
