package esnext

import (
	"math"
	"reflect"

	"github.com/dop251/goja"
)

var arrayBufferType = reflect.TypeOf(goja.ArrayBuffer{})

// thisBuffer returns this as an ArrayBuffer, without running any of the
// script's code, or throws V8's TypeError.
func (r *Realm) thisBuffer(this goja.Value, method string) goja.ArrayBuffer {
	if o, ok := this.(*goja.Object); ok && o.ExportType() == arrayBufferType {
		if b, ok := o.Export().(goja.ArrayBuffer); ok {
			return b
		}
	}
	r.throwType("Method ArrayBuffer.prototype.%s called on incompatible receiver %s", method, r.describe(this))
	return goja.ArrayBuffer{}
}

// installArrayBuffer defines transfer, transferToFixedLength and
// detached. goja's buffers are never resizable, so both transfers make a
// fixed-length buffer; the bytes move without a copy when the length is
// kept.
func (r *Realm) installArrayBuffer() {
	proto := r.arrayBuffer.Get("prototype").(*goja.Object)
	r.method(proto, "transfer", 0, func(c goja.FunctionCall) goja.Value { return r.transfer(c, "transfer") })
	r.method(proto, "transferToFixedLength", 0, func(c goja.FunctionCall) goja.Value {
		return r.transfer(c, "transferToFixedLength")
	})
	r.getter(proto, "detached", func(c goja.FunctionCall) goja.Value {
		return r.rt.ToValue(r.thisBuffer(c.This, "detached").Detached())
	})
	// goja's slice reads a detached buffer as an empty one; the spec
	// throws a TypeError.
	if slice, ok := goja.AssertFunction(proto.Get("slice")); ok {
		r.method(proto, "slice", 2, func(c goja.FunctionCall) goja.Value {
			if r.thisBuffer(c.This, "slice").Detached() {
				r.throwType("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
			}
			return call(slice, c.This, c.Arguments...)
		})
	}
}

func (r *Realm) transfer(c goja.FunctionCall, method string) goja.Value {
	b := r.thisBuffer(c.This, method)
	data := b.Bytes()
	n := len(data)
	if v := arg(c, 0); !goja.IsUndefined(v) {
		f := toIntegerOrInfinity(v.ToFloat())
		if f < 0 || f > 1<<53-1 {
			r.throwRange("Invalid array buffer length")
		}
		if f > math.MaxInt32*2 {
			r.throwRange("Array buffer allocation failed")
		}
		n = int(f)
	}
	if b.Detached() {
		r.throwType("Cannot perform ArrayBuffer.prototype.%s on a detached ArrayBuffer", method)
	}
	var moved []byte
	if n == len(data) {
		moved = data
	} else {
		moved = make([]byte, n)
		copy(moved, data)
	}
	b.Detach()
	return r.rt.ToValue(r.rt.NewArrayBuffer(moved))
}
