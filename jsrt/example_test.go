package jsrt_test

import (
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
	vm, err := jsrt.New([]string{"example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A compiled script reaches the module through its import statement;
	// here it is made a global by hand.
	greeter, err := vm.Require("greeter")
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = vm.Runtime().Set("greeter", greeter)
	_, err = vm.Runtime().RunString(`
		greeter.greetLater("world", 10).then(print);
		print(greeter.greet("world") + greeter.punctuation);
		print(new greeter.Shouter("world").shout());
		try { greeter.greet(); } catch (e) { print(e.name + ": " + e.message); }
		try { greeter.Shouter.call({}); } catch (e) { print(e.name + ": " + e.message); }
	`)
	if err != nil {
		fmt.Println(err)
		return
	}
	vm.Loop().Run()
	_ = vm.Stdout().Flush()
	// Output:
	// hello, world!
	// HELLO, WORLD
	// TypeError: greet: name is missing
	// TypeError: class constructor Shouter cannot be invoked without 'new'
	// hello later, world
}
