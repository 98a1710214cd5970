// Package std is QuickJS's std module: FILE objects, C-style formatted
// output, environment access and script loading.
package std

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/runtime"
)

func init() {
	runtime.Register(runtime.Module{Name: "std", Load: load})
}

func load(vm *runtime.VM, e *runtime.Exports) error {
	e.Func("exit", func(call goja.FunctionCall) goja.Value {
		vm.Exit(runtime.ToInt(runtime.Arg(call, 0)))
		return nil
	})
	return nil
}
