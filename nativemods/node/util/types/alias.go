// Package types is Node's node:util/types module: node:util's types object (isDate, isMap, isPromise, ...).
package types

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:util/types", Load: load})
}

// load gives node:util/types the object node:util holds as types; node:util is linked with it (see
// the compiler's platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:util")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("types").(*goja.Object))
	return nil
}
