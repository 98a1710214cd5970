package clone

import (
	"encoding/binary"
	"strconv"

	"github.com/dop251/goja"
)

// Materialize makes the value m holds in r's runtime. A Message is
// materialized once: the memory of transferred buffers moves into it.
func (r *Realm) Materialize(m *Message) (goja.Value, error) {
	mt := materializer{r: r, objs: make([]*goja.Object, m.objects), busy: make([]bool, m.objects)}
	var v goja.Value
	if ex := r.rt.Try(func() { v = mt.value(m.root) }); ex != nil {
		return nil, ex
	}
	return v, nil
}

type materializer struct {
	r    *Realm
	objs []*goja.Object
	busy []bool // dense arrays whose items are being made
}

func (m *materializer) value(v value) goja.Value {
	rt := m.r.rt
	switch v.kind {
	case kNull:
		return goja.Null()
	case kBool:
		return rt.ToValue(v.num != 0)
	case kNumber:
		return rt.ToValue(v.num)
	case kString:
		return rt.ToValue(v.str)
	case kStringUTF16:
		u := make([]uint16, len(v.str)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16([]byte(v.str[2*i:]))
		}
		return goja.StringFromUTF16(u)
	case kBigInt:
		return rt.ToValue(v.big)
	case kObject:
		return m.object(v.obj)
	}
	return goja.Undefined()
}

func (m *materializer) construct(name string, args ...goja.Value) *goja.Object {
	o, err := m.r.rt.New(m.r.ctors[name], args...)
	if err != nil {
		panic(err)
	}
	return o
}

func (m *materializer) call(f goja.Callable, this goja.Value, args ...goja.Value) {
	if _, err := f(this, args...); err != nil {
		panic(err)
	}
}

func define(o *goja.Object, key string, v goja.Value) {
	_ = o.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (m *materializer) object(n *object) *goja.Object {
	if o := m.objs[n.id]; o != nil {
		return o
	}
	if m.busy[n.id] {
		// A cycle back to a dense array being made: it is made empty now
		// and filled when its items are done.
		o := m.r.rt.NewArray()
		m.objs[n.id] = o
		return o
	}
	rt := m.r.rt
	var o *goja.Object
	switch n.kind {
	case oPlain:
		o = rt.NewObject()
		m.objs[n.id] = o
		for i, k := range n.keys {
			define(o, k, m.value(n.vals[i]))
		}
	case oArray:
		if n.keys == nil {
			return m.dense(n)
		}
		o = rt.NewArray()
		m.objs[n.id] = o
		_ = o.Set("length", n.n)
		for i, k := range n.keys {
			define(o, k, m.value(n.vals[i]))
		}
	case oBoxed:
		o = m.value(n.x.prim).ToObject(rt)
	case oDate:
		o = m.construct("Date", rt.ToValue(n.x.prim.num))
	case oRegExp:
		o = m.construct("RegExp", rt.ToValue(n.x.str), rt.ToValue(n.x.flags))
	case oMap:
		o = m.construct("Map")
		m.objs[n.id] = o
		for i := 0; i+1 < len(n.vals); i += 2 {
			m.call(m.r.mapSet, o, m.value(n.vals[i]), m.value(n.vals[i+1]))
		}
	case oSet:
		o = m.construct("Set")
		m.objs[n.id] = o
		for _, v := range n.vals {
			m.call(m.r.setAdd, o, m.value(v))
		}
	case oBuffer:
		o = rt.ToValue(rt.NewArrayBuffer(n.x.data)).(*goja.Object)
		n.x.data = nil // moved into the runtime
	case oShared:
		if m.r.shared.Make == nil {
			panic(dataCloneError("#<SharedArrayBuffer> could not be cloned."))
		}
		o = m.r.shared.Make(n.x.block)
	case oView:
		buf := m.object(n.x.buf)
		o = m.construct(n.x.typ, buf, rt.ToValue(n.x.off), rt.ToValue(n.n))
	case oError:
		if n.x.hasMsg {
			o = m.construct(n.x.typ, rt.ToValue(n.x.str))
		} else {
			o = m.construct(n.x.typ)
		}
		m.objs[n.id] = o
		if n.x.stack != nil {
			_ = o.DefineDataProperty("stack", rt.ToValue(*n.x.stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		if n.x.cause != nil {
			_ = o.DefineDataProperty("cause", m.value(*n.x.cause), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	m.objs[n.id] = o
	return o
}

// dense makes an array without holes or extra properties in one go, which
// goja does far faster than adding the items one by one.
func (m *materializer) dense(n *object) *goja.Object {
	m.busy[n.id] = true
	items := make([]any, len(n.vals))
	for i, v := range n.vals {
		items[i] = m.value(v)
	}
	m.busy[n.id] = false
	if o := m.objs[n.id]; o != nil { // made by a cycle
		for i, v := range items {
			define(o, strconv.Itoa(i), v.(goja.Value))
		}
		return o
	}
	o := m.r.rt.NewArray(items...)
	m.objs[n.id] = o
	return o
}
