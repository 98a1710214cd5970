//go:build unix

package jsrt

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/gojsc/gojsc/internal/fuzzseed"
	"github.com/gojsc/gojsc/jsrt/inspect"
)

// FuzzArgs converts numbers, strings and BigInts as native functions take
// their arguments. ToInt64 must agree with JavaScript: truncation of
// ToNumber (NaN is 0, out of range clamps) for numbers and strings, the low
// 64 bits for BigInts. Bytes must cover exactly a typed array's view.
func FuzzArgs(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any {
		// A plain seed is a string argument.
		return []any{string(data), 0.0, []byte{}, uint64(0), uint64(0)}
	})
	vm := newTestVM(f)
	rt := vm.Runtime()
	number := func(v goja.Value) goja.Value { return rt.ToValue(v.ToNumber().ToFloat()) }
	asIntN, _ := goja.AssertFunction(rt.Get("BigInt").ToObject(rt).Get("asIntN"))
	f.Fuzz(func(t *testing.T, s string, x float64, bigBytes []byte, off, n uint64) {
		if got, want := ToInt64(rt.ToValue(x)), truncate(x); got != want {
			t.Fatalf("ToInt64(%v) = %d, want %d", x, got, want)
		}
		str := rt.ToValue(s)
		if got, want := ToInt64(str), ToInt64(number(str)); got != want {
			t.Fatalf("ToInt64(%q) = %d, but Number(%q) is %v, which gives %d", s, got, s, number(str), want)
		}
		if vm.ToString(str) != s {
			t.Fatalf("ToString(%q) = %q", s, vm.ToString(str))
		}

		b := new(big.Int).SetBytes(bigBytes)
		if len(bigBytes) > 0 && bigBytes[0]&1 != 0 {
			b.Neg(b)
		}
		low, err := asIntN(goja.Undefined(), rt.ToValue(64), rt.ToValue(b))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ToInt64(rt.ToValue(b)), low.Export().(*big.Int).Int64(); got != want {
			t.Fatalf("ToInt64(%vn) = %d, want %d (BigInt.asIntN(64))", b, got, want)
		}

		size := len(bigBytes) + 8
		off, n = off%uint64(size+1), n%uint64(size+1)
		if off+n > uint64(size) {
			n = uint64(size) - off
		}
		buf := rt.NewArrayBuffer(make([]byte, size))
		ctor, _ := goja.AssertConstructor(rt.Get("Uint8Array"))
		view, err := ctor(nil, rt.ToValue(buf), rt.ToValue(off), rt.ToValue(n))
		if err != nil {
			t.Fatalf("new Uint8Array(buffer of %d, %d, %d): %v", size, off, n, err)
		}
		got := vm.Bytes(view, "fuzz")
		if uint64(len(got)) != n {
			t.Fatalf("Bytes of a view of %d bytes at %d has %d bytes", n, off, len(got))
		}
		if n > 0 {
			got[0] = 0xA5
			if buf.Bytes()[off] != 0xA5 {
				t.Fatalf("Bytes of a view at %d does not start there", off)
			}
		}

		ex := rt.Try(func() { vm.ToString(goja.NewSymbol(s)) })
		if ex == nil || !isTypeError(rt, ex) {
			t.Fatalf("ToString(Symbol(%q)) = %v, want a TypeError", s, ex)
		}
	})
}

// truncate is ToInt64 of a number as JavaScript would have it: NaN is 0,
// values beyond int64 clamp, others lose their fraction.
func truncate(x float64) int64 {
	switch {
	case math.IsNaN(x):
		return 0
	case x >= math.MaxInt64:
		return math.MaxInt64
	case x <= math.MinInt64:
		return math.MinInt64
	}
	return int64(x)
}

func isTypeError(rt *goja.Runtime, ex *goja.Exception) bool {
	obj, ok := ex.Value().(*goja.Object)
	return ok && rt.InstanceOf(obj, rt.Get("TypeError").ToObject(rt))
}

// stackScript throws from three frames deep; each line is one statement,
// so that a one-segment-per-line source map maps every frame.
const stackScript = `function inner(n) {
  if (n > 2) throw new Error("deep " + n);
  return inner(n + 1);
}
function outer() { return inner(0); }
outer();
//# sourceMappingURL=main.js.map
`

// FuzzStackMapping compiles a script that throws with any source map and
// renders the error as an uncaught one is reported: the map may be
// anything, but the report must be the message and frames as QuickJS
// prints them, with no frame of the bundle's glue.
func FuzzStackMapping(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any { return []any{data} })
	f.Fuzz(func(t *testing.T, sourceMap []byte) {
		if badMappings(sourceMap) {
			// go-sourcemap, through which goja maps positions, may panic
			// on such a map; the compiler rejects one before it is
			// embedded.
			t.Skip()
		}
		prg, err := compile(Program{Name: inspect.GlueFile, Source: stackScript, SourceMap: sourceMap})
		if err != nil {
			t.Fatalf("compile: %v", err)
		}
		rt := goja.New()
		_, err = rt.RunProgram(prg)
		var ex *goja.Exception
		if !errors.As(err, &ex) {
			t.Fatalf("running: %v, want an exception", err)
		}
		report := string(inspect.AppendValue(nil, rt, ex.Value(), false))
		lines := strings.Split(report, "\n")
		if lines[0] != "Error: deep 3" {
			t.Fatalf("report starts %q, want the error's message:\n%s", lines[0], report)
		}
		for _, l := range lines[1:] {
			if !strings.HasPrefix(l, "    at ") {
				t.Fatalf("report line %q is not a frame:\n%s", l, report)
			}
			if strings.Contains(l, inspect.GlueFile+":") {
				t.Fatalf("report shows a frame of the glue code:\n%s", report)
			}
		}
	})
}

// badMappings reports whether a segment of the source map m is not made
// of base64 VLQs or names a source or a name that m does not list. The map
// is read as go-sourcemap reads it: JSON keys in any case, a source from a
// segment's second field.
func badMappings(m []byte) bool {
	var sm struct {
		Sources  []json.RawMessage
		Names    []json.RawMessage
		Mappings string
		Sections []struct{ Map json.RawMessage }
	}
	if json.Unmarshal(m, &sm) != nil {
		return false
	}
	for _, sec := range sm.Sections {
		if badMappings(sec.Map) {
			return true
		}
	}
	source, name := 0, 0
	for _, line := range strings.Split(sm.Mappings, ";") {
		for _, seg := range strings.Split(line, ",") {
			fields, ok := decodeVLQs(seg)
			if !ok {
				return true
			}
			if len(fields) >= 2 {
				source += fields[1]
				if source < 0 || source >= len(sm.Sources) {
					return true
				}
			}
			if len(fields) >= 5 {
				name += fields[4]
				if name < 0 || name >= len(sm.Names) {
					return true
				}
			}
		}
	}
	return false
}

// decodeVLQs decodes the base64 VLQs of a source-map segment of 32-bit
// values.
func decodeVLQs(seg string) ([]int, bool) {
	const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var out []int
	value, shift := 0, 0
	for i := 0; i < len(seg); i++ {
		d := strings.IndexByte(digits, seg[i])
		if d < 0 || shift > 30 {
			return nil, false
		}
		value |= (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		if value&1 != 0 {
			out = append(out, -(value >> 1))
		} else {
			out = append(out, value>>1)
		}
		value, shift = 0, 0
	}
	return out, shift == 0
}
