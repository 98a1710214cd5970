package std

import (
	"errors"
	"os"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// boolOption reads a boolean option as QuickJS does: absent or undefined
// leaves the default, anything else is converted with ToBoolean.
func boolOption(opts goja.Value, name string) bool {
	obj, ok := opts.(*goja.Object)
	if !ok {
		return false
	}
	v := obj.Get(name)
	return v != nil && v.ToBoolean()
}

// jsLoadScript runs a file in the global scope, as a classic script.
func (m *module) jsLoadScript(call goja.FunctionCall) goja.Value {
	name := m.vm.ToString(jsrt.Arg(call, 0))
	src, err := m.readFile(name)
	if err != nil {
		m.vm.Throw("ReferenceError", "could not load '%s'", name)
	}
	return m.runScript(name, string(src))
}

// runScript compiles and runs src as a classic script in the global scope.
// Compiling apart from running keeps goja's compile errors apart from its
// exceptions, so that a syntax error reaches the script as a plain
// SyntaxError (goja's RunScript prefixes its message with the error's kind).
func (m *module) runScript(name, src string) goja.Value {
	prg, err := goja.Compile(name, src, false)
	if err != nil {
		m.throw(err)
	}
	v, err := m.rt.RunProgram(prg)
	if err != nil {
		m.throw(err)
	}
	return v
}

// jsEvalScript evaluates a string in the global scope. With {async: true}
// it returns a promise of {value: completion}, as QuickJS's async eval does;
// top-level await is accepted in a single expression or a statement list
// (whose completion value is then undefined). backtrace_barrier only
// affects QuickJS's stack printing and is accepted and ignored.
func (m *module) jsEvalScript(call goja.FunctionCall) goja.Value {
	src := m.vm.ToString(jsrt.Arg(call, 0))
	if !boolOption(jsrt.Arg(call, 1), "async") {
		return m.runScript("<evalScript>", src)
	}
	promise, resolve, reject := m.rt.NewPromise()
	prg, err := goja.Compile("<evalScript>", src, false)
	if err == nil {
		v, err := m.rt.RunProgram(prg)
		if err != nil {
			var ex *goja.Exception
			if !errors.As(err, &ex) {
				m.throw(err)
			}
			_ = reject(ex.Value())
		} else {
			_ = resolve(m.wrapValue(v))
		}
		return m.rt.ToValue(promise)
	}
	// Not a script goja accepts: try it as an async function body, first as
	// one expression (so `await f()` yields its value), then as statements.
	var fn goja.Value
	for _, wrap := range []string{"(async function () { return {value: (\n", "(async function () {\n"} {
		end := "\n)}; })"
		if !strings.Contains(wrap, "value:") {
			end = "\nreturn {value: undefined}; })"
		}
		if f, werr := m.rt.RunScript("<evalScript>", wrap+src+end); werr == nil {
			fn = f
			break
		}
	}
	if fn == nil {
		m.throw(err) // the script's own syntax error
	}
	f, _ := goja.AssertFunction(fn)
	return m.vm.Call(f, goja.Undefined())
}

func (m *module) wrapValue(v goja.Value) goja.Value {
	obj := m.rt.NewObject()
	_ = obj.Set("value", v)
	return obj
}

// throw rethrows an error from goja into the script: an exception as
// itself, a compile error as a SyntaxError.
func (m *module) throw(err error) {
	var ex *goja.Exception
	if errors.As(err, &ex) {
		panic(ex)
	}
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		panic(ie) // the run has ended: nothing may catch it
	}
	// goja's compile errors carry their kind in Error()'s text; the JS
	// error gets the bare message, its constructor naming the kind.
	var se *goja.CompilerSyntaxError
	if errors.As(err, &se) {
		m.vm.Throw("SyntaxError", "%s", strings.TrimPrefix(se.Error(), "SyntaxError: "))
	}
	var re *goja.CompilerReferenceError
	if errors.As(err, &re) {
		m.vm.Throw("ReferenceError", "%s", strings.TrimPrefix(re.Error(), "ReferenceError: "))
	}
	m.vm.Throw("Error", "%v", err)
}

// jsLoadFile returns a file's content as a string (UTF-8 decoded), as a
// Uint8Array with {binary: true}, or null when it cannot be read.
func (m *module) jsLoadFile(call goja.FunctionCall) goja.Value {
	data, err := m.readFile(m.vm.ToString(jsrt.Arg(call, 0)))
	if err != nil {
		return goja.Null()
	}
	if boolOption(jsrt.Arg(call, 1), "binary") {
		return m.uint8Array(data)
	}
	return m.rt.ToValue(string(data))
}

// readFile reads a file, embedded (see jsrt.VM.Asset) or real.
func (m *module) readFile(name string) ([]byte, error) {
	if a := m.vm.Asset(name); a != nil {
		return a.ReadAll()
	}
	return os.ReadFile(name)
}

// uint8Array returns a Uint8Array over data.
func (m *module) uint8Array(data []byte) goja.Value {
	ctor, ok := goja.AssertConstructor(m.rt.Get("Uint8Array"))
	if !ok {
		m.vm.Throw("TypeError", "Uint8Array is not a constructor")
	}
	arr, err := ctor(nil, m.rt.ToValue(m.rt.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return arr
}

// jsWriteFile writes a string (as UTF-8), an ArrayBuffer or a typed array
// to a file, replacing it; it throws an Error carrying errno on failure.
func (m *module) jsWriteFile(call goja.FunctionCall) goja.Value {
	name := m.vm.ToString(jsrt.Arg(call, 0))
	v := jsrt.Arg(call, 1)
	var data []byte
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		data = x.Bytes()
	case []byte:
		data = x
	default:
		if obj, ok := v.(*goja.Object); ok && obj.Get("buffer") != nil {
			if _, isAB := obj.Get("buffer").Export().(goja.ArrayBuffer); isAB {
				data = m.vm.Bytes(v, "writeFile")
				break
			}
		}
		data = []byte(m.vm.ToString(v))
	}
	if err := os.WriteFile(name, data, 0o666); err != nil {
		errno := sysfd.Errno(err, unix.EIO)
		e := m.vm.NewError("Error", "%s: %s", name, strerror(errno))
		_ = e.Set("errno", errno)
		panic(e)
	}
	return goja.Undefined()
}
