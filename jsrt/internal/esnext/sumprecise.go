package esnext

import (
	"math"
	"math/big"

	"github.com/dop251/goja"
)

// sumPrec is enough bits to add float64s without rounding: they span 2^-1074
// to 2^1024, and the rest leaves room for 2^100 carries.
const sumPrec = 1074 + 1024 + 100

// mathSumPrecise is Math.sumPrecise: the exact sum of an iterable's
// numbers, rounded once. The sum is kept in a big.Float wide enough that
// no addition rounds.
func (r *Realm) mathSumPrecise(c goja.FunctionCall) goja.Value {
	items := arg(c, 0)
	if _, ok := items.(*goja.Object); !ok {
		r.throwType("%s is not iterable", r.describe(items))
	}
	m := r.getMethod(items, goja.SymIterator)
	if m == nil {
		r.throwType("%s is not iterable", r.describe(items))
	}
	iter, _ := r.openIterator(call(m, items))
	it := &iterRecord{iter: iter, next: iter.Get("next")}

	sum := new(big.Float).SetPrec(sumPrec)
	var term big.Float
	term.SetPrec(sumPrec)
	allNegZero := true
	var posInf, negInf, nan bool
	for {
		v, done := r.step(it)
		if done {
			break
		}
		f, ok := number(v)
		if !ok {
			e := r.rt.NewTypeError(r.describe(v) + " is not a number")
			r.closeIterator(iter)
			panic(e)
		}
		if nan || posInf && negInf {
			continue
		}
		switch {
		case math.IsNaN(f):
			nan = true
		case math.IsInf(f, 1):
			posInf = true
		case math.IsInf(f, -1):
			negInf = true
		default:
			if f != 0 || !math.Signbit(f) {
				allNegZero = false
			}
			sum.Add(sum, term.SetFloat64(f))
		}
	}
	switch {
	case nan || posInf && negInf:
		return r.rt.ToValue(math.NaN())
	case posInf:
		return r.rt.ToValue(math.Inf(1))
	case negInf:
		return r.rt.ToValue(math.Inf(-1))
	case allNegZero:
		return r.rt.ToValue(math.Copysign(0, -1))
	}
	f, _ := sum.Float64()
	return r.rt.ToValue(f)
}

// number returns v's value if v is a Number primitive.
func number(v goja.Value) (float64, bool) {
	if _, ok := v.(*goja.Object); ok {
		return 0, false
	}
	switch x := v.Export().(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
