package clone

import (
	"fmt"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// Realm is what cloning needs of one runtime: its built-ins, taken when the
// Realm is made so that a script replacing them later changes nothing.
// A Realm is used on its runtime's goroutine only.
type Realm struct {
	rt          *goja.Runtime
	objectProto *goja.Object

	hasOwn, objToString, fnToString                      goja.Callable
	numValueOf, strValueOf, boolValueOf, bigValueOf      goja.Callable
	symValueOf, dateGetTime, reSource, reFlags           goja.Callable
	mapForEach, setForEach, mapSet, setAdd               goja.Callable
	taTag, taBuffer, taOffset, taLength                  goja.Callable
	dvBuffer, dvOffset, dvLength, weakMapHas, weakSetHas goja.Callable

	shared Shared

	ctors map[string]*goja.Object
	// protos are the built-in prototypes whose objects (or their
	// subclasses') are not plain: what an object with one in its chain is.
	protos map[*goja.Object]kind
}

// Shared is how a Realm recognises and makes SharedArrayBuffers, which goja
// lacks and the runtime builds over shmem blocks. A clone carries a
// SharedArrayBuffer by reference: the Message holds its block, and
// materializing it, in this runtime or another, gives a new
// SharedArrayBuffer over the same memory.
type Shared struct {
	// Block returns the block behind o, or nil when o is not a
	// SharedArrayBuffer.
	Block func(o *goja.Object) *shmem.Block
	// Make returns a new SharedArrayBuffer of the Realm's runtime over b.
	Make func(b *shmem.Block) *goja.Object
}

// SetShared lets r clone SharedArrayBuffers through s. Without it a
// SharedArrayBuffer is whatever goja sees: an ArrayBuffer.
func (r *Realm) SetShared(s Shared) { r.shared = s }

// NewRealm takes the built-ins of rt. Call it before user code runs.
func NewRealm(rt *goja.Runtime) (*Realm, error) {
	r := &Realm{rt: rt, ctors: map[string]*goja.Object{}}
	var err error
	ctor := func(name string) *goja.Object {
		c, ok := rt.Get(name).(*goja.Object)
		if !ok && err == nil {
			err = fmt.Errorf("clone: global %s is missing", name)
		}
		return c
	}
	proto := func(name string) *goja.Object {
		c := ctor(name)
		if c == nil {
			return nil
		}
		p, _ := c.Get("prototype").(*goja.Object)
		return p
	}
	method := func(o *goja.Object, name string) goja.Callable {
		if o == nil {
			return nil
		}
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok && err == nil {
			err = fmt.Errorf("clone: built-in method %s is missing", name)
		}
		return f
	}
	gopd, _ := goja.AssertFunction(ctor("Object").Get("getOwnPropertyDescriptor"))
	getter := func(o *goja.Object, key goja.Value) goja.Callable {
		if o == nil || gopd == nil {
			return nil
		}
		d, e := gopd(goja.Undefined(), o, key)
		if e != nil && err == nil {
			err = fmt.Errorf("clone: getter %s: %w", key, e)
		}
		if dd, ok := d.(*goja.Object); ok {
			if f, ok := goja.AssertFunction(dd.Get("get")); ok {
				return f
			}
		}
		if err == nil {
			err = fmt.Errorf("clone: built-in getter %s is missing", key)
		}
		return nil
	}
	s := rt.ToValue

	r.objectProto = proto("Object")
	r.hasOwn = method(r.objectProto, "hasOwnProperty")
	r.objToString = method(r.objectProto, "toString")
	r.fnToString = method(proto("Function"), "toString")
	r.numValueOf = method(proto("Number"), "valueOf")
	r.strValueOf = method(proto("String"), "valueOf")
	r.boolValueOf = method(proto("Boolean"), "valueOf")
	r.bigValueOf = method(proto("BigInt"), "valueOf")
	r.symValueOf = method(proto("Symbol"), "valueOf")
	r.dateGetTime = method(proto("Date"), "getTime")
	reProto := proto("RegExp")
	r.reSource = getter(reProto, s("source"))
	r.reFlags = getter(reProto, s("flags"))
	mapProto, setProto := proto("Map"), proto("Set")
	r.mapForEach, r.mapSet = method(mapProto, "forEach"), method(mapProto, "set")
	r.setForEach, r.setAdd = method(setProto, "forEach"), method(setProto, "add")
	if u8 := proto("Uint8Array"); u8 != nil {
		ta := u8.Prototype()
		r.taTag = getter(ta, goja.SymToStringTag)
		r.taBuffer = getter(ta, s("buffer"))
		r.taOffset = getter(ta, s("byteOffset"))
		r.taLength = getter(ta, s("length"))
	}
	dv := proto("DataView")
	r.dvBuffer = getter(dv, s("buffer"))
	r.dvOffset = getter(dv, s("byteOffset"))
	r.dvLength = getter(dv, s("byteLength"))
	weakMap, weakSet := proto("WeakMap"), proto("WeakSet")
	r.weakMapHas = method(weakMap, "has")
	r.weakSetHas = method(weakSet, "has")
	r.protos = map[*goja.Object]kind{dv: oView, weakMap: oWeak, weakSet: oWeak}
	// Built-in iterators and generators share %IteratorPrototype%.
	if values := method(proto("Array"), "values"); values != nil {
		if it, e := values(rt.NewArray()); e == nil {
			if p := it.ToObject(rt).Prototype(); p != nil && p.Prototype() != nil {
				r.protos[p.Prototype()] = oIterator
			}
		}
	}
	for _, name := range []string{"Date", "RegExp", "Map", "Set"} {
		r.ctors[name] = ctor(name)
	}
	for name := range errorNames {
		r.ctors[name] = ctor(name)
	}
	for _, name := range viewNames {
		r.ctors[name] = ctor(name)
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}
