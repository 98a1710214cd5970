// Package abort is the native module "web:abort": AbortController and
// AbortSignal (abort, timeout, any), exported and defined as globals when a
// program uses them. AbortSignal is an EventTarget of "web:events".
package abort

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed abort.js
var source string

var src = webjs.New("web:abort", source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:abort", Load: load})
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	return src.Load(vm, e, map[string]any{
		"unrefTimer": func(call goja.FunctionCall) goja.Value {
			return unrefTimer(vm, call)
		},
	})
}

// unrefTimer(ms, fn) calls fn on the loop after ms milliseconds unless the
// program has ended by then: unlike setTimeout's, this timer does not keep
// the loop alive (node unrefs AbortSignal.timeout's timer), so it runs on a
// Go timer that posts to the loop.
func unrefTimer(vm *jsrt.VM, call goja.FunctionCall) goja.Value {
	ms := jsrt.ToInt64(jsrt.Arg(call, 0))
	fn := vm.Callable(jsrt.Arg(call, 1), "unrefTimer")
	loop := vm.Loop()
	time.AfterFunc(time.Duration(ms)*time.Millisecond, func() {
		loop.Post(func() { vm.Call(fn, goja.Undefined()) })
	})
	return goja.Undefined()
}
