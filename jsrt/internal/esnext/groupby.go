package esnext

import (
	"math"

	"github.com/dop251/goja"
)

// groupBy is the spec's GroupBy: the items of iterable in groups by the key
// callback returns, in first-seen order of the keys. asProperty turns keys
// into property keys (Object.groupBy); otherwise they are compared by
// SameValueZero (Map.groupBy).
func (r *Realm) groupBy(c goja.FunctionCall, asProperty bool) (keys []goja.Value, groups [][]goja.Value) {
	items, cb := arg(c, 0), arg(c, 1)
	if isNullish(items) {
		r.throwType("%s is not iterable", r.describe(items))
	}
	f := r.callable(cb)
	index := map[any]int{}
	k := 0
	r.rt.ForOf(items, func(v goja.Value) bool {
		key := call(f, goja.Undefined(), v, r.rt.ToValue(k))
		var id any
		if asProperty {
			key = r.toPropertyKey(key)
			if s, ok := key.(*goja.Symbol); ok {
				id = s
			} else {
				id = key.String()
			}
		} else {
			id = sameValueZeroKey(key)
		}
		i, ok := index[id]
		if !ok {
			i = len(keys)
			index[id] = i
			keys = append(keys, key)
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], v)
		k++
		return true
	})
	return keys, groups
}

// sameValueZeroKey maps a value to a Go map key that is equal for values
// SameValueZero holds equal.
func sameValueZeroKey(v goja.Value) any {
	switch x := v.(type) {
	case *goja.Object, *goja.Symbol:
		return x
	}
	switch e := v.Export().(type) {
	case int64:
		return float64(e)
	case float64:
		if math.IsNaN(e) {
			return "NaN" + "\x00num"
		}
		return e
	case nil:
		if goja.IsNull(v) {
			return struct{ null bool }{true}
		}
		return struct{}{}
	case string:
		return struct{ s string }{e}
	case bool:
		return e
	default:
		return v.String() + "\x00" + v.ExportType().String() // BigInt
	}
}

// toPropertyKey is ToPropertyKey: a Symbol, else a string.
func (r *Realm) toPropertyKey(v goja.Value) goja.Value {
	if o, ok := v.(*goja.Object); ok {
		// ToPrimitive with hint string; a Symbol from Symbol.toPrimitive
		// is not kept (goja's String() does the conversion).
		v = r.rt.ToValue(o.String())
	}
	if s, ok := v.(*goja.Symbol); ok {
		return s
	}
	return r.rt.ToValue(v.String())
}

func (r *Realm) objectGroupBy(c goja.FunctionCall) goja.Value {
	keys, groups := r.groupBy(c, true)
	obj := r.rt.CreateObject(nil)
	for i, k := range keys {
		arr := r.rt.NewArray(toAny(groups[i])...)
		if s, ok := k.(*goja.Symbol); ok {
			_ = obj.DefineDataPropertySymbol(s, arr, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		} else {
			_ = obj.DefineDataProperty(k.String(), arr, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	return obj
}

func (r *Realm) mapGroupBy(c goja.FunctionCall) goja.Value {
	keys, groups := r.groupBy(c, false)
	m, err := r.rt.New(r.mapCtor)
	if err != nil {
		panic(err)
	}
	set := r.callable(m.Get("set"))
	for i, k := range keys {
		call(set, m, k, r.rt.NewArray(toAny(groups[i])...))
	}
	return m
}

func toAny(vs []goja.Value) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
