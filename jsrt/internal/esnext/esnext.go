// Package esnext adds to a goja runtime the ECMAScript 2023–2026 built-ins
// goja lacks (Object.groupBy, Promise.withResolvers, iterator helpers,
// WeakRef, ...) and V8's Error.captureStackTrace, written over goja's
// public API with the spec's behaviour and error types.
//
// Everything is installed by [Install] when a runtime is made, so it must
// stay cheap: each function object is made once and no script is compiled.
package esnext

import (
	"fmt"
	"math"
	"sync"

	"github.com/dop251/goja"
)

// A Realm is the state of the built-ins in one runtime: the intrinsics
// they reach without going through globals a script may have replaced.
type Realm struct {
	rt *goja.Runtime

	objectProto   *goja.Object
	iteratorProto *goja.Object // %IteratorPrototype%
	iteratorCtor  *goja.Object // %Iterator%
	promiseCtor   *goja.Object
	arrayCtor     *goja.Object
	mapCtor       *goja.Object
	arrayBuffer   *goja.Object
	isView        goja.Callable
	viewBuffers   [2]goja.Callable // the buffer getters of typed arrays and DataView
	symbolKeyFor  goja.Callable
	asyncIterSym  *goja.Symbol // nil if Symbol.asyncIterator is not defined

	// Made on first use.
	helperProto  *goja.Object // %IteratorHelperPrototype%
	wrapperProto *goja.Object // %WrapForValidIteratorPrototype%
	rangeError   *goja.Object
	promiseThen  goja.Callable
	promiseRes   goja.Callable

	helpers  slots[*helper]
	wrappers slots[*iterRecord]
	weakRefs slots[goja.Value]
	registry slots[*registry]
}

// Install defines the built-ins on rt's global object and intrinsics and
// returns their realm. Call it before any script runs.
func Install(rt *goja.Runtime) (*Realm, error) {
	r := &Realm{rt: rt}
	var err error
	if ex := rt.Try(func() { r.install() }); ex != nil {
		err = fmt.Errorf("esnext: installing the built-ins: %v", ex)
	}
	return r, err
}

func (r *Realm) install() {
	rt := r.rt
	g := rt.GlobalObject()
	object := g.Get("Object").(*goja.Object)
	r.objectProto = object.Get("prototype").(*goja.Object)
	r.promiseCtor = g.Get("Promise").(*goja.Object)
	r.arrayCtor = g.Get("Array").(*goja.Object)
	r.arrayBuffer = g.Get("ArrayBuffer").(*goja.Object)
	r.isView, _ = goja.AssertFunction(r.arrayBuffer.Get("isView"))
	symbol := g.Get("Symbol").(*goja.Object)
	r.symbolKeyFor = r.callable(symbol.Get("keyFor"))
	r.asyncIterSym, _ = symbol.Get("asyncIterator").(*goja.Symbol)
	gopd := r.callable(object.Get("getOwnPropertyDescriptor"))
	u8proto := g.Get("Uint8Array").(*goja.Object).Get("prototype").(*goja.Object)
	for i, proto := range []*goja.Object{u8proto.Prototype(), g.Get("DataView").(*goja.Object).Get("prototype").(*goja.Object)} {
		d := call(gopd, goja.Undefined(), proto, rt.ToValue("buffer")).(*goja.Object)
		r.viewBuffers[i] = r.callable(d.Get("get"))
	}

	r.method(object, "groupBy", 2, r.objectGroupBy)
	r.mapCtor = g.Get("Map").(*goja.Object)
	r.method(r.mapCtor, "groupBy", 2, r.mapGroupBy)
	r.method(r.promiseCtor, "withResolvers", 0, r.promiseWithResolvers)
	r.method(r.promiseCtor, "try", 1, r.promiseTry)
	r.method(r.arrayCtor, "fromAsync", 1, r.arrayFromAsync)
	r.method(g.Get("RegExp").(*goja.Object), "escape", 1, r.regExpEscape)
	r.method(g.Get("Math").(*goja.Object), "sumPrecise", 1, r.mathSumPrecise)
	r.method(g.Get("Error").(*goja.Object), "captureStackTrace", 2, r.captureStackTrace)
	strProto := g.Get("String").(*goja.Object).Get("prototype").(*goja.Object)
	r.method(strProto, "isWellFormed", 0, r.isWellFormed)
	r.method(strProto, "toWellFormed", 0, r.toWellFormed)
	r.installArrayBuffer()
	r.installIterator(g)
	r.lazyGlobal(g, "WeakRef", r.makeWeakRef)
	r.lazyGlobal(g, "FinalizationRegistry", r.makeFinalizationRegistry)
}

// IsView is the ArrayBuffer.isView the runtime started with, which a
// script cannot replace: true for typed arrays and DataViews.
func (r *Realm) IsView(o *goja.Object) bool {
	v, err := r.isView(goja.Undefined(), o)
	return err == nil && v.ToBoolean()
}

// ViewBuffer returns the ArrayBuffer behind a typed array or DataView, read
// by the intrinsic getters, which a script cannot replace.
func (r *Realm) ViewBuffer(o *goja.Object) (goja.ArrayBuffer, bool) {
	if !r.IsView(o) {
		return goja.ArrayBuffer{}, false
	}
	for _, get := range r.viewBuffers {
		if v, err := get(o); err == nil {
			b, ok := v.Export().(goja.ArrayBuffer)
			return b, ok
		}
	}
	return goja.ArrayBuffer{}, false
}

// fn makes a native function with its spec name and length, both
// non-writable, non-enumerable and configurable.
func (r *Realm) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	o := r.rt.ToValue(f).(*goja.Object)
	r.nameLength(o, name, length)
	return o
}

func (r *Realm) nameLength(o *goja.Object, name string, length int) {
	_ = o.DefineDataProperty("name", r.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", r.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// method defines a built-in method on obj: writable, configurable, not
// enumerable, as all the spec's methods are.
func (r *Realm) method(obj *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	m := r.fn(name, length, f)
	_ = obj.DefineDataProperty(name, m, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return m
}

// getter defines a built-in accessor property with only a getter, named
// "get name".
func (r *Realm) getter(obj *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	g := r.fn("get "+name, 0, f)
	_ = obj.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// constructor makes a native class: a constructor named name whose
// prototype property (non-writable, as for the spec's classes) is proto,
// or a new object when proto is nil. Called without new it throws a
// TypeError; with new, init gets the new object, whose prototype comes
// from new.target as in a subclass.
//
// goja passes neither new.target nor anything else that tells a native
// constructor's call from its construction, and a proxy's traps would
// (goja's instanceof rejects a proxy), so the constructor is a small JS
// function, compiled once per process, that hands new.target to init. The
// classes made this way are made on first use (see lazyGlobal).
func (r *Realm) constructor(name string, length int, proto *goja.Object, init func(this *goja.Object, args []goja.Value, newTarget *goja.Object)) *goja.Object {
	shell, err := r.rt.RunProgram(ctorShell())
	if err != nil {
		panic(err)
	}
	body := r.rt.ToValue(func(c goja.FunctionCall) goja.Value {
		newTarget, ok := arg(c, 1).(*goja.Object)
		if !ok {
			r.throwType("Constructor %s requires 'new'", name)
		}
		var args []goja.Value
		_ = r.rt.ExportTo(arg(c, 2), &args)
		init(arg(c, 0).(*goja.Object), args, newTarget)
		return goja.Undefined()
	})
	c := call(r.callable(shell), goja.Undefined(), body).(*goja.Object)
	r.nameLength(c, name, length)
	if proto == nil {
		proto = r.rt.NewObject()
	}
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return c
}

// ctorShell compiles the JS half of constructor: a function of body that
// returns a constructor passing this, new.target and the arguments to it.
var ctorShell = sync.OnceValue(func() *goja.Program {
	return goja.MustCompile("<native>", `(function (body) {
	return function (...args) { body(this, new.target, args); };
})`, true)
})

// global defines a global as the spec's are: writable, configurable, not
// enumerable.
func global(g *goja.Object, name string, v goja.Value) {
	_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// lazyGlobal defines the global name on g as LazyGlobal does.
func (r *Realm) lazyGlobal(g *goja.Object, name string, make func() *goja.Object) {
	LazyGlobal(r.rt, g, name, make)
}

// LazyGlobal defines the property name of g (rt's global object) as an
// accessor that makes its value on first use and turns back into the data
// property global() makes, holding that value or what a script assigns
// first, so that start-up does not pay for classes few programs use.
// Until then, Object.getOwnPropertyDescriptor shows the accessor.
func LazyGlobal(rt *goja.Runtime, g *goja.Object, name string, make func() *goja.Object) {
	get := rt.ToValue(func(goja.FunctionCall) goja.Value {
		v := make()
		global(g, name, v)
		return v
	})
	set := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		global(g, name, arg(c, 0))
		return goja.Undefined()
	})
	_ = g.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// toStringTag defines obj[Symbol.toStringTag] as the spec's are:
// read-only, configurable.
func (r *Realm) toStringTag(obj *goja.Object, tag string) {
	_ = obj.DefineDataPropertySymbol(goja.SymToStringTag, r.rt.ToValue(tag), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (r *Realm) throwType(format string, args ...any) {
	panic(r.rt.NewTypeError(fmt.Sprintf(format, args...)))
}

func (r *Realm) throwRange(format string, args ...any) {
	if r.rangeError == nil {
		r.rangeError = r.rt.GlobalObject().Get("RangeError").(*goja.Object)
	}
	e, err := r.rt.New(r.rangeError, r.rt.ToValue(fmt.Sprintf(format, args...)))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// call calls f, rethrowing what it throws.
func call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// arg is the i-th argument, or undefined.
func arg(c goja.FunctionCall, i int) goja.Value {
	if i < len(c.Arguments) {
		return c.Arguments[i]
	}
	return goja.Undefined()
}

func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// callable returns v as a function or throws V8's TypeError naming it.
func (r *Realm) callable(v goja.Value) goja.Callable {
	f, ok := goja.AssertFunction(v)
	if !ok {
		r.throwType("%s is not a function", r.describe(v))
	}
	return f
}

// describe renders a value in an error message as V8 does: strings
// quoted, objects as #<Class>, functions by their source.
func (r *Realm) describe(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	switch x := v.(type) {
	case *goja.Symbol:
		return x.String()
	case goja.String:
		return fmt.Sprintf("%q", x.String())
	case *goja.Object:
		if _, ok := goja.AssertFunction(x); ok {
			return "function"
		}
		if x.ClassName() == "Array" {
			return "object"
		}
		return "#<" + x.ClassName() + ">"
	}
	return v.String()
}

// getMethod is GetMethod: nil when v[key] is undefined or null, a
// TypeError when it is not callable.
func (r *Realm) getMethod(v goja.Value, key goja.Value) goja.Callable {
	var m goja.Value
	o := v.ToObject(r.rt)
	if s, ok := key.(*goja.Symbol); ok {
		m = o.GetSymbol(s)
	} else {
		m = o.Get(key.String())
	}
	if isNullish(m) {
		return nil
	}
	return r.callable(m)
}

// toIntegerOrInfinity is ToIntegerOrInfinity of a number already
// converted.
func toIntegerOrInfinity(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return math.Trunc(f)
}

// iterResult makes {value, done}.
func (r *Realm) iterResult(v goja.Value, done bool) *goja.Object {
	o := r.rt.NewObject()
	if v == nil {
		v = goja.Undefined()
	}
	_ = o.Set("value", v)
	_ = o.Set("done", done)
	return o
}
