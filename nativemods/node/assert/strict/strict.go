// Package strict is Node's node:assert/strict module: node:assert's strict
// form, assert.strict.
package strict

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:assert/strict", Load: load})
}

// load gives node:assert/strict the object node:assert holds as strict;
// node:assert is linked with it (see the compiler's platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:assert")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("strict").(*goja.Object))
	return nil
}
