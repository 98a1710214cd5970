// Package immediate is the native module "web:immediate": setImmediate and
// clearImmediate, exported and defined as globals when a program uses them.
package immediate

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed immediate.js
var source string

var src = webjs.New("web:immediate", source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:immediate", Load: load})
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	loop := vm.Loop()
	return src.Load(vm, e, map[string]any{
		// post(fn) runs fn as a macrotask of its own at the next turn of
		// the loop; a posted function keeps the loop alive until it runs.
		"post": func(call goja.FunctionCall) goja.Value {
			fn := vm.Callable(jsrt.Arg(call, 0), "post")
			loop.Post(func() { vm.Call(fn, goja.Undefined()) })
			return goja.Undefined()
		},
	})
}
