package runtime

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/runtime/inspect"
)

// prelude defines what esbuild's lowered output expects and goja lacks.
const prelude = `(function () {
	for (const name of ["asyncIterator", "dispose", "asyncDispose"]) {
		if (!Symbol[name]) Object.defineProperty(Symbol, name, { value: Symbol.for("Symbol." + name) });
	}
	if (typeof SuppressedError === "undefined") {
		class SuppressedError extends Error {
			constructor(error, suppressed, message) {
				super(message);
				this.error = error;
				this.suppressed = suppressed;
			}
		}
		Object.defineProperty(SuppressedError.prototype, "name", { value: "SuppressedError", configurable: true, writable: true });
		Object.defineProperty(globalThis, "SuppressedError", { value: SuppressedError, configurable: true, writable: true });
	}
	const resolved = Promise.resolve();
	Object.defineProperty(globalThis, "queueMicrotask", {
		configurable: true, writable: true,
		value: function queueMicrotask(fn) {
			if (typeof fn !== "function") throw new TypeError("queueMicrotask: not a function");
			resolved.then(fn);
		},
	});
})();`

var preludeProgram = goja.MustCompile("prelude.js", prelude, true)

func (vm *VM) installGlobals() error {
	rt := vm.rt
	g := rt.GlobalObject()
	if _, err := rt.RunProgram(preludeProgram); err != nil {
		return err
	}
	set := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = g.DefineDataProperty(name, vm.Func(name, fn), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	set("print", vm.jsPrint)
	set(nativeRequire, func(call goja.FunctionCall) goja.Value {
		name := Arg(call, 0).String()
		obj, err := vm.Require(name)
		if err != nil {
			vm.Throw("Error", "%v", err)
		}
		return obj
	})

	// The module wrapper hands a rejection of the entry's top level here, so
	// it is reported as the uncaught exception it is.
	set("__gojsc_uncaught", func(call goja.FunctionCall) goja.Value {
		vm.fatalValue(Arg(call, 0))
		return nil
	})

	console := rt.NewObject()
	for _, name := range []string{"log", "info", "debug"} {
		_ = console.Set(name, vm.Func(name, vm.jsPrint))
	}
	for _, name := range []string{"error", "warn", "trace"} {
		_ = console.Set(name, vm.Func(name, vm.jsPrintErr))
	}
	_ = g.DefineDataProperty("console", console, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)

	args := make([]any, len(vm.args))
	for i, a := range vm.args {
		args[i] = a
	}
	_ = g.Set("scriptArgs", rt.NewArray(args...))

	perf := rt.NewObject()
	_ = perf.Set("now", vm.Func("now", func(goja.FunctionCall) goja.Value { return rt.ToValue(vm.loop.Now()) }))
	_ = g.Set("performance", perf)

	set("setTimeout", vm.JSSetTimeout)
	set("clearTimeout", vm.JSClearTimer)
	set("setInterval", vm.JSSetInterval)
	set("clearInterval", vm.JSClearTimer)
	return nil
}

// jsPrint is print and console.log: arguments rendered as QuickJS does,
// joined by spaces, a newline, into the buffered stdout.
func (vm *VM) jsPrint(call goja.FunctionCall) goja.Value {
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
	_ = vm.out.Flush()
	b := inspect.AppendPrint(nil, vm.rt, call.Arguments)
	b = append(b, '\n')
	_, _ = vm.stderr.Write(b)
	return goja.Undefined()
}

// JSSetTimeout implements setTimeout(fn, ms, ...args) → id.
func (vm *VM) JSSetTimeout(call goja.FunctionCall) goja.Value {
	return vm.setTimer(call, false)
}

// JSSetInterval implements setInterval(fn, ms, ...args) → id.
func (vm *VM) JSSetInterval(call goja.FunctionCall) goja.Value {
	return vm.setTimer(call, true)
}

func (vm *VM) setTimer(call goja.FunctionCall, repeat bool) goja.Value {
	fn := vm.Callable(Arg(call, 0), "setTimeout")
	ms := ToInt64(Arg(call, 1))
	var extra []goja.Value
	if len(call.Arguments) > 2 {
		extra = append(extra, call.Arguments[2:]...)
	}
	var interval int64
	if repeat {
		interval = max(ms, 1)
	}
	id := vm.loop.SetTimer(ms, interval, func() {
		vm.Call(fn, goja.Undefined(), extra...)
	})
	return vm.rt.ToValue(id)
}

// JSClearTimer implements clearTimeout and clearInterval.
func (vm *VM) JSClearTimer(call goja.FunctionCall) goja.Value {
	vm.loop.ClearTimer(ToInt64(Arg(call, 0)))
	return goja.Undefined()
}
