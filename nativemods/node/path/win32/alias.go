// Package win32 is Node's node:path/win32 module: node:path's Windows functions, path.win32.
package win32

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:path/win32", Load: load})
}

// load gives node:path/win32 the object node:path holds as win32; node:path is linked with it (see
// the compiler's platformRequires).
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	parent, err := vm.Require("node:path")
	if err != nil {
		return err
	}
	e.Replace(parent.Get("win32").(*goja.Object))
	return nil
}
