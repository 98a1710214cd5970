// Package posix is Node's node:path/posix module: node:path's POSIX functions, path.posix.
package posix

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:path/posix", Load: load})
}

// load gives node:path/posix the object node:path holds as posix; node:path is linked with it (see
// the compiler's platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:path")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("posix").(*goja.Object))
	return nil
}
