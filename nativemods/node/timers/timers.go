// Package timers is Node's node:timers module:
// setTimeout and setInterval returning Timeout objects (ref, unref,
// hasRef, refresh, close, the id as primitive value), setImmediate over
// web:immediate, and their promise forms with AbortSignal support and
// setInterval as an async iterator. It is written in JS (timers.js) over
// the loop's timers.
package timers

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:timers", Load: load})
}

//go:embed timers.js
var code string

var source = &jsmod.Source{Name: "node:timers", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	imm, err := vm.Require("web:immediate")
	if err != nil {
		return err
	}
	b := jsmod.Binding(vm)
	_ = b.Set("immediate", imm)
	out, err := source.Call(vm, b)
	if err != nil {
		return err
	}
	o := out.(*goja.Object)
	timers := o.Get("timers").(*goja.Object)
	_ = timers.Set("promises", o.Get("promises"))
	e.Replace(timers)
	return nil
}
