// Package webjs loads the Web globals' native modules (web:events,
// web:fetch, ...) whose classes are written in JavaScript over a few Go
// functions: classes with private state, getters, subclassing and async
// iteration are far shorter and closer to their specifications in JS than
// through goja's Go API. Each module's source is compiled once per process
// and run once per VM that loads the module.
package webjs

import (
	_ "embed"
	"fmt"
	"sync"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// A Source is the JavaScript half of a native module: the body of a
// function (natives) { ...; return { Name: value, ... }; } that receives
// the module's Go functions and returns its exports. The body runs in
// strict mode after the helpers of helpers.js (node's error shapes).
type Source struct {
	name string
	src  string
	once sync.Once
	prog *goja.Program
	err  error
}

// New returns the source src of the module name. Nothing is compiled until
// the first Load.
func New(name, src string) *Source {
	return &Source{name: name, src: "(function (natives) {\n" + helpers + "\n" + src + "\n})"}
}

//go:embed helpers.js
var helpers string

func (s *Source) program() (*goja.Program, error) {
	s.once.Do(func() {
		s.prog, s.err = goja.Compile(s.name, s.src, true)
	})
	return s.prog, s.err
}

// Load runs the source in vm with natives as its argument, copies the
// object it returns into e, and defines each export on the global object
// as node defines its Web globals: writable and configurable, enumerable
// for functions (fetch, setImmediate) and not for classes and objects
// (URL, EventTarget, navigator), told apart by their names' first letter.
// natives always has require(name), vm.Require for the classes of other
// Web modules (a module never imports another's Go package).
func (s *Source) Load(vm *jsrt.VM, e *jsrt.Exports, natives map[string]any) error {
	prog, err := s.program()
	if err != nil {
		return fmt.Errorf("compiling %s: %w", s.name, err)
	}
	rt := vm.Runtime()
	v, err := rt.RunProgram(prog)
	if err != nil {
		return fmt.Errorf("running %s: %w", s.name, err)
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return fmt.Errorf("%s: the source is not a function expression", s.name)
	}
	arg := rt.NewObject()
	_ = arg.Set("require", vm.Func("require", func(call goja.FunctionCall) goja.Value {
		name := jsrt.Arg(call, 0).String()
		obj, err := vm.Require(name)
		if err != nil {
			vm.Throw("Error", "%v", err)
		}
		return obj
	}))
	for k, n := range natives {
		if f, ok := n.(func(goja.FunctionCall) goja.Value); ok {
			n = vm.Func(k, f)
		}
		_ = arg.Set(k, n)
	}
	res, err := fn(goja.Undefined(), arg)
	if err != nil {
		return fmt.Errorf("running %s: %w", s.name, err)
	}
	obj := res.ToObject(rt)
	g := rt.GlobalObject()
	for _, k := range obj.Keys() {
		val := obj.Get(k)
		e.Set(k, val)
		enumerable := goja.FLAG_FALSE
		if _, fn := goja.AssertFunction(val); fn && k[0] >= 'a' && k[0] <= 'z' {
			enumerable = goja.FLAG_TRUE
		}
		if err := g.DefineDataProperty(k, val, goja.FLAG_TRUE, goja.FLAG_TRUE, enumerable); err != nil {
			// A bundle that is not an ES module keeps its top-level
			// declarations global, among them the variable of an injected
			// global (var URL = __gojsc_native("web:url", "URL")): it
			// declares the name, not configurable, before the module
			// loads. The value is set, as the bundle is about to set it.
			if g.Set(k, val) != nil || !g.Get(k).SameAs(val) {
				return fmt.Errorf("%s: defining the global %s: %w", s.name, k, err)
			}
		}
	}
	return nil
}

// Streams is the JavaScript of a minimal ReadableStream (streams.js): a
// module whose source starts with it gets streamOf(pull, cancel) and
// streamFrom(bytes).
//
//go:embed streams.js
var Streams string
