package clone

import (
	"encoding/binary"
	"math/big"
	"reflect"
	"strconv"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// Serialize clones v, transferring the ArrayBuffers in transfer: the
// Message takes their memory without copying and they are detached.
// SharedArrayBuffers are carried by reference (see Shared). It returns an *Error for a value that cannot be cloned or a bad transfer
// list, and the *goja.Exception of a getter that threw.
func (r *Realm) Serialize(v goja.Value, transfer []goja.Value) (*Message, error) {
	s := serializer{r: r, mem: make(map[*goja.Object]*object, 64)}
	var cerr *Error
	var root value
	var moved []goja.ArrayBuffer
	ex := r.rt.Try(func() {
		defer func() {
			if x := recover(); x != nil {
				e, ok := x.(*Error)
				if !ok {
					panic(x)
				}
				cerr = e
			}
		}()
		moved = s.transferList(transfer)
		root = s.value(v)
	})
	if ex != nil {
		return nil, ex
	}
	if cerr != nil {
		return nil, cerr
	}
	for _, ab := range moved {
		ab.Detach()
	}
	return &Message{root: root, objects: len(s.mem)}, nil
}

type serializer struct {
	r   *Realm
	mem map[*goja.Object]*object
}

func (s *serializer) transferList(list []goja.Value) []goja.ArrayBuffer {
	var moved []goja.ArrayBuffer
	for _, v := range list {
		o, ok := v.(*goja.Object)
		// A SharedArrayBuffer is never transferred: it is shared already.
		if !ok || o.ClassName() != "Object" || o.ExportType() != typeArrayBuffer || s.sharedBlock(o) != nil {
			panic(&Error{Name: "TypeError", Message: "Found invalid object in transferList"})
		}
		if s.mem[o] != nil {
			panic(dataCloneError("Transfer list contains duplicate ArrayBuffer"))
		}
		ab := o.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			panic(&Error{Name: "TypeError", Message: "Found invalid object in transferList"})
		}
		s.mem[o] = &object{id: len(s.mem), kind: oBuffer, x: &special{data: ab.Bytes()}}
		moved = append(moved, ab)
	}
	return moved
}

// sharedBlock returns the block behind o if it is a SharedArrayBuffer.
func (s *serializer) sharedBlock(o *goja.Object) *shmem.Block {
	if s.r.shared.Block == nil {
		return nil
	}
	return s.r.shared.Block(o)
}

func (s *serializer) call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// brand reports whether f, a built-in that checks its receiver, accepts o.
func (s *serializer) brand(f goja.Callable, o *goja.Object, args ...goja.Value) bool {
	_, err := f(o, args...)
	return err == nil
}

func (s *serializer) value(v goja.Value) value {
	if v == nil || goja.IsUndefined(v) {
		return value{kind: kUndefined}
	}
	if goja.IsNull(v) {
		return value{kind: kNull}
	}
	switch t := v.(type) {
	case *goja.Object:
		return value{kind: kObject, obj: s.object(t)}
	case *goja.Symbol:
		panic(dataCloneError("Symbol(" + t.String() + ") could not be cloned."))
	}
	return primitive(v)
}

func primitive(v goja.Value) value {
	// ExportType, unlike Export, allocates nothing.
	switch v.ExportType() {
	case typeBool:
		if v.ToBoolean() {
			return value{kind: kBool, num: 1}
		}
		return value{kind: kBool}
	case typeInt, typeFloat:
		return value{kind: kNumber, num: v.ToFloat()}
	case typeBig:
		return value{kind: kBigInt, big: v.Export().(*big.Int)}
	case typeString:
		x := v.String()
		if isASCII(x) {
			return value{kind: kString, str: x}
		}
		// Kept as UTF-16 so that lone surrogates survive.
		gs := v.(goja.String)
		u := make([]byte, 2*gs.Length())
		for i := range gs.Length() {
			binary.LittleEndian.PutUint16(u[2*i:], gs.CharAt(i))
		}
		return value{kind: kStringUTF16, str: string(u)}
	}
	return value{kind: kUndefined}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func (s *serializer) fail(o *goja.Object) {
	panic(dataCloneError(s.describe(o) + " could not be cloned."))
}

// describe names o as V8 does in its DataCloneError messages.
func (s *serializer) describe(o *goja.Object) string {
	if _, ok := goja.AssertFunction(o); ok {
		if v, err := s.r.fnToString(o); err == nil {
			return v.String()
		}
	}
	if o.ExportType() == typeProxy {
		if v, err := s.r.objToString(o); err == nil && v.String() == "[object Array]" {
			return v.String()
		}
		return "#<Object>"
	}
	name := "Object"
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n, ok := c.Get("name").(goja.String); ok && n.String() != "" {
			name = n.String()
		}
	}
	return "#<" + name + ">"
}

func (s *serializer) object(o *goja.Object) *object {
	if n := s.mem[o]; n != nil {
		return n
	}
	n := &object{id: len(s.mem)}
	s.mem[o] = n
	r := s.r
	if _, ok := goja.AssertFunction(o); ok {
		s.fail(o)
	}
	switch o.ClassName() {
	case "Object":
		if o == r.rt.GlobalObject() {
			s.fail(o)
		}
	case "Array":
		s.array(n, o)
		return n
	case "Error":
		s.error(n, o)
		return n
	case "Date":
		n.kind = oDate
		n.sp().prim = value{kind: kNumber, num: s.call(r.dateGetTime, o).ToFloat()}
		return n
	case "RegExp":
		n.kind = oRegExp
		n.sp().str = s.call(r.reSource, o).String()
		n.sp().flags = s.call(r.reFlags, o).String()
		return n
	case "Number":
		s.boxed(n, r.numValueOf, o)
		return n
	case "String":
		s.boxed(n, r.strValueOf, o)
		return n
	case "Boolean":
		s.boxed(n, r.boolValueOf, o)
		return n
	case "Math", "JSON":
		s.plain(n, o)
		return n
	default:
		s.fail(o)
	}
	switch t := o.ExportType(); t {
	case typeArrayBuffer:
		if b := s.sharedBlock(o); b != nil {
			n.kind = oShared
			n.sp().block = b
			return n
		}
		ab := o.Export().(goja.ArrayBuffer)
		if ab.Detached() {
			panic(dataCloneError("An ArrayBuffer is detached and could not be cloned."))
		}
		n.kind = oBuffer
		n.sp().data = append([]byte(nil), ab.Bytes()...)
	case typeMap:
		n.kind = oMap
		var items []goja.Value
		s.call(r.mapForEach, o, r.rt.ToValue(func(c goja.FunctionCall) goja.Value {
			items = append(items, c.Argument(1), c.Argument(0))
			return goja.Undefined()
		}))
		s.list(n, items)
	case typeSet:
		n.kind = oSet
		var items []goja.Value
		s.call(r.setForEach, o, r.rt.ToValue(func(c goja.FunctionCall) goja.Value {
			items = append(items, c.Argument(0))
			return goja.Undefined()
		}))
		s.list(n, items)
	case typeBig:
		s.boxed(n, r.bigValueOf, o)
	case typeString:
		if s.brand(r.symValueOf, o) {
			panic(dataCloneError("[object Symbol] could not be cloned."))
		}
		s.plain(n, o)
	case typeProxy, typePromise:
		s.fail(o)
	default:
		if t.Kind() == reflect.Slice {
			if tag, ok := s.call(r.taTag, o).(goja.String); ok {
				n.kind = oView
				n.sp().typ = tag.String()
				n.sp().buf = s.object(s.call(r.taBuffer, o).(*goja.Object))
				n.sp().off = int(s.call(r.taOffset, o).ToInteger())
				n.n = int(s.call(r.taLength, o).ToInteger())
				return n
			}
		}
		switch s.protoKind(o) {
		case oView:
			if s.brand(r.dvLength, o) {
				n.kind = oView
				x := n.sp()
				x.typ = "DataView"
				x.buf = s.object(s.call(r.dvBuffer, o).(*goja.Object))
				x.off = int(s.call(r.dvOffset, o).ToInteger())
				n.n = int(s.call(r.dvLength, o).ToInteger())
				return n
			}
		case oWeak:
			if s.brand(r.weakMapHas, o, o) || s.brand(r.weakSetHas, o, o) {
				s.fail(o)
			}
		case oIterator:
			if tag, err := r.objToString(o); err == nil && tag.String() == "[object Generator]" {
				panic(dataCloneError("[object Generator] could not be cloned."))
			}
			panic(dataCloneError("#<Object> could not be cloned."))
		}
		s.plain(n, o) // a class instance: its prototype is not kept
	}
	return n
}

// protoKind is what the first built-in prototype of s.r.protos in o's
// chain says o is; oPlain if there is none.
func (s *serializer) protoKind(o *goja.Object) kind {
	for p := o.Prototype(); p != nil && p != s.r.objectProto; p = p.Prototype() {
		if k, ok := s.r.protos[p]; ok {
			return k
		}
	}
	return oPlain
}

func (s *serializer) list(n *object, items []goja.Value) {
	n.vals = make([]value, len(items))
	for i, v := range items {
		n.vals[i] = s.value(v)
	}
}

func (s *serializer) boxed(n *object, valueOf goja.Callable, o *goja.Object) {
	n.kind = oBoxed
	n.sp().prim = primitive(s.call(valueOf, o))
}

func (s *serializer) plain(n *object, o *goja.Object) {
	n.kind = oPlain
	n.keys = o.Keys()
	n.vals = make([]value, len(n.keys))
	for i, k := range n.keys {
		n.vals[i] = s.value(o.Get(k))
	}
}

func (s *serializer) array(n *object, o *goja.Object) {
	n.kind = oArray
	n.n = int(o.Get("length").ToInteger())
	keys := o.Keys()
	n.vals = make([]value, len(keys))
	dense := len(keys) == n.n
	for i, k := range keys {
		if dense && k != strconv.Itoa(i) {
			dense = false
		}
		n.vals[i] = s.value(o.Get(k))
	}
	if !dense {
		n.keys = keys // holes or extra properties
	}
}

func (s *serializer) error(n *object, o *goja.Object) {
	r := s.r
	n.kind = oError
	n.sp().typ = "Error"
	if name, ok := o.Get("name").(goja.String); ok && errorNames[name.String()] {
		n.sp().typ = name.String()
	}
	msg := r.rt.ToValue("message")
	if s.call(r.hasOwn, o, msg).ToBoolean() {
		n.sp().hasMsg = true
		n.sp().str = o.Get("message").String()
	}
	if st, ok := o.Get("stack").(goja.String); ok {
		str := st.String()
		n.sp().stack = &str
	}
	if s.call(r.hasOwn, o, r.rt.ToValue("cause")).ToBoolean() {
		c := s.value(o.Get("cause"))
		n.sp().cause = &c
	}
}
