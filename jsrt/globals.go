package jsrt

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/inspect"
	"github.com/gojsc/gojsc/jsrt/internal/esnext"
)

func (vm *VM) installGlobals() error {
	rt := vm.rt
	g := rt.GlobalObject()
	if err := vm.installPrelude(); err != nil {
		return err
	}
	// Globals are writable, configurable and, as node's and QuickJS's
	// are, enumerable; the runtime's internal ones are not enumerable.
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := vm.Func(name, fn)
		vm.setLength(f, length)
		_ = g.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	setInternal := func(name string, fn func(goja.FunctionCall) goja.Value) {
		f := vm.Func(name, fn)
		vm.setLength(f, 1)
		_ = g.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	vm.installInternalError()
	vm.installRegExp()
	es, err := esnext.Install(rt)
	if err != nil {
		return err
	}
	vm.esnext = es
	printFn := vm.Func("print", vm.jsPrint)
	vm.setLength(printFn, 1)
	_ = g.DefineDataProperty("print", printFn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	// __gojsc_native(name) is a native module's exports; with a second
	// argument, that export (a global's injected file reads one so).
	setInternal(nativeRequire, func(call goja.FunctionCall) goja.Value {
		name := Arg(call, 0).String()
		obj, err := vm.Require(name)
		if err != nil {
			vm.Throw("Error", "%v", err)
		}
		if export := Arg(call, 1); !goja.IsUndefined(export) {
			return obj.Get(export.String())
		}
		return obj
	})

	// The module wrapper hands a rejection of the entry's top level here, so
	// it is reported as the uncaught exception it is.
	setInternal("__gojsc_uncaught", func(call goja.FunctionCall) goja.Value {
		vm.fatalValue(Arg(call, 0))
		return nil
	})

	vm.installConsole()

	// Node's global and the browsers' self name the global object, and npm
	// packages look for one of them. They are real properties rather than
	// build-time defines, so that eval and new Function see them too; as in
	// node, writable, enumerable and configurable.
	_ = g.DefineDataProperty("global", g, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = g.DefineDataProperty("self", g, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)

	args := make([]any, len(vm.args))
	for i, a := range vm.args {
		args[i] = a
	}
	_ = g.Set("scriptArgs", rt.NewArray(args...))

	perf := rt.NewObject()
	_ = perf.Set("now", vm.Func("now", func(goja.FunctionCall) goja.Value { return rt.ToValue(vm.loop.Now()) }))
	_ = g.Set("performance", perf)

	vm.installCrypto()
	vm.installEncoding()
	vm.installLazyGlobals()
	vm.installStructuredClone()
	vm.installRequire()

	set("setTimeout", 2, vm.jsSetTimeout)
	set("clearTimeout", 1, vm.jsClearTimer)
	set("setInterval", 2, vm.jsSetInterval)
	set("clearInterval", 1, vm.jsClearTimer)
	return nil
}

// jsPrint is print and console.log: arguments rendered as QuickJS does,
// joined by spaces, a newline, into the buffered stdout.
func (vm *VM) jsPrint(call goja.FunctionCall) goja.Value {
	if vm.cons != nil && vm.cons.indent != "" {
		vm.writeOut(append(inspect.AppendPrint(nil, vm.rt, call.Arguments), '\n'))
		return goja.Undefined()
	}
	if len(call.Arguments) == 1 {
		if s, ok := call.Arguments[0].(goja.String); ok {
			_, _ = vm.out.WriteString(s.String())
			_ = vm.out.WriteByte('\n')
			if vm.outTTY {
				_ = vm.out.Flush()
			}
			return goja.Undefined()
		}
	}
	b := vm.out.AvailableBuffer()
	b = inspect.AppendPrint(b, vm.rt, call.Arguments)
	b = append(b, '\n')
	_, _ = vm.out.Write(b)
	if vm.outTTY {
		_ = vm.out.Flush()
	}
	return goja.Undefined()
}

// jsPrintErr is console.error: like print, to stderr, unbuffered but in one
// write, after flushing stdout so the two streams interleave as written.
func (vm *VM) jsPrintErr(call goja.FunctionCall) goja.Value {
	vm.writeErr(append(inspect.AppendPrint(nil, vm.rt, call.Arguments), '\n'))
	return goja.Undefined()
}

// jsSetTimeout implements setTimeout(fn, ms, ...args) → id.
func (vm *VM) jsSetTimeout(call goja.FunctionCall) goja.Value {
	return vm.setTimer(call, "setTimeout", false)
}

// jsSetInterval implements setInterval(fn, ms, ...args) → id.
func (vm *VM) jsSetInterval(call goja.FunctionCall) goja.Value {
	return vm.setTimer(call, "setInterval", true)
}

func (vm *VM) setTimer(call goja.FunctionCall, name string, repeat bool) goja.Value {
	vm.Callable(Arg(call, 0), name)
	fn := Arg(call, 0).(*goja.Object) // callable, so an object
	ms := ToInt64(Arg(call, 1))
	var extra []goja.Value
	if len(call.Arguments) > 2 {
		extra = append(extra, call.Arguments[2:]...)
	}
	var interval int64
	if repeat {
		interval = max(ms, 1)
	}
	return vm.rt.ToValue(vm.loop.setJSTimer(ms, interval, fn, extra))
}

// callTimer calls the JS callback of a timer.
func (vm *VM) callTimer(fn *goja.Object, args []goja.Value) {
	c, _ := goja.AssertFunction(fn)
	vm.Call(c, goja.Undefined(), args...)
}

// jsClearTimer implements clearTimeout and clearInterval.
func (vm *VM) jsClearTimer(call goja.FunctionCall) goja.Value {
	vm.loop.ClearTimer(ToInt64(Arg(call, 0)))
	return goja.Undefined()
}

// setLength sets the length property of the function f: read-only,
// configurable, not enumerable, as every function's is.
func (vm *VM) setLength(f goja.Value, n int) {
	_ = f.(*goja.Object).DefineDataProperty("length", vm.rt.ToValue(n), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// SetLengths gives the functions of obj the length property in lengths, by
// name: the number of arguments a function is documented to take, which
// the Go functions behind them cannot declare (QuickJS's os.read has 4).
func (vm *VM) SetLengths(obj *goja.Object, lengths map[string]int) {
	for name, n := range lengths {
		if f, ok := obj.Get(name).(*goja.Object); ok {
			vm.setLength(f, n)
		}
	}
}

// installInternalError defines QuickJS's InternalError, which goja lacks:
// the error a Go panic in a native function becomes.
func (vm *VM) installInternalError() {
	rt := vm.rt
	errCtor, _ := goja.AssertConstructor(rt.Get("Error"))
	errProto := rt.Get("Error").(*goja.Object).Get("prototype").(*goja.Object)
	c := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		e, err := errCtor(nil, call.Arguments...)
		if err != nil {
			panic(err)
		}
		_ = e.SetPrototype(call.This.Prototype())
		return e
	}).(*goja.Object)
	_ = c.DefineDataProperty("name", rt.ToValue("InternalError"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = c.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = c.SetPrototype(rt.Get("Error").(*goja.Object))
	proto := c.Get("prototype").(*goja.Object)
	_ = proto.SetPrototype(errProto)
	_ = proto.DefineDataProperty("name", rt.ToValue("InternalError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("message", rt.ToValue(""), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = rt.GlobalObject().DefineDataProperty("InternalError", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	vm.internalError = c
}

// installPrelude defines what esbuild's lowered output and modern scripts
// expect and goja lacks: the well-known symbols of async iteration and
// explicit resource management, and queueMicrotask. It is done through the
// Go API because compiling a JS prelude would cost every start-up.
func (vm *VM) installPrelude() error {
	rt := vm.rt
	symbol := rt.Get("Symbol").(*goja.Object)
	symFor, _ := goja.AssertFunction(symbol.Get("for"))
	for _, name := range []string{"asyncIterator", "dispose", "asyncDispose"} {
		if v := symbol.Get(name); v != nil && !goja.IsUndefined(v) {
			continue
		}
		sym, err := symFor(symbol, rt.ToValue("Symbol."+name))
		if err != nil {
			return err
		}
		if err := symbol.DefineDataProperty(name, sym, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
			return err
		}
	}
	var then goja.Callable
	var resolved goja.Value
	queue := vm.Func("queueMicrotask", func(call goja.FunctionCall) goja.Value {
		fn := vm.Callable(Arg(call, 0), "queueMicrotask")
		if then == nil {
			p, resolve, _ := rt.NewPromise()
			_ = resolve(goja.Undefined())
			resolved = rt.ToValue(p)
			then, _ = goja.AssertFunction(resolved.(*goja.Object).Get("then"))
		}
		// Called through vm.Call, an exception is the uncaught exception it
		// is, not the rejection of a promise nobody sees.
		job := rt.ToValue(func(goja.FunctionCall) goja.Value {
			vm.Call(fn, goja.Undefined())
			return goja.Undefined()
		})
		if _, err := then(resolved, job); err != nil {
			panic(err)
		}
		return goja.Undefined()
	})
	vm.setLength(queue, 1)
	return rt.GlobalObject().DefineDataProperty("queueMicrotask", queue, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
