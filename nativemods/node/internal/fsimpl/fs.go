// Package fsimpl is Node's fs module for gojsc programs: the sync,
// callback and promise forms of its file system calls over one
// implementation, shared by the node:fs and node:fs/promises modules.
//
// Each call is an op: its arguments are checked and converted on the loop
// goroutine (a wrong one throws Node's TypeError), giving a task whose work
// touches no JS value. The sync form runs the work at once; the callback
// form runs it on a goroutine of its own and calls back on the loop, never
// before the call returns; the promise form settles a promise there.
package fsimpl

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// FS is Node's fs in one VM; it belongs to the loop goroutine.
type FS struct {
	vm *jsrt.VM
	rt *goja.Runtime

	u8   func(newTarget *goja.Object, args ...goja.Value) (*goja.Object, error)
	date func(newTarget *goja.Object, args ...goja.Value) (*goja.Object, error)

	statsProto, direntProto, handleProto *goja.Object
	statsCtor, direntCtor, handleCtor    *goja.Object
	typeKey                              *goja.Symbol // a Dirent's type, as Node's Symbol(type)
	fdKey                                *goja.Symbol // a FileHandle's fd
}

// A task is an op's checked arguments bound to its work.
type task struct {
	// work does the call; it runs on any goroutine and touches no JS value.
	work func() (any, error)
	// result converts work's value on the loop; nil converts it with
	// Runtime.ToValue and means a call that gives nothing back when the
	// value is nil.
	result func(v any) goja.Value
	// cbArgs, when set, gives the callback's arguments after the error
	// (fs.read calls back with bytesRead and the buffer).
	cbArgs func(v any) []goja.Value
}

// An op is one file system call.
type op struct {
	name string
	// nargs counts the arguments before the callback that a call without
	// one must have for its last argument to be taken as the wrong
	// callback in the error message.
	nargs int
	parse func(f *FS, args []goja.Value) task
}

func newFS(vm *jsrt.VM) *FS {
	rt := vm.Runtime()
	f := &FS{vm: vm, rt: rt, typeKey: goja.NewSymbol("type"), fdKey: goja.NewSymbol("fd")}
	f.u8, _ = goja.AssertConstructor(rt.Get("Uint8Array"))
	f.date, _ = goja.AssertConstructor(rt.Get("Date"))
	f.initClasses()
	return f
}

// value converts work's result on the loop goroutine.
func (f *FS) value(t task, v any) goja.Value {
	if t.result != nil {
		return t.result(v)
	}
	if v == nil {
		return goja.Undefined()
	}
	return f.rt.ToValue(v)
}

// syncForm is fs.xSync: the work runs at once and a failure throws.
func (f *FS) syncForm(o *op) goja.Value {
	return f.vm.Func(o.name+"Sync", func(call goja.FunctionCall) goja.Value {
		t := o.parse(f, call.Arguments)
		v, err := t.work()
		if err != nil {
			panic(f.jsError(err))
		}
		return f.value(t, v)
	})
}

// callbackForm is fs.x: the callback, the last argument, gets (err) or
// (null, result) on the loop once the work is done.
func (f *FS) callbackForm(o *op) goja.Value {
	return f.vm.Func(o.name, func(call goja.FunctionCall) goja.Value {
		args := call.Arguments
		var cb goja.Callable
		if n := len(args); n > 0 {
			if c, ok := goja.AssertFunction(args[n-1]); ok {
				cb, args = c, args[:n-1]
			}
		}
		if cb == nil {
			var got goja.Value = goja.Undefined()
			if len(args) > o.nargs {
				got = args[len(args)-1]
			}
			f.invalidType("cb", "of type function", got)
		}
		t := o.parse(f, args)
		f.start(t, func(v any, err error) {
			if err != nil {
				f.vm.Call(cb, goja.Undefined(), f.jsError(err))
				return
			}
			switch {
			case t.cbArgs != nil:
				f.vm.Call(cb, goja.Undefined(), append([]goja.Value{goja.Null()}, t.cbArgs(v)...)...)
			case t.result == nil && v == nil:
				f.vm.Call(cb, goja.Undefined(), goja.Null())
			default:
				f.vm.Call(cb, goja.Undefined(), goja.Null(), f.value(t, v))
			}
		})
		return goja.Undefined()
	})
}

// start runs t's work on a goroutine of its own, then done on the loop;
// the loop stays alive until then.
func (f *FS) start(t task, done func(v any, err error)) {
	hold := f.vm.Loop().Hold()
	go func() {
		v, err := safeWork(t.work)
		hold.Complete(func() { done(v, err) })
	}()
}

// safeWork calls work, turning a Go panic into an error.
func safeWork(work func() (any, error)) (v any, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return work()
}

// promiseForm is fsPromises.x: a promise the work settles. Wrong
// arguments reject it, as in Node, where these are async functions.
func (f *FS) promiseForm(o *op) goja.Value {
	return f.vm.Func(o.name, func(call goja.FunctionCall) goja.Value {
		return f.promise(func() task { return o.parse(f, call.Arguments) }, nil)
	})
}

// promise returns a promise settled by the task parse gives, its value
// converted by wrap when set.
func (f *FS) promise(parse func() task, wrap func(t task, v any) goja.Value) goja.Value {
	p, resolve, reject := f.rt.NewPromise()
	var t task
	if thrown := f.catch(func() { t = parse() }); thrown != nil {
		_ = reject(thrown)
		return f.rt.ToValue(p)
	}
	f.start(t, func(v any, err error) {
		if err != nil {
			_ = reject(f.jsError(err))
			return
		}
		var r goja.Value
		thrown := f.catch(func() {
			if wrap != nil {
				r = wrap(t, v)
			} else {
				r = f.value(t, v)
			}
		})
		if thrown != nil {
			_ = reject(thrown)
			return
		}
		_ = resolve(r)
	})
	return f.rt.ToValue(p)
}

// catch runs fn and returns the JS exception it throws, if any, instead of
// letting it unwind.
func (f *FS) catch(fn func()) (thrown goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *goja.Exception:
				thrown = x.Value()
			case goja.Value:
				thrown = x
			default:
				panic(r)
			}
		}
	}()
	fn()
	return nil
}
