package jsrt

import (
	"errors"
	"fmt"

	"github.com/dop251/goja"
)

// Promise returns a new pending promise and settle, which settles it on the
// loop: settle(fn) may be called from any goroutine, once (later calls are
// ignored); fn then runs on the loop goroutine and the promise resolves with
// its value, or rejects with its error (the thrown value for a
// *goja.Exception, a JS Error otherwise). Until settle is called the
// promise keeps the loop alive.
func (vm *VM) Promise() (promise goja.Value, settle func(fn func() (goja.Value, error))) {
	p, resolve, reject := vm.rt.NewPromise()
	hold := vm.loop.Hold()
	settle = func(fn func() (goja.Value, error)) {
		hold.Complete(func() {
			v, err := fn()
			if err == nil {
				_ = resolve(v)
				return
			}
			var ex *goja.Exception
			if errors.As(err, &ex) {
				_ = reject(ex.Value())
				return
			}
			_ = reject(vm.NewError("Error", "%v", err))
		})
	}
	return vm.rt.ToValue(p), settle
}

// Async runs work on its own goroutine, off the loop, and returns a promise
// the loop settles with work's result: resolved with the value (a []byte
// becomes an ArrayBuffer, anything else is converted by Runtime.ToValue on
// the loop goroutine) or rejected with an Error carrying
// the error's message (see Promise). The program stays alive until it is
// settled. work must not touch the VM or any JS value; a panic in it
// rejects the promise.
//
//	e.Func("fetch", func(call goja.FunctionCall) goja.Value {
//		url := jsrt.Arg(call, 0).String()
//		return vm.Async(func() (any, error) { return download(url) })
//	})
func (vm *VM) Async(work func() (any, error)) goja.Value {
	promise, settle := vm.Promise()
	go func() {
		v, err := runWork(work)
		settle(func() (goja.Value, error) {
			if err != nil {
				return nil, err
			}
			if b, ok := v.([]byte); ok {
				return vm.rt.ToValue(vm.rt.NewArrayBuffer(b)), nil
			}
			return vm.rt.ToValue(v), nil
		})
	}()
	return promise
}

// runWork calls work, turning a panic into an error.
func runWork(work func() (any, error)) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return work()
}
