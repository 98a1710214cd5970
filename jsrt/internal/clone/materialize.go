package clone

import (
	"strconv"

	"github.com/dop251/goja"
)

// Materialize makes the value m holds in r's runtime. A Message is
// materialized once: the memory of transferred buffers moves into it.
func (r *Realm) Materialize(m *Message) (goja.Value, error) {
	mt := materializer{r: r, objs: make([]*goja.Object, m.objects)}
	var v goja.Value
	if ex := r.rt.Try(func() { v = mt.value(m.root) }); ex != nil {
		return nil, ex
	}
	return v, nil
}

type materializer struct {
	r    *Realm
	objs []*goja.Object
}

func (m *materializer) value(v value) goja.Value {
	rt := m.r.rt
	switch v.kind {
	case kNull:
		return goja.Null()
	case kBool:
		return rt.ToValue(v.b)
	case kNumber:
		return rt.ToValue(v.num)
	case kString:
		if v.u16 != nil {
			return goja.StringFromUTF16(v.u16)
		}
		return rt.ToValue(v.str)
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
		o = rt.NewArray()
		m.objs[n.id] = o
		if n.keys == nil {
			for i, v := range n.vals {
				define(o, strconv.Itoa(i), m.value(v))
			}
			return o
		}
		_ = o.Set("length", n.n)
		for i, k := range n.keys {
			define(o, k, m.value(n.vals[i]))
		}
	case oBoxed:
		o = m.value(n.prim).ToObject(rt)
	case oDate:
		o = m.construct("Date", rt.ToValue(n.prim.num))
	case oRegExp:
		o = m.construct("RegExp", rt.ToValue(n.str), rt.ToValue(n.flags))
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
		o = rt.ToValue(rt.NewArrayBuffer(n.data)).(*goja.Object)
		n.data = nil // moved into the runtime
	case oView:
		buf := m.object(n.buf)
		o = m.construct(n.typ, buf, rt.ToValue(n.off), rt.ToValue(n.n))
	case oError:
		if n.hasMsg {
			o = m.construct(n.typ, rt.ToValue(n.str))
		} else {
			o = m.construct(n.typ)
		}
		m.objs[n.id] = o
		if n.stack != nil {
			_ = o.DefineDataProperty("stack", rt.ToValue(*n.stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		if n.cause != nil {
			_ = o.DefineDataProperty("cause", m.value(*n.cause), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	m.objs[n.id] = o
	return o
}
