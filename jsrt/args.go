package jsrt

import (
	"fmt"
	"math"
	"math/big"
	"reflect"

	"github.com/dop251/goja"
)

// Argument conversions for native functions. They follow QuickJS: numbers
// are converted with ToNumber semantics (so "3" is 3); a value that must be a
// function or a buffer and is not throws a TypeError naming the function.

// Arg returns argument i, or undefined when absent.
func Arg(call goja.FunctionCall, i int) goja.Value {
	if i < len(call.Arguments) {
		return call.Arguments[i]
	}
	return goja.Undefined()
}

// ToInt64 converts v as JS ToNumber then truncates; NaN is 0 and
// infinities clamp. A BigInt gives its low 64 bits, as C's cast would.
func ToInt64(v goja.Value) int64 {
	if v == nil {
		return 0
	}
	switch v.ExportType() {
	case typeInt64:
		return v.ToInteger()
	case typeFloat64:
		x := v.ToFloat()
		switch {
		case math.IsNaN(x):
			return 0
		case x >= math.MaxInt64:
			return math.MaxInt64
		case x <= math.MinInt64:
			return math.MinInt64
		}
		return int64(x)
	case typeBigInt:
		b := v.Export().(*big.Int)
		if b.IsInt64() {
			return b.Int64()
		}
		return int64(new(big.Int).And(b, maxUint64).Uint64())
	}
	// Through ToNumber: goja's ToInteger of a string wraps out-of-range
	// values and reads non-ASCII white space as 0.
	return ToInt64(v.ToNumber())
}

var (
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
	typeBigInt  = reflect.TypeOf((*big.Int)(nil))
	maxUint64   = new(big.Int).SetUint64(math.MaxUint64)
)

// ToInt converts v as ToInt64 does, clamped to the int range.
func ToInt(v goja.Value) int { return int(ToInt64(v)) }

// Throw panics with a JS error of the given constructor ("TypeError",
// "RangeError", ...) so that goja throws it into the script.
func (vm *VM) Throw(ctor string, format string, args ...any) {
	panic(vm.NewError(ctor, format, args...))
}

// NewError returns a JS error object made by the named global constructor
// ("Error", "TypeError", "InternalError", ...).
func (vm *VM) NewError(ctor string, format string, args ...any) *goja.Object {
	var cv goja.Value
	if ctor == "InternalError" {
		cv = vm.internalError // the script may have replaced the global
	} else {
		cv = vm.rt.Get(ctor)
	}
	c, ok := goja.AssertConstructor(cv)
	if !ok {
		c, _ = goja.AssertConstructor(vm.rt.Get("Error"))
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	obj, err := c(nil, vm.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return obj
}

// Callable returns v as a function, or throws a TypeError saying what fn
// expected.
func (vm *VM) Callable(v goja.Value, fn string) goja.Callable {
	c, ok := goja.AssertFunction(v)
	if !ok {
		vm.Throw("TypeError", "%s: not a function", fn)
	}
	return c
}

// Bytes returns the bytes behind an ArrayBuffer, typed array or DataView
// (the bytes the view covers), or throws a TypeError. It runs none of the
// script's code: the kind of object and its bytes are read from goja's
// internals, never through properties a script may have redefined.
func (vm *VM) Bytes(v goja.Value, fn string) []byte {
	obj, ok := v.(*goja.Object)
	if !ok {
		vm.Throw("TypeError", "%s: not an ArrayBuffer", fn)
	}
	if obj.ExportType() == arrayBufferType {
		if b, ok := obj.Export().(goja.ArrayBuffer); ok {
			return b.Bytes()
		}
	}
	if buf, ok := vm.esnext.ViewBuffer(obj); ok {
		// goja exports a view of a detached buffer as a bogus slice.
		if !buf.Detached() {
			if b, ok := viewBytes(vm.rt, obj); ok {
				return b
			}
		}
		vm.Throw("TypeError", "%s: the ArrayBuffer is detached", fn)
	}
	vm.Throw("TypeError", "%s: not an ArrayBuffer", fn)
	return nil
}

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// viewBytes returns the bytes a typed array or DataView covers; ok is
// false when its buffer is detached (goja then slices a nil array).
func viewBytes(rt *goja.Runtime, view *goja.Object) (b []byte, ok bool) {
	defer func() {
		if recover() != nil {
			b, ok = nil, false
		}
	}()
	if err := rt.ExportTo(view, &b); err != nil {
		return nil, false
	}
	return b, true
}

// ToString converts v as JavaScript's String() does, except that a Symbol
// throws a TypeError, as QuickJS's C API does, rather than giving its
// description: a Symbol is never a valid file name or command.
func (vm *VM) ToString(v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	if _, ok := v.(*goja.Symbol); ok {
		vm.Throw("TypeError", "cannot convert symbol to string")
	}
	return v.String()
}
