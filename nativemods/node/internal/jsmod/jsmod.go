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
