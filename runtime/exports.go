package runtime

import (
	"fmt"

	"github.com/dop251/goja"
)

// Exports is the object a native module fills in its Load function.
type Exports struct {
	vm  *VM
	obj *goja.Object
}

// Object returns the exports object itself.
func (e *Exports) Object() *goja.Object { return e.obj }

// Set exports a value: a number, string, bool, goja.Value, or anything goja
// converts with Runtime.ToValue.
func (e *Exports) Set(name string, v any) {
	if err := e.obj.Set(name, v); err != nil {
		panic(fmt.Sprintf("gojsc: export %q: %v", name, err))
	}
}

// Func exports a function. A Go panic inside fn that is not a JS value
// surfaces in the script as an Error naming the function, never as a crash.
func (e *Exports) Func(name string, fn func(call goja.FunctionCall) goja.Value) {
	e.Set(name, e.vm.Func(name, fn))
}

// Func wraps fn as a JS function value named name; a Go panic in fn becomes
// a JS Error (see Exports.Func).
func (vm *VM) Func(name string, fn func(call goja.FunctionCall) goja.Value) goja.Value {
	rt := vm.rt
	f := rt.ToValue(func(call goja.FunctionCall) (ret goja.Value) {
		defer func() {
			if r := recover(); r != nil {
				switch r.(type) {
				case goja.Value, *goja.Exception, *goja.InterruptedError:
					panic(r)
				}
				panic(rt.NewGoError(fmt.Errorf("native function %s failed: %v", name, r)))
			}
		}()
		return fn(call)
	}).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return f
}

// Require returns the exports of the native module registered as name,
// loading it into this VM on first use.
func (vm *VM) Require(name string) (*goja.Object, error) {
	if obj, ok := vm.modules[name]; ok {
		return obj, nil
	}
	m, ok := Lookup(name)
	if !ok {
		return nil, fmt.Errorf("native module %q is not linked into this program (linked: %v)", name, Registered())
	}
	e := &Exports{vm: vm, obj: vm.rt.NewObject()}
	vm.modules[name] = e.obj
	if err := m.Load(vm, e); err != nil {
		delete(vm.modules, name)
		return nil, fmt.Errorf("loading native module %q: %w", name, err)
	}
	return e.obj, nil
}
