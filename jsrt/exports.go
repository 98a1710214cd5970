package jsrt

import (
	"fmt"
	"reflect"
	"slices"

	"github.com/dop251/goja"
)

// Exports is the object a native module fills in its Load function.
type Exports struct {
	vm  *VM
	obj *goja.Object
}

// Object returns the exports object itself.
func (e *Exports) Object() *goja.Object { return e.obj }

// Replace makes obj the module's exports in place of the object Load was
// given, as a CommonJS module assigns module.exports: Node's events module
// is the EventEmitter class itself. obj gets a "default" property naming
// itself, unless it has one of its own. Call it in Load, before the script can see
// the first object.
func (e *Exports) Replace(obj *goja.Object) {
	// Own properties only: a class inheriting from another module's (a
	// Stream from EventEmitter) would otherwise export its parent.
	if !slices.Contains(obj.GetOwnPropertyNames(), "default") {
		_ = obj.DefineDataProperty("default", obj, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	}
	e.obj = obj
}

// Set exports a value: a number, string, bool, goja.Value, or anything goja
// converts with Runtime.ToValue.
func (e *Exports) Set(name string, v any) {
	if err := e.obj.Set(name, v); err != nil {
		panic(fmt.Sprintf("gojsc: export %q: %v", name, err))
	}
}

// Func exports a function. A Go panic inside fn surfaces in the script as
// an InternalError carrying the panic's message, never as a crash.
func (e *Exports) Func(name string, fn func(call goja.FunctionCall) goja.Value) {
	e.Set(name, e.vm.Func(name, fn))
}

// Func wraps fn as a JS function value named name; a Go panic in fn becomes
// a JS InternalError (see Exports.Func).
func (vm *VM) Func(name string, fn func(call goja.FunctionCall) goja.Value) goja.Value {
	rt := vm.rt
	f := rt.ToValue(func(call goja.FunctionCall) (ret goja.Value) {
		defer func() {
			if r := recover(); r != nil {
				vm.rethrow("function", name, r)
			}
		}()
		return fn(call)
	}).(*goja.Object)
	_ = f.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

// rethrow re-panics r, recovered in a native function, as a JS exception:
// goja's own panics (JS values and its internal error types) and the end of
// the run go on as they are; any other Go panic becomes an InternalError
// naming the function.
func (vm *VM) rethrow(kind, name string, r any) {
	switch r.(type) {
	case goja.Value, *goja.Exception, *goja.InterruptedError, *goja.StackOverflowError, endRun:
		panic(r)
	}
	if t := reflect.TypeOf(r); t != nil && t.PkgPath() == gojaPkg {
		panic(r)
	}
	panic(vm.NewError("InternalError", "native %s %s failed: %v", kind, name, r))
}

var gojaPkg = reflect.TypeOf((*goja.Runtime)(nil)).Elem().PkgPath()

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
	// The bundle imports a native module as the exports object itself
	// (no interop wrapper), so a default import needs this property.
	_ = e.obj.DefineDataProperty("default", e.obj, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	vm.modules[name] = e.obj
	if err := m.Load(vm, e); err != nil {
		delete(vm.modules, name)
		return nil, fmt.Errorf("loading native module %q: %w", name, err)
	}
	vm.modules[name] = e.obj // Load may have replaced it
	return e.obj, nil
}

// Class exports a class name whose instances ctor initialises: it is called
// for `new name(...)` with call.This already linked to the class prototype,
// and returns nil (or another object to stand for the instance). Scripts
// may subclass it. Calling it on an object that is not an instance
// (Counter.call({})) throws a TypeError; goja gives a plain call with no
// this a fresh instance, as if by new. Class returns the prototype, where
// the methods go:
//
//	proto := e.Class("Counter", func(call goja.ConstructorCall) *goja.Object {
//		call.This.Set("n", 0)
//		return nil
//	})
//	proto.Set("inc", vm.Func("inc", inc))
//
// As with Func, a Go panic in ctor surfaces as a catchable InternalError.
func (e *Exports) Class(name string, ctor func(call goja.ConstructorCall) *goja.Object) *goja.Object {
	vm := e.vm
	var proto *goja.Object
	c := vm.rt.ToValue(func(call goja.ConstructorCall) (obj *goja.Object) {
		// goja passes a sloppy plain call's this (the global object) as
		// the new object; new passes one made from proto, and a subclass's
		// super() one made from the subclass's prototype, with new.target.
		if call.NewTarget == nil && call.This.Prototype() != proto {
			vm.Throw("TypeError", "class constructor %s cannot be invoked without 'new'", name)
		}
		defer func() {
			if r := recover(); r != nil {
				vm.rethrow("constructor", name, r)
			}
		}()
		return ctor(call)
	}).(*goja.Object)
	_ = c.DefineDataProperty("name", vm.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto = c.Get("prototype").(*goja.Object)
	e.Set(name, c)
	return proto
}
