package esnext

import (
	"github.com/dop251/goja"
)

// fromAsync is the state of one Array.fromAsync call, which runs as an
// async function would: each step resumes when the value it awaits
// settles.
type fromAsync struct {
	r       *Realm
	resolve func(any) error
	reject  func(any) error
	a       *goja.Object
	mapfn   goja.Callable
	thisArg goja.Value
	k       int64

	// An iterator (async, or sync with each value awaited) ...
	iter  *goja.Object
	next  goja.Callable
	async bool
	// ... or an array-like.
	arrayLike *goja.Object
	length    int64
}

func (r *Realm) arrayFromAsync(c goja.FunctionCall) goja.Value {
	p, resolve, reject := r.rt.NewPromise()
	s := &fromAsync{r: r, resolve: resolve, reject: reject, thisArg: arg(c, 2)}
	s.guard(func() { s.start(c.This, arg(c, 0), arg(c, 1)) })
	return r.rt.ToValue(p)
}

// guard runs a step, turning what it throws into the rejection of the
// result.
func (s *fromAsync) guard(f func()) {
	if v, thrown := s.r.catch(func() goja.Value { f(); return nil }); thrown {
		_ = s.reject(v)
	}
}

func (s *fromAsync) start(ctor, items, mapfn goja.Value) {
	r := s.r
	if !goja.IsUndefined(mapfn) {
		s.mapfn = r.callable(mapfn)
	}
	if isNullish(items) {
		r.throwType("%s is not iterable", r.describe(items))
	}
	if m := r.getMethod(items, r.asyncIteratorSym()); m != nil {
		s.async = true
		s.iter, s.next = r.openIterator(call(m, items))
	} else if m := r.getMethod(items, goja.SymIterator); m != nil {
		s.iter, s.next = r.openIterator(call(m, items))
	}
	if s.iter != nil {
		s.a = s.construct(ctor, nil)
		s.step()
		return
	}
	s.arrayLike = items.ToObject(r.rt)
	s.length = lengthOf(s.arrayLike)
	s.a = s.construct(ctor, r.rt.ToValue(s.length))
	s.stepArrayLike()
}

// construct is `new C(...args)` when C is a constructor, else a new array.
func (s *fromAsync) construct(c goja.Value, length goja.Value) *goja.Object {
	if ctor, ok := c.(*goja.Object); ok {
		if _, ok := goja.AssertConstructor(ctor); ok {
			var args []goja.Value
			if length != nil {
				args = append(args, length)
			}
			o, err := s.r.rt.New(ctor, args...)
			if err != nil {
				panic(err)
			}
			return o
		}
	}
	return s.r.rt.NewArray()
}

func (s *fromAsync) step() {
	r := s.r
	res := call(s.next, s.iter)
	if s.async {
		r.await(res, func(v goja.Value) { s.guard(func() { s.gotResult(v) }) }, s.fail)
		return
	}
	s.gotResult(res)
}

func (s *fromAsync) gotResult(res goja.Value) {
	r := s.r
	o, ok := res.(*goja.Object)
	if !ok {
		r.throwType("Iterator result %s is not an object", r.describe(res))
	}
	if o.Get("done").ToBoolean() {
		s.finish()
		return
	}
	v := o.Get("value")
	if !s.async {
		// The sync iterator is read as an async one, which awaits values;
		// a rejected value closes it.
		r.await(v, func(v goja.Value) { s.guard(func() { s.gotValue(v) }) }, func(e goja.Value) {
			s.guard(func() { r.closeIterator(s.iter) })
			s.fail(e)
		})
		return
	}
	s.gotValue(v)
}

func (s *fromAsync) gotValue(v goja.Value) {
	r := s.r
	if s.mapfn == nil {
		s.store(v)
		return
	}
	mv, thrown := r.catch(func() goja.Value { return call(s.mapfn, s.thisArg, v, r.rt.ToValue(s.k)) })
	if thrown {
		s.closeAndFail(mv)
		return
	}
	r.await(mv, func(v goja.Value) { s.guard(func() { s.store(v) }) }, s.closeAndFail)
}

func (s *fromAsync) store(v goja.Value) {
	if _, thrown := s.r.catch(func() goja.Value { s.define(v); return nil }); thrown {
		return
	}
	s.k++
	if s.iter != nil {
		s.step()
	} else {
		s.stepArrayLike()
	}
}

// define is CreateDataPropertyOrThrow(A, k, v); a failure closes the
// iterator and rejects.
func (s *fromAsync) define(v goja.Value) {
	if err := s.a.DefineDataProperty(itoa(s.k), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		e := s.r.rt.NewTypeError(err.Error())
		s.closeAndFail(e)
		panic(e)
	}
}

// closeAndFail closes the iterator (awaiting an async iterator's return)
// and rejects with e.
func (s *fromAsync) closeAndFail(e goja.Value) {
	r := s.r
	if s.iter == nil {
		s.fail(e)
		return
	}
	var ret goja.Value
	_, thrown := r.catch(func() goja.Value {
		if m := r.getMethod(s.iter, r.rt.ToValue("return")); m != nil {
			ret = call(m, s.iter)
		}
		return nil
	})
	if !s.async || thrown || ret == nil {
		s.fail(e)
		return
	}
	r.await(ret, func(goja.Value) { s.fail(e) }, func(goja.Value) { s.fail(e) })
}

func (s *fromAsync) fail(e goja.Value) { _ = s.reject(e) }

func (s *fromAsync) finish() {
	if err := s.a.Set("length", s.k); err != nil {
		panic(err)
	}
	_ = s.resolve(s.a)
}

func (s *fromAsync) stepArrayLike() {
	r := s.r
	if s.k >= s.length {
		s.finish()
		return
	}
	v := s.arrayLike.Get(itoa(s.k))
	r.await(v, func(v goja.Value) { s.guard(func() { s.gotValue(v) }) }, s.fail)
}
