// Package timers is Node's node:timers and node:timers/promises modules:
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
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:timers", Load: load("timers")})
	jsrt.Register(jsrt.Module{Name: "node:timers/promises", Load: load("promises")})
}

//go:embed timers.js
var code string

var source = &jsmod.Source{Name: "node:timers", Code: code}

// both runs timers.js once per VM, shared by the two modules: the promise
// forms use the same Timeout class.
func both(vm *jsrt.VM) (*goja.Object, error) {
	t, err := vm.Require("node:timers")
	if err != nil {
		return nil, err
	}
	return t.Get("promises").(*goja.Object), nil
}

func load(which string) func(vm *jsrt.VM, e *jsrt.Exports) error {
	return func(vm *jsrt.VM, e *jsrt.Exports) error {
		if which == "promises" {
			p, err := both(vm)
			if err != nil {
				return err
			}
			e.Replace(p)
			return nil
		}
		rt := vm.Runtime()
		imm, err := vm.Require("web:immediate")
		if err != nil {
			return err
		}
		b := rt.NewObject()
		_ = b.Set("immediate", imm)
		_ = b.Set("argType", func(name, expected string, v goja.Value) goja.Value {
			return nodeerr.ArgTypeError(vm, name, expected, v)
		})
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
}
