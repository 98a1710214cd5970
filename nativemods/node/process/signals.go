package process

import (
	"syscall"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/nativemods/internal/sigdefault"
)

// watchSignals makes a listener for a signal's name ("SIGINT") install a
// handler on the run's loop, which emits the event with the name and the
// number, and the removal of the last one give the signal its default
// action back. As in node, the process object carries the two listeners
// doing it ('newListener' and 'removeListener'), and a signal handler
// alone does not keep the run alive.
func (p *proc) watchSignals() {
	on, _ := goja.AssertFunction(p.obj.Get("on"))
	count, _ := goja.AssertFunction(p.obj.Get("listenerCount"))
	watched := map[syscall.Signal]bool{}
	signalOf := func(v goja.Value) (syscall.Signal, string, bool) {
		name, ok := v.Export().(string)
		if !ok {
			return 0, "", false
		}
		sig := unix.SignalNum(name)
		// SIGKILL and SIGSTOP cannot be caught.
		if sig == 0 || sig == syscall.SIGKILL || sig == unix.SIGSTOP {
			return 0, "", false
		}
		return sig, name, true
	}
	start := p.vm.Func("startListeningIfSignal", func(call goja.FunctionCall) goja.Value {
		sig, name, ok := signalOf(call.Argument(0))
		if !ok || watched[sig] {
			return goja.Undefined()
		}
		watched[sig] = true
		// emit(event, ...listener arguments): the listener gets the name
		// and the number.
		args := []goja.Value{p.rt.ToValue(name), p.rt.ToValue(name), p.rt.ToValue(int(sig))}
		p.vm.Loop().Signal(sig, func() {
			p.vm.Call(p.emit, p.obj, args...)
		}, false)
		return goja.Undefined()
	})
	stop := p.vm.Func("stopListeningIfSignal", func(call goja.FunctionCall) goja.Value {
		sig, _, ok := signalOf(call.Argument(0))
		if !ok || !watched[sig] {
			return goja.Undefined()
		}
		if n, err := count(p.obj, call.Argument(0)); err == nil && n.ToInteger() > 0 {
			return goja.Undefined()
		}
		delete(watched, sig)
		sigdefault.Restore(p.vm, sig)
		return goja.Undefined()
	})
	_, _ = on(p.obj, p.rt.ToValue("newListener"), start)
	_, _ = on(p.obj, p.rt.ToValue("removeListener"), stop)
}
