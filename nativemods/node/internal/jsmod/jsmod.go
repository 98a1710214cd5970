// Package jsmod runs the JavaScript half of a Node module: source that
// evaluates to a function, compiled once per process and called with the
// Go half's values. Logic that is mostly calls between JS objects (an
// EventEmitter) is shorter and closer to Node's behaviour written in JS;
// the source is compiled only by programs that link the module.
package jsmod

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

// A Source is one module's JavaScript: an expression evaluating to a
// function (`(function (binding) { ... return exports; })`).
type Source struct {
	Name string
	Code string

	once sync.Once
	prg  *goja.Program
	err  error
}

// Call runs the source in vm and calls the function it evaluates to with
// args, returning what it returns.
func (s *Source) Call(vm *jsrt.VM, args ...goja.Value) (goja.Value, error) {
	s.once.Do(func() {
		s.prg, s.err = goja.Compile(s.Name, s.Code, true)
	})
	if s.err != nil {
		return nil, fmt.Errorf("compiling %s: %w", s.Name, s.err)
	}
	rt := vm.Runtime()
	v, err := rt.RunProgram(s.prg)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, fmt.Errorf("%s does not evaluate to a function", s.Name)
	}
	return fn(goja.Undefined(), args...)
}

// Binding returns the object a module's JS half gets from its Go half,
// holding what every module needs to throw node's errors:
// err(ctor, code, message) and argType(name, expected, value) (an
// ERR_INVALID_ARG_TYPE in node's words). The Go half adds its own.
func Binding(vm *jsrt.VM) *goja.Object {
	b := vm.Runtime().NewObject()
	_ = b.Set("err", func(ctor, code, msg string) goja.Value {
		return nodeerr.New(vm, ctor, code, "%s", msg)
	})
	_ = b.Set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	return b
}

// Export calls the source with binding and makes the object it returns
// the module's exports.
func (s *Source) Export(vm *jsrt.VM, e *jsrt.Exports, binding *goja.Object) error {
	exports, err := s.Call(vm, binding)
	if err != nil {
		return err
	}
	obj, ok := exports.(*goja.Object)
	if !ok {
		return fmt.Errorf("%s returned %v, not an exports object", s.Name, exports)
	}
	e.Replace(obj)
	return nil
}
