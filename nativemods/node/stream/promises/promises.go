// Package promises is Node's node:stream/promises module: the promise
// forms of pipeline and finished, node:stream's promises object.
package promises

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:stream/promises", Load: load})
}

// load gives node:stream/promises the object node:stream holds as
// promises; node:stream is linked with it (the compiler's
// platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:stream")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("promises").(*goja.Object))
	return nil
}
