// Package assert is Node's node:assert module, the part npm packages call
// at run time: assert/ok, equal, notEqual, strictEqual, notStrictEqual,
// deepEqual, deepStrictEqual and their negations, throws, doesNotThrow,
// rejects, match, fail, ifError, AssertionError and assert.strict. It is
// written in JS (assert.js) over node:util's inspect and
// isDeepStrictEqual. The messages are node's for primitive values; for
// objects node prints a line diff of their inspections, which this module
// does not: it prints both inspections whole.
package assert

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:assert", Load: load})
}

//go:embed assert.js
var code string

var source = &jsmod.Source{Name: "node:assert", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	// node:util is linked with this module (the compiler's platformRequires).
	util, err := vm.Require("node:util")
	if err != nil {
		return err
	}
	b := rt.NewObject()
	_ = b.Set("util", util)
	_ = b.Set("err", func(ctor, code, msg string) goja.Value {
		return nodeerr.New(vm, ctor, code, "%s", msg)
	})
	_ = b.Set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	exports, err := source.Call(vm, b)
	if err != nil {
		return err
	}
	e.Replace(exports.(*goja.Object))
	return nil
}
