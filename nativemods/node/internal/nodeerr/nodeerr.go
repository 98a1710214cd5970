// Package nodeerr makes the errors Node's modules throw: a TypeError,
// RangeError or Error carrying a code (ERR_INVALID_ARG_TYPE, ...) and
// worded as Node words it, so that scripts that test err.code or print
// err.message see what they would under node.
package nodeerr

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// New returns an error made by the global constructor ctor ("TypeError",
// "RangeError", "Error") with Node's code property set.
func New(vm *jsrt.VM, ctor, code, format string, args ...any) *goja.Object {
	e := vm.NewError(ctor, format, args...)
	_ = e.DefineDataProperty("code", vm.Runtime().ToValue(code), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return e
}

// Throw throws New's error.
func Throw(vm *jsrt.VM, ctor, code, format string, args ...any) {
	panic(New(vm, ctor, code, format, args...))
}

// ArgType throws Node's ERR_INVALID_ARG_TYPE TypeError: name must be of
// type expected ("string", "function", "object", an "instance of Buffer",
// or several joined by " or "), but is v.
func ArgType(vm *jsrt.VM, name, expected string, v goja.Value) {
	panic(ArgTypeError(vm, name, expected, v))
}

// ArgTypeError returns the error ArgType throws.
func ArgTypeError(vm *jsrt.VM, name, expected string, v goja.Value) *goja.Object {
	what := "argument"
	if strings.Contains(name, ".") {
		what = "property"
	}
	kind := "of type "
	if strings.HasPrefix(expected, "an instance of") {
		kind = ""
	}
	return New(vm, "TypeError", "ERR_INVALID_ARG_TYPE", "The %q %s must be %s%s. %s", name, what, kind, expected, Received(vm, v))
}

// ArgValue throws Node's ERR_INVALID_ARG_VALUE TypeError.
func ArgValue(vm *jsrt.VM, name string, v goja.Value, reason string) {
	if reason == "" {
		reason = "is invalid"
	}
	Throw(vm, "TypeError", "ERR_INVALID_ARG_VALUE", "The argument '%s' %s. Received %s", name, reason, inspectShort(vm, v))
}

// OutOfRange throws Node's ERR_OUT_OF_RANGE RangeError.
func OutOfRange(vm *jsrt.VM, name, rng string, v goja.Value) {
	Throw(vm, "RangeError", "ERR_OUT_OF_RANGE", "The value of %q is out of range. It must be %s. Received %s", name, rng, inspectShort(vm, v))
}

// Received is the end of Node's message about a wrong argument: "Received
// type number (1)", "Received undefined", "Received an instance of Array",
// "Received function f".
func Received(vm *jsrt.VM, v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "Received undefined"
	case goja.IsNull(v):
		return "Received null"
	}
	if obj, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(obj); isFn {
			name := obj.Get("name")
			if name == nil || name.String() == "" {
				return "Received function "
			}
			return "Received function " + name.String()
		}
		if c, ok := obj.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && n.String() != "" {
				return "Received an instance of " + n.String()
			}
		}
		return "Received " + inspectShort(vm, v)
	}
	return fmt.Sprintf("Received type %s (%s)", typeOf(v), inspectShort(vm, v))
}

// typeOf is JS typeof of a primitive.
func typeOf(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	switch v.Export().(type) {
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	case *big.Int:
		return "bigint"
	}
	return "string"
}

// inspectShort renders a value as Node's messages quote it: strings in
// single quotes, cut at 25 characters.
func inspectShort(vm *jsrt.VM, v goja.Value) string {
	if s, ok := v.(goja.String); ok {
		str := s.String()
		if len([]rune(str)) > 28 {
			str = string([]rune(str)[:25]) + "..."
		}
		return "'" + strings.ReplaceAll(str, "'", "\\'") + "'"
	}
	if v == nil {
		return "undefined"
	}
	if _, ok := v.Export().(*big.Int); ok {
		return v.String() + "n"
	}
	if f, ok := v.Export().(float64); ok && f == 0 && strconv.FormatFloat(f, 'g', -1, 64) == "-0" {
		return "-0"
	}
	if sym, ok := v.(*goja.Symbol); ok {
		return "Symbol(" + sym.String() + ")"
	}
	if obj, ok := v.(*goja.Object); ok {
		if obj.ClassName() == "Array" {
			return "[]"
		}
		return "{}"
	}
	return v.String()
}

// String returns v as a string, or throws ERR_INVALID_ARG_TYPE naming the
// argument name.
func String(vm *jsrt.VM, v goja.Value, name string) string {
	s, ok := v.(goja.String)
	if !ok {
		ArgType(vm, name, "string", v)
	}
	return s.String()
}
