package esnext

import (
	"github.com/dop251/goja"
)

// capability is a PromiseCapability record: a promise made by some
// constructor with the functions that settle it.
type capability struct {
	promise                 *goja.Object
	resolve, reject         goja.Callable
	resolveVal, rejectValue goja.Value // the functions as the script sees them
}

// newCapability is NewPromiseCapability(c).
func (r *Realm) newCapability(c goja.Value, what string) capability {
	ctor, ok := c.(*goja.Object)
	if !ok {
		r.throwType("%s called on non-object", what)
	}
	if _, ok := goja.AssertConstructor(ctor); !ok {
		r.throwType("%s is not a constructor", r.describe(c))
	}
	var resolve, reject goja.Value = goja.Undefined(), goja.Undefined()
	executor := r.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if !goja.IsUndefined(resolve) || !goja.IsUndefined(reject) {
			r.throwType("Promise executor has already been invoked with non-undefined arguments")
		}
		resolve, reject = arg(call, 0), arg(call, 1)
		return goja.Undefined()
	})
	p, err := r.rt.New(ctor, executor)
	if err != nil {
		panic(err)
	}
	res, ok1 := goja.AssertFunction(resolve)
	rej, ok2 := goja.AssertFunction(reject)
	if !ok1 || !ok2 {
		r.throwType("Promise resolve or reject function is not callable")
	}
	return capability{promise: p, resolve: res, reject: rej, resolveVal: resolve, rejectValue: reject}
}

func (r *Realm) promiseWithResolvers(c goja.FunctionCall) goja.Value {
	pc := r.newCapability(c.This, "Promise.withResolvers")
	o := r.rt.NewObject()
	_ = o.Set("promise", pc.promise)
	_ = o.Set("resolve", pc.resolveVal)
	_ = o.Set("reject", pc.rejectValue)
	return o
}

func (r *Realm) promiseTry(c goja.FunctionCall) goja.Value {
	pc := r.newCapability(c.This, "Promise.try")
	var args []goja.Value
	if len(c.Arguments) > 1 {
		args = c.Arguments[1:]
	}
	v, thrown := r.catch(func() goja.Value {
		return call(r.callable(arg(c, 0)), goja.Undefined(), args...)
	})
	if thrown {
		call(pc.reject, goja.Undefined(), v)
	} else {
		call(pc.resolve, goja.Undefined(), v)
	}
	return pc.promise
}

// catch runs f and returns what it returns, or the JS value it throws
// with thrown set. Go panics and goja's uncatchable ones go on.
func (r *Realm) catch(f func() goja.Value) (v goja.Value, thrown bool) {
	defer func() {
		if x := recover(); x != nil {
			switch e := x.(type) {
			case *goja.Exception:
				v, thrown = e.Value(), true
			case *goja.Object:
				v, thrown = e, true
			default:
				panic(x)
			}
		}
	}()
	return f(), false
}

// await runs then(value) or catch(reason) once v, as a promise, settles,
// as `await v` in an async function would resume.
func (r *Realm) await(v goja.Value, then, catch func(goja.Value)) {
	if r.promiseThen == nil {
		r.promiseRes = r.callable(r.promiseCtor.Get("resolve"))
		proto := r.promiseCtor.Get("prototype").(*goja.Object)
		r.promiseThen = r.callable(proto.Get("then"))
	}
	p := call(r.promiseRes, r.promiseCtor, v)
	onOK := r.rt.ToValue(func(c goja.FunctionCall) goja.Value { then(arg(c, 0)); return goja.Undefined() })
	onErr := r.rt.ToValue(func(c goja.FunctionCall) goja.Value { catch(arg(c, 0)); return goja.Undefined() })
	call(r.promiseThen, p, onOK, onErr)
}
