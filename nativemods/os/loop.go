package os

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// loop exports the event loop's side of os: fd handlers, timers,
// sleepAsync and now.
func (m *module) loop(e *jsrt.Exports) {
	e.Func("setReadHandler", func(call goja.FunctionCall) goja.Value {
		return m.setHandler(call, jsrt.Readable, "setReadHandler")
	})
	e.Func("setWriteHandler", func(call goja.FunctionCall) goja.Value {
		return m.setHandler(call, jsrt.Writable, "setWriteHandler")
	})
	// The globals' behaviour in functions of os's own, as in QuickJS. The
	// function behind a global is called directly: through a
	// goja.Callable every call paid for a try frame and two deferred
	// recovers (a fifth of the cost of os.clearTimeout).
	for _, name := range []string{"setTimeout", "clearTimeout", "setInterval", "clearInterval"} {
		v := m.rt.Get(name)
		if v == nil {
			continue
		}
		if global, ok := v.Export().(func(goja.FunctionCall) goja.Value); ok {
			e.Func(name, global)
			continue
		}
		// A callable that is not a plain function, which the script put
		// in place of the global before importing os.
		global, ok := goja.AssertFunction(v)
		if !ok {
			continue
		}
		e.Func(name, func(call goja.FunctionCall) goja.Value {
			v, err := global(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
	e.Func("sleepAsync", func(call goja.FunctionCall) goja.Value {
		ms := jsrt.ToInt64(jsrt.Arg(call, 0))
		p, resolve, _ := m.rt.NewPromise()
		m.vm.Loop().SetTimer(ms, 0, func() { _ = resolve(goja.Undefined()) })
		return m.rt.ToValue(p)
	})
	e.Func("now", func(goja.FunctionCall) goja.Value { return m.rt.ToValue(m.vm.Loop().Now()) })
}

// setHandler is setReadHandler(fd, fn) and setWriteHandler(fd, fn): fn is
// called with no arguments while fd is ready; null removes the handler.
func (m *module) setHandler(call goja.FunctionCall, dir jsrt.Direction, name string) goja.Value {
	fd := m.fdArg(call, 0)
	v := jsrt.Arg(call, 1)
	var fn func()
	if !goja.IsNull(v) {
		f, ok := goja.AssertFunction(v)
		if !ok {
			m.vm.Throw("TypeError", "%s: not a function", name)
		}
		vm := m.vm
		undef := goja.Undefined()
		fn = func() { vm.Call(f, undef) }
	}
	if err := m.vm.Loop().SetHandler(fd, dir, fn); err != nil {
		m.vm.Throw("Error", "%s: %v", name, err)
	}
	return goja.Undefined()
}
