package jsrt_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// A native module registers itself in init, as a package linked with
// gojsc -M greeter=./dir would.
func init() {
	jsrt.Register(jsrt.Module{Name: "greeter", Load: loadGreeter})
}

// loadGreeter exports a constant, a function, an async function and a class.
func loadGreeter(vm *jsrt.VM, e *jsrt.Exports) error {
	e.Set("punctuation", "!")

	e.Func("greet", func(call goja.FunctionCall) goja.Value {
		name := jsrt.Arg(call, 0)
		if goja.IsUndefined(name) {
			vm.Throw("TypeError", "greet: name is missing")
		}
		return vm.Runtime().ToValue("hello, " + name.String())
	})

	// Blocking work runs off the loop; the promise settles on it.
	e.Func("greetLater", func(call goja.FunctionCall) goja.Value {
		name := jsrt.Arg(call, 0).String()
		ms := jsrt.ToInt64(jsrt.Arg(call, 1))
		return vm.Async(func() (any, error) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			return "hello later, " + name, nil
		})
	})

	proto := e.Class("Shouter", func(call goja.ConstructorCall) *goja.Object {
		_ = call.This.Set("name", call.Argument(0))
		return nil
	})
	_ = proto.Set("shout", vm.Func("shout", func(call goja.FunctionCall) goja.Value {
		name := call.This.ToObject(vm.Runtime()).Get("name").String()
		return vm.Runtime().ToValue(strings.ToUpper("hello, " + name))
	}))
	return nil
}

func Example() {
	// The source is what gojsc's bundler makes of
	// import * as greeter from "greeter" and the script's body.
	src := `
		const greeter = __gojsc_native("greeter");
		greeter.greetLater("world", 10).then(print);
		print(greeter.greet("world") + greeter.punctuation);
		print(new greeter.Shouter("world").shout());
		try { greeter.greet(); } catch (e) { print(e.name + ": " + e.message); }
		try { greeter.Shouter.call({}); } catch (e) { print(e.name + ": " + e.message); }
	`
	var stdout, stderr strings.Builder
	status, err := jsrt.Run(context.Background(),
		jsrt.Program{Source: src, Modules: []string{"greeter"}},
		jsrt.Config{Args: []string{"example"}, Stdout: &stdout, Stderr: &stderr})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(stdout.String(), stderr.String())
	fmt.Println("exit status", status)
	// Output:
	// hello, world!
	// HELLO, WORLD
	// TypeError: greet: name is missing
	// TypeError: class constructor Shouter cannot be invoked without 'new'
	// hello later, world
	// exit status 0
}
