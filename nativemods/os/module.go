// Package os is QuickJS's os module: files, processes, signals, timers and
// the event loop's fd handlers, with QuickJS's conventions (-errno results,
// [value, err] pairs).
package os

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/runtime"
)

func init() {
	runtime.Register(runtime.Module{Name: "os", Load: load})
}

func load(vm *runtime.VM, e *runtime.Exports) error {
	e.Func("setTimeout", vm.JSSetTimeout)
	e.Func("clearTimeout", vm.JSClearTimer)
	e.Func("setInterval", vm.JSSetInterval)
	e.Func("clearInterval", vm.JSClearTimer)
	e.Func("now", func(goja.FunctionCall) goja.Value { return vm.Runtime().ToValue(vm.Loop().Now()) })
	return nil
}
