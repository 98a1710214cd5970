package jsrt

import (
	"errors"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/clone"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// cloner returns the realm structured clones read this VM's built-ins
// through, taken at the first clone: taking them costs a third of a VM's
// start-up, which a program that never clones should not pay.
func (vm *VM) cloner() *clone.Realm {
	if vm.clone == nil {
		realm, err := clone.NewRealm(vm.rt)
		if err != nil {
			panic(vm.NewError("InternalError", "structured clone: %v", err))
		}
		realm.SetShared(clone.Shared{
			Block: func(o *goja.Object) *shmem.Block { return vm.sharedBlock(o) },
			Make:  vm.newShared,
		})
		vm.clone = realm
	}
	return vm.clone
}

// installStructuredClone defines structuredClone(value, {transfer}), with
// node's length and errors.
func (vm *VM) installStructuredClone() {
	arrayFrom, _ := goja.AssertFunction(vm.rt.Get("Array").(*goja.Object).Get("from"))
	f := vm.Func("structuredClone", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			vm.throwCoded("TypeError", "ERR_MISSING_ARGS", "The value argument must be specified")
		}
		var transfer []goja.Value
		switch opts := Arg(call, 1).(type) {
		case *goja.Object:
			t := opts.Get("transfer")
			if t == nil || goja.IsUndefined(t) || goja.IsNull(t) {
				break
			}
			to, ok := t.(*goja.Object)
			if ok {
				_, ok = goja.AssertFunction(to.GetSymbol(goja.SymIterator))
			}
			if !ok {
				vm.throwCoded("TypeError", "ERR_INVALID_ARG_TYPE", "Optional transferList argument must be an iterable")
			}
			list, err := arrayFrom(goja.Undefined(), to)
			if err != nil {
				panic(err)
			}
			_ = vm.rt.ExportTo(list, &transfer)
		default:
			if !goja.IsUndefined(opts) && !goja.IsNull(opts) {
				vm.throwCoded("TypeError", "ERR_INVALID_ARG_TYPE", "The options argument must be either an object or undefined")
			}
		}
		msg, err := vm.cloner().Serialize(call.Arguments[0], transfer)
		if err == nil {
			var v goja.Value
			if v, err = vm.cloner().Materialize(msg); err == nil {
				return v
			}
		}
		panic(vm.cloneError(err))
	})
	vm.setLength(f, 0)
	_ = vm.rt.GlobalObject().DefineDataProperty("structuredClone", f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// cloneError is the JS value to throw for a failed clone. goja has no
// DOMException: a DataCloneError is an Error with node's name and code.
func (vm *VM) cloneError(err error) any {
	var ce *clone.Error
	if !errors.As(err, &ce) {
		return err // a *goja.Exception from a getter: rethrown as is
	}
	if ce.Name == "TypeError" {
		return vm.coded("TypeError", "ERR_INVALID_TRANSFER_OBJECT", ce.Message)
	}
	e := vm.NewError("Error", "%s", ce.Message)
	_ = e.DefineDataProperty("name", vm.rt.ToValue(ce.Name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataProperty("code", vm.rt.ToValue(25), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return e
}

// coded is an error of the named constructor with node's code property.
func (vm *VM) coded(ctor, code, msg string) *goja.Object {
	e := vm.NewError(ctor, "%s", msg)
	// node's code is an ordinary, enumerable property.
	_ = e.DefineDataProperty("code", vm.rt.ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return e
}

func (vm *VM) throwCoded(ctor, code, msg string) {
	panic(vm.coded(ctor, code, msg))
}
