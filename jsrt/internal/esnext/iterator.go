package esnext

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
)

// iterRecord is an Iterator Record: an iterator and its next method.
type iterRecord struct {
	iter *goja.Object
	next goja.Value
}

// step calls next and returns the result's value, or done.
func (r *Realm) step(it *iterRecord) (goja.Value, bool) {
	res := call(r.callable(it.next), it.iter)
	o, ok := res.(*goja.Object)
	if !ok {
		r.throwType("Iterator result %s is not an object", r.describe(res))
	}
	if o.Get("done").ToBoolean() {
		return nil, true
	}
	return o.Get("value"), false
}

// openIterator checks the result of an @@iterator method and reads its
// next method.
func (r *Realm) openIterator(v goja.Value) (*goja.Object, goja.Callable) {
	o, ok := v.(*goja.Object)
	if !ok {
		r.throwType("Result of the Symbol.iterator method is not an object")
	}
	next, _ := goja.AssertFunction(o.Get("next"))
	if next == nil {
		next = func(goja.Value, ...goja.Value) (goja.Value, error) {
			r.throwType("%s is not a function", r.describe(o.Get("next")))
			return nil, nil
		}
	}
	return o, next
}

// closeIterator is IteratorClose after a throw: return is called and
// whatever it does is ignored, for the first exception wins.
func (r *Realm) closeIterator(iter *goja.Object) {
	_, _ = r.catch(func() goja.Value {
		if m := r.getMethod(iter, r.rt.ToValue("return")); m != nil {
			call(m, iter)
		}
		return nil
	})
}

// closeNormally is IteratorClose after a normal completion: a throwing
// return method or one returning a non-object throws.
func (r *Realm) closeNormally(iter *goja.Object) {
	m := r.getMethod(iter, r.rt.ToValue("return"))
	if m == nil {
		return
	}
	if _, ok := call(m, iter).(*goja.Object); !ok {
		r.throwType("iterator.return() did not return an object")
	}
}

// closeOnThrow runs f; if it throws, iter is closed and the exception goes
// on.
func (r *Realm) closeOnThrow(iter *goja.Object, f func() goja.Value) goja.Value {
	v, thrown := r.catch(f)
	if thrown {
		r.closeIterator(iter)
		panic(v)
	}
	return v
}

func (r *Realm) asyncIteratorSym() *goja.Symbol {
	if r.asyncIterSym == nil {
		r.throwType("Symbol.asyncIterator is not defined")
	}
	return r.asyncIterSym
}

func lengthOf(o *goja.Object) int64 {
	f := o.Get("length").ToFloat()
	switch {
	case math.IsNaN(f) || f <= 0:
		return 0
	case f > 1<<53-1:
		return 1<<53 - 1
	}
	return int64(f)
}

func itoa(i int64) string { return strconv.FormatInt(i, 10) }

// Iterator helpers.

// helper states, as a generator's.
const (
	suspendedStart = iota
	suspendedYield
	executing
	completed
)

// helper is the state of an %IteratorHelper% object: the iterator it reads
// and the body that produces its next value.
type helper struct {
	under *iterRecord
	state int
	// body returns the next value, or done; it closes under when a
	// callback throws.
	body func() (goja.Value, bool)
	// inner is flatMap's current inner iterator, closed first on return.
	inner *goja.Object
}

// installIterator defines the Iterator global with Iterator.from, and the
// helper methods on %IteratorPrototype%, which array, map, set, string,
// regexp and generator iterators inherit from.
func (r *Realm) installIterator(g *goja.Object) {
	rt := r.rt
	arrIter := call(r.callable(rt.NewArray().GetSymbol(goja.SymIterator)), rt.NewArray())
	proto := arrIter.(*goja.Object).Prototype().Prototype()
	r.iteratorProto = proto
	r.lazyGlobal(g, "Iterator", r.iterator)

	// constructor and @@toStringTag are accessors (ES2025), so that
	// assigning them on an object inheriting from Iterator.prototype
	// defines an own property instead of failing.
	r.weirdAccessor(proto, "constructor", nil, func() goja.Value { return r.iterator() })
	r.weirdAccessor(proto, "", goja.SymToStringTag, func() goja.Value { return rt.ToValue("Iterator") })

	r.method(proto, "map", 1, r.iterMap)
	r.method(proto, "filter", 1, r.iterFilter)
	r.method(proto, "take", 1, r.iterTake)
	r.method(proto, "drop", 1, r.iterDrop)
	r.method(proto, "flatMap", 1, r.iterFlatMap)
	r.method(proto, "reduce", 1, r.iterReduce)
	r.method(proto, "toArray", 0, r.iterToArray)
	r.method(proto, "forEach", 1, r.iterForEach)
	r.method(proto, "some", 1, r.iterSome)
	r.method(proto, "every", 1, r.iterEvery)
	r.method(proto, "find", 1, r.iterFind)
}

// iterator returns the Iterator constructor, made on first use.
func (r *Realm) iterator() *goja.Object {
	if r.iteratorCtor == nil {
		r.iteratorCtor = r.constructor("Iterator", 0, r.iteratorProto, func(_ *goja.Object, _ []goja.Value, newTarget *goja.Object) {
			if newTarget.SameAs(r.iteratorCtor) {
				r.throwType("Abstract class Iterator not directly constructable")
			}
		})
		r.method(r.iteratorCtor, "from", 1, r.iteratorFrom)
	}
	return r.iteratorCtor
}

// weirdAccessor defines Iterator.prototype's constructor or @@toStringTag:
// the getter returns v; the setter is SetterThatIgnoresPrototypeProperties.
func (r *Realm) weirdAccessor(home *goja.Object, name string, sym *goja.Symbol, v func() goja.Value) {
	label := name
	if sym != nil {
		label = "[Symbol.toStringTag]"
	}
	get := r.fn("get "+label, 0, func(goja.FunctionCall) goja.Value { return v() })
	set := r.fn("set "+label, 1, func(c goja.FunctionCall) goja.Value {
		this, ok := c.This.(*goja.Object)
		if !ok {
			r.throwType("Iterator.prototype.%s setter called on non-object", label)
		}
		if this.SameAs(home) {
			r.throwType("Cannot assign to read only property '%s' of object '[object Iterator]'", label)
		}
		val := arg(c, 0)
		var has bool
		if sym != nil {
			has = r.hasOwn(this, sym)
		} else {
			has = r.hasOwn(this, r.rt.ToValue(name))
		}
		switch {
		case has && sym != nil:
			_ = this.SetSymbol(sym, val)
		case has:
			_ = this.Set(name, val)
		case sym != nil:
			_ = this.DefineDataPropertySymbol(sym, val, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		default:
			_ = this.DefineDataProperty(name, val, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
		return goja.Undefined()
	})
	if sym != nil {
		_ = home.DefineAccessorPropertySymbol(sym, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
	} else {
		_ = home.DefineAccessorProperty(name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// hasOwn is Object.prototype.hasOwnProperty.call(o, key).
func (r *Realm) hasOwn(o *goja.Object, key goja.Value) bool {
	f := r.callable(r.objectProto.Get("hasOwnProperty"))
	return call(f, o, key).ToBoolean()
}

// direct is GetIteratorDirect(this) for the prototype methods.
func (r *Realm) direct(this goja.Value, method string) *iterRecord {
	o, ok := this.(*goja.Object)
	if !ok {
		r.throwType("Iterator.prototype.%s called on non-object", method)
	}
	return &iterRecord{iter: o, next: o.Get("next")}
}

// callbackOrClose returns v as a function; if it is not one, the iterator
// is closed and a TypeError thrown, as the spec has it since ES2025.
func (r *Realm) callbackOrClose(it *iterRecord, v goja.Value) goja.Callable {
	f, ok := goja.AssertFunction(v)
	if !ok {
		e := r.rt.NewTypeError(r.describe(v) + " is not a function")
		r.closeIterator(it.iter)
		panic(e)
	}
	return f
}

// newHelper makes an %IteratorHelper% object over it.
func (r *Realm) newHelper(it *iterRecord, body func(h *helper) (goja.Value, bool)) goja.Value {
	if r.helperProto == nil {
		r.makeHelperProto()
	}
	o := r.rt.CreateObject(r.helperProto)
	h := &helper{under: it}
	h.body = func() (goja.Value, bool) { return body(h) }
	r.helpers.set(o, h)
	return o
}

func (r *Realm) makeHelperProto() {
	p := r.rt.CreateObject(r.iteratorProto)
	r.method(p, "next", 0, func(c goja.FunctionCall) goja.Value {
		h := r.thisHelper(c.This, "next")
		switch h.state {
		case executing:
			r.throwType("Generator is already running")
		case completed:
			return r.iterResult(nil, true)
		}
		h.state = executing
		var v goja.Value
		done := true
		defer func() {
			if done {
				h.state = completed
			} else {
				h.state = suspendedYield
			}
		}()
		v, done = h.body()
		return r.iterResult(v, done)
	})
	r.method(p, "return", 0, func(c goja.FunctionCall) goja.Value {
		h := r.thisHelper(c.This, "return")
		switch h.state {
		case executing:
			r.throwType("Generator is already running")
		case completed:
			return r.iterResult(nil, true)
		}
		h.state = completed
		if h.inner != nil {
			inner := h.inner
			h.inner = nil
			r.closeOnThrow(h.under.iter, func() goja.Value { r.closeNormally(inner); return nil })
		}
		r.closeNormally(h.under.iter)
		return r.iterResult(nil, true)
	})
	r.toStringTag(p, "Iterator Helper")
	r.helperProto = p
}

func (r *Realm) thisHelper(this goja.Value, method string) *helper {
	h, ok := r.helpers.get(this)
	if !ok {
		r.throwType("Method Iterator Helper.prototype.%s called on incompatible receiver %s", method, r.describe(this))
	}
	return h
}

func (r *Realm) iterMap(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "map")
	f := r.callbackOrClose(it, arg(c, 0))
	var k int64
	return r.newHelper(it, func(*helper) (goja.Value, bool) {
		v, done := r.step(it)
		if done {
			return nil, true
		}
		out := r.closeOnThrow(it.iter, func() goja.Value { return call(f, goja.Undefined(), v, r.rt.ToValue(k)) })
		k++
		return out, false
	})
}

func (r *Realm) iterFilter(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "filter")
	f := r.callbackOrClose(it, arg(c, 0))
	var k int64
	return r.newHelper(it, func(*helper) (goja.Value, bool) {
		for {
			v, done := r.step(it)
			if done {
				return nil, true
			}
			keep := r.closeOnThrow(it.iter, func() goja.Value { return call(f, goja.Undefined(), v, r.rt.ToValue(k)) })
			k++
			if keep.ToBoolean() {
				return v, false
			}
		}
	})
}

// limit reads take's and drop's argument: a number, not NaN, not
// negative; a bad one closes the iterator.
func (r *Realm) limit(it *iterRecord, v goja.Value, method string) float64 {
	n := r.closeOnThrow(it.iter, func() goja.Value { return v.ToNumber() }).ToFloat()
	if math.IsNaN(n) || toIntegerOrInfinity(n) < 0 {
		r.closeIterator(it.iter)
		r.throwRange("%s must be positive", r.describe(v))
	}
	return toIntegerOrInfinity(n)
}

func (r *Realm) iterTake(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "take")
	remaining := r.limit(it, arg(c, 0), "take")
	return r.newHelper(it, func(*helper) (goja.Value, bool) {
		if remaining == 0 {
			r.closeNormally(it.iter)
			return nil, true
		}
		if !math.IsInf(remaining, 1) {
			remaining--
		}
		return r.step(it)
	})
}

func (r *Realm) iterDrop(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "drop")
	remaining := r.limit(it, arg(c, 0), "drop")
	return r.newHelper(it, func(*helper) (goja.Value, bool) {
		for remaining > 0 {
			if !math.IsInf(remaining, 1) {
				remaining--
			}
			if _, done := r.step(it); done {
				return nil, true
			}
		}
		return r.step(it)
	})
}

func (r *Realm) iterFlatMap(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "flatMap")
	f := r.callbackOrClose(it, arg(c, 0))
	var k int64
	var inner *iterRecord
	return r.newHelper(it, func(h *helper) (goja.Value, bool) {
		for {
			if inner == nil {
				v, done := r.step(it)
				if done {
					return nil, true
				}
				r.closeOnThrow(it.iter, func() goja.Value {
					mapped := call(f, goja.Undefined(), v, r.rt.ToValue(k))
					inner = r.flattenable(mapped, false)
					return nil
				})
				k++
				h.inner = inner.iter
			}
			var v goja.Value
			var done bool
			r.closeOnThrow(it.iter, func() goja.Value { v, done = r.step(inner); return nil })
			if !done {
				return v, false
			}
			inner, h.inner = nil, nil
		}
	})
}

// flattenable is GetIteratorFlattenable: an iterable's iterator, or the
// object itself used as an iterator; strings are iterated only when
// strings is set (Iterator.from), rejected otherwise (flatMap).
func (r *Realm) flattenable(v goja.Value, strings bool) *iterRecord {
	o, isObj := v.(*goja.Object)
	if !isObj {
		if _, isStr := v.(goja.String); !strings || !isStr {
			r.throwType("%s is not an object", r.describe(v))
		}
	}
	m := r.getMethod(v, goja.SymIterator)
	if m == nil {
		return &iterRecord{iter: o, next: o.Get("next")}
	}
	res, ok := call(m, v).(*goja.Object)
	if !ok {
		r.throwType("Result of the Symbol.iterator method is not an object")
	}
	return &iterRecord{iter: res, next: res.Get("next")}
}

func (r *Realm) iterReduce(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "reduce")
	f := r.callbackOrClose(it, arg(c, 0))
	var acc goja.Value
	var k int64
	if len(c.Arguments) >= 2 {
		acc = c.Arguments[1]
	} else {
		v, done := r.step(it)
		if done {
			r.throwType("Reduce of empty iterator with no initial value")
		}
		acc, k = v, 1
	}
	for {
		v, done := r.step(it)
		if done {
			return acc
		}
		acc = r.closeOnThrow(it.iter, func() goja.Value { return call(f, goja.Undefined(), acc, v, r.rt.ToValue(k)) })
		k++
	}
}

func (r *Realm) iterToArray(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "toArray")
	var items []any
	for {
		v, done := r.step(it)
		if done {
			return r.rt.NewArray(items...)
		}
		items = append(items, v)
	}
}

func (r *Realm) iterForEach(c goja.FunctionCall) goja.Value {
	it := r.direct(c.This, "forEach")
	f := r.callbackOrClose(it, arg(c, 0))
	for k := int64(0); ; k++ {
		v, done := r.step(it)
		if done {
			return goja.Undefined()
		}
		r.closeOnThrow(it.iter, func() goja.Value { return call(f, goja.Undefined(), v, r.rt.ToValue(k)) })
	}
}

// search runs f on each value until it returns stop (then the iterator is
// closed), for some, every and find; it returns the value found.
func (r *Realm) search(c goja.FunctionCall, method string, stop bool) (goja.Value, bool) {
	it := r.direct(c.This, method)
	f := r.callbackOrClose(it, arg(c, 0))
	for k := int64(0); ; k++ {
		v, done := r.step(it)
		if done {
			return nil, false
		}
		res := r.closeOnThrow(it.iter, func() goja.Value { return call(f, goja.Undefined(), v, r.rt.ToValue(k)) })
		if res.ToBoolean() == stop {
			r.closeNormally(it.iter)
			return v, true
		}
	}
}

func (r *Realm) iterSome(c goja.FunctionCall) goja.Value {
	_, found := r.search(c, "some", true)
	return r.rt.ToValue(found)
}

func (r *Realm) iterEvery(c goja.FunctionCall) goja.Value {
	_, found := r.search(c, "every", false)
	return r.rt.ToValue(!found)
}

func (r *Realm) iterFind(c goja.FunctionCall) goja.Value {
	v, found := r.search(c, "find", true)
	if !found {
		return goja.Undefined()
	}
	return v
}

func (r *Realm) iteratorFrom(c goja.FunctionCall) goja.Value {
	v := arg(c, 0)
	if _, ok := v.(*goja.Object); !ok {
		if _, ok := v.(goja.String); !ok {
			r.throwType("Iterator.from called on non-object")
		}
	}
	it := r.flattenable(v, true)
	// An iterator that inherits from Iterator.prototype is returned as it
	// is; any other is wrapped so that it gets the helpers.
	for p := it.iter.Prototype(); p != nil; p = p.Prototype() {
		if p.SameAs(r.iteratorProto) {
			return it.iter
		}
	}
	if r.wrapperProto == nil {
		r.makeWrapperProto()
	}
	w := r.rt.CreateObject(r.wrapperProto)
	r.wrappers.set(w, it)
	return w
}

func (r *Realm) makeWrapperProto() {
	p := r.rt.CreateObject(r.iteratorProto)
	this := func(v goja.Value, method string) *iterRecord {
		it, ok := r.wrappers.get(v)
		if !ok {
			r.throwType("Method %s called on incompatible receiver %s", method, r.describe(v))
		}
		return it
	}
	r.method(p, "next", 0, func(c goja.FunctionCall) goja.Value {
		it := this(c.This, "next")
		return call(r.callable(it.next), it.iter)
	})
	r.method(p, "return", 0, func(c goja.FunctionCall) goja.Value {
		it := this(c.This, "return")
		m := r.getMethod(it.iter, r.rt.ToValue("return"))
		if m == nil {
			return r.iterResult(nil, true)
		}
		return call(m, it.iter)
	})
	r.wrapperProto = p
}
