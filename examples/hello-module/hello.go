// Package hello is an example native module for gojsc programs, linked
// from its own folder:
//
//	gojsc -M hello=./examples/hello-module app.js
//
// Scripts import it by the name it registers:
//
//	import { greet, greetLater } from "hello";
//	print(greet("world"));                       // hello, world
//	greetLater("later", 100).then(print);        // hello, later (after 100 ms)
package hello

import (
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// init registers the module: linking this package is all a program needs
// to import "hello".
func init() {
	jsrt.Register(jsrt.Module{Name: "hello", Load: load})
}

// load runs once per program, on the loop goroutine, when a script first
// imports "hello".
func load(vm *jsrt.VM, e *jsrt.Exports) error {
	e.Set("version", "1.0.0")

	// greet(name) returns "hello, " + name. JS calls it synchronously, on
	// the loop goroutine, so it may use the goja runtime directly.
	e.Func("greet", func(call goja.FunctionCall) goja.Value {
		return vm.Runtime().ToValue(greeting(vm, call, "greet"))
	})

	// greetLater(name, ms) returns a promise resolved with the greeting
	// after ms milliseconds. The waiting happens on another goroutine;
	// Async settles the promise back on the loop, and keeps the program
	// alive until then.
	e.Func("greetLater", func(call goja.FunctionCall) goja.Value {
		text := greeting(vm, call, "greetLater")
		ms := jsrt.ToInt64(jsrt.Arg(call, 1))
		if ms < 0 {
			vm.Throw("RangeError", "greetLater: delay %d is negative", ms)
		}
		return vm.Async(func() (any, error) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			return text, nil
		})
	})
	return nil
}

// greeting builds the greeting for the name in the call's first argument,
// throwing a TypeError when there is none.
func greeting(vm *jsrt.VM, call goja.FunctionCall, fn string) string {
	name := jsrt.Arg(call, 0)
	if goja.IsUndefined(name) || goja.IsNull(name) {
		vm.Throw("TypeError", "%s: name must be a string", fn)
	}
	return "hello, " + name.String()
}
