package fetch

import (
	"bytes"
	"context"
	"errors"
	"io"

	"github.com/dop251/goja"
)

// newBody returns the JS handle of a response body arriving from the
// network: read(cb) calls cb(err, ArrayBuffer) with the next chunk, or
// null at the end; readAll(cb) with the rest of the body at once; close()
// drops it; abort({reason}) fails the reads in flight and later ones with
// that reason. Reads run on goroutines and call back on the loop.
func (c *client) newBody(rc io.ReadCloser, cancel context.CancelFunc) *goja.Object {
	vm := c.vm
	b := &body{rc: rc, cancel: cancel}
	o := c.rt.NewObject()
	_ = o.Set("read", vm.Func("read", func(call goja.FunctionCall) goja.Value {
		c.read(b, vm.Callable(call.Argument(0), "read"), false)
		return goja.Undefined()
	}))
	_ = o.Set("readAll", vm.Func("readAll", func(call goja.FunctionCall) goja.Value {
		c.read(b, vm.Callable(call.Argument(0), "readAll"), true)
		return goja.Undefined()
	}))
	_ = o.Set("close", vm.Func("close", func(goja.FunctionCall) goja.Value {
		b.close()
		return goja.Undefined()
	}))
	_ = o.Set("abort", vm.Func("abort", func(call goja.FunctionCall) goja.Value {
		if b.aborted == nil {
			b.aborted = call.Argument(0)
		}
		b.close()
		return goja.Undefined()
	}))
	return o
}

// body is a response body's state, touched only on the loop goroutine
// but for rc, which one read at a time uses on its own goroutine.
type body struct {
	rc      io.ReadCloser
	cancel  context.CancelFunc
	done    bool       // the end was read, or the body closed
	aborted goja.Value // the {reason} given to abort
}

func (b *body) close() {
	if !b.done {
		b.done = true
		b.cancel()
		b.rc.Close()
	}
}

func (c *client) read(b *body, cb goja.Callable, all bool) {
	vm := c.vm
	if b.aborted != nil {
		vm.Call(cb, goja.Undefined(), b.aborted)
		return
	}
	if b.done {
		vm.Call(cb, goja.Undefined(), goja.Null(), goja.Null())
		return
	}
	hold := vm.Loop().Hold()
	go func() {
		var data []byte
		var err error
		if all {
			data, err = io.ReadAll(b.rc)
		} else {
			data = make([]byte, chunkSize)
			var n int
			n, err = io.ReadAtLeast(b.rc, data, 1)
			if n < chunkSize/4 {
				// A small chunk does not keep the whole buffer.
				data = bytes.Clone(data[:n])
			} else {
				data = data[:n]
			}
		}
		hold.Complete(func() {
			switch {
			case b.aborted != nil:
				vm.Call(cb, goja.Undefined(), b.aborted)
			case err != nil && !errors.Is(err, io.EOF):
				b.close()
				vm.Call(cb, goja.Undefined(), c.errorInfo(err))
			case len(data) == 0 && !all:
				b.close()
				vm.Call(cb, goja.Undefined(), goja.Null(), goja.Null())
			default:
				if all {
					b.close()
				}
				vm.Call(cb, goja.Undefined(), goja.Null(), c.rt.ToValue(c.rt.NewArrayBuffer(data)))
			}
		})
	}()
}
