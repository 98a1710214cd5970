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

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:assert", Load: load})
}

//go:embed assert.js
var code string

var source = &jsmod.Source{Name: "node:assert", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	// node:util is linked with this module (the compiler's platformRequires).
	util, err := vm.Require("node:util")
	if err != nil {
		return err
	}
	b := jsmod.Binding(vm)
	_ = b.Set("util", util)
	return source.Export(vm, e, b)
}
