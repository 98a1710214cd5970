// Package promises is Node's node:timers/promises module: the promise forms of node:timers (setTimeout, setImmediate, setInterval as an async iterator, scheduler), timers.promises.
package promises

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:timers/promises", Load: load})
}

// load gives node:timers/promises the object node:timers holds as promises; node:timers is linked with it (see
// the compiler's platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:timers")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("promises").(*goja.Object))
	return nil
}
