package esnext

import (
	"github.com/dop251/goja"
)

// canBeHeldWeakly is the spec's CanBeHeldWeakly: an object, or a symbol
// not made by Symbol.for.
func (r *Realm) canBeHeldWeakly(v goja.Value) bool {
	switch x := v.(type) {
	case *goja.Object:
		return true
	case *goja.Symbol:
		return goja.IsUndefined(call(r.symbolKeyFor, goja.Undefined(), x))
	}
	return false
}

// makeWeakRef makes WeakRef. A WeakRef holds its target strongly, so
// deref() returns it for as long as the WeakRef lives: the spec lets an
// implementation keep any target alive, and goja cannot tell when a value
// is otherwise unreachable.
func (r *Realm) makeWeakRef() *goja.Object {
	ctor := r.constructor("WeakRef", 1, nil, func(this *goja.Object, args []goja.Value, _ *goja.Object) {
		target := goja.Value(goja.Undefined())
		if len(args) > 0 {
			target = args[0]
		}
		if !r.canBeHeldWeakly(target) {
			r.throwType("WeakRef: invalid target")
		}
		r.weakRefs.set(this, target)
	})
	proto := ctor.Get("prototype").(*goja.Object)
	r.method(proto, "deref", 0, func(c goja.FunctionCall) goja.Value {
		t, ok := r.weakRefs.get(c.This)
		if !ok {
			r.throwType("Method WeakRef.prototype.deref called on incompatible receiver %s", r.describe(c.This))
		}
		return t
	})
	r.toStringTag(proto, "WeakRef")
	return ctor
}

// registry is a FinalizationRegistry's state: how many live registrations
// each unregister token has. Targets and held values are not kept: their
// cleanup callbacks are never called, which the spec allows.
type registry struct {
	tokens map[goja.Value]int
}

// makeFinalizationRegistry makes FinalizationRegistry, whose cleanup
// callbacks never run (see registry).
func (r *Realm) makeFinalizationRegistry() *goja.Object {
	ctor := r.constructor("FinalizationRegistry", 1, nil, func(this *goja.Object, args []goja.Value, _ *goja.Object) {
		if len(args) == 0 {
			r.throwType("FinalizationRegistry: cleanup must be callable")
		}
		if _, ok := goja.AssertFunction(args[0]); !ok {
			r.throwType("FinalizationRegistry: cleanup must be callable")
		}
		r.registry.set(this, &registry{tokens: map[goja.Value]int{}})
	})
	proto := ctor.Get("prototype").(*goja.Object)
	this := func(v goja.Value, method string) *registry {
		reg, ok := r.registry.get(v)
		if !ok {
			r.throwType("Method FinalizationRegistry.prototype.%s called on incompatible receiver %s", method, r.describe(v))
		}
		return reg
	}
	r.method(proto, "register", 2, func(c goja.FunctionCall) goja.Value {
		reg := this(c.This, "register")
		target, held, token := arg(c, 0), arg(c, 1), arg(c, 2)
		if !r.canBeHeldWeakly(target) {
			r.throwType("FinalizationRegistry.prototype.register: invalid target")
		}
		if target.SameAs(held) {
			r.throwType("FinalizationRegistry.prototype.register: target and holdings must not be same")
		}
		if !goja.IsUndefined(token) {
			if !r.canBeHeldWeakly(token) {
				r.throwType("Invalid unregisterToken ('%s')", token.String())
			}
			reg.tokens[token]++
		}
		return goja.Undefined()
	})
	r.method(proto, "unregister", 1, func(c goja.FunctionCall) goja.Value {
		reg := this(c.This, "unregister")
		token := arg(c, 0)
		if !r.canBeHeldWeakly(token) {
			r.throwType("Invalid unregisterToken ('%s')", token.String())
		}
		n := reg.tokens[token]
		delete(reg.tokens, token)
		return r.rt.ToValue(n > 0)
	})
	r.toStringTag(proto, "FinalizationRegistry")
	return ctor
}
