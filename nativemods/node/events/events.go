// Package events is Node's node:events module: the EventEmitter class
// (on, once, off, prepend*, emit, listenerCount, errorMonitor, ...) as the
// module itself, with events.once (a promise) and events.on (an async
// iterator). It is written in JS (events.js), which Emitter makes
// available to the other Node modules (process is an EventEmitter).
package events

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/jsrt/inspect"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:events", Load: load})
}

//go:embed events.js
var code string

var source = &jsmod.Source{Name: "node:events", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	binding := rt.NewObject()
	_ = binding.Set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	_ = binding.Set("outOfRange", func(name, rng string, v goja.Value) goja.Value {
		return nodeerr.New(vm, "RangeError", "ERR_OUT_OF_RANGE", "The value of %q is out of range. It must be %s. Received %s", name, rng, v.String())
	})
	_ = binding.Set("inspect", func(v goja.Value, short bool) string {
		if short {
			if o, ok := v.(*goja.Object); ok {
				if c, ok := o.Get("constructor").(*goja.Object); ok {
					return "[" + c.Get("name").String() + "]"
				}
			}
		}
		if str, ok := v.(goja.String); ok {
			return "'" + str.String() + "'"
		}
		return string(inspect.AppendValue(nil, rt, v, false))
	})
	_ = binding.Set("warn", func(msg string) {
		_ = vm.Stdout().Flush()
		fmt.Fprintf(vm.File(2), "(node:%d) %s\n", os.Getpid(), msg)
	})
	ee, err := source.Call(vm, binding)
	if err != nil {
		return err
	}
	e.Replace(ee.(*goja.Object))
	return nil
}

// Emitter returns the EventEmitter class of vm, loading node:events.
func Emitter(vm *jsrt.VM) (*goja.Object, error) {
	return vm.Require("node:events")
}
