//go:build unix

package jsrt

import (
	"math"
	"testing"

	"github.com/dop251/goja"
)

func TestToInt64(t *testing.T) {
	rt := goja.New()
	tests := []struct {
		expr string
		want int64
	}{
		{"42", 42},
		{"-7.9", -7},
		{"'12'", 12},
		{"NaN", 0},
		{"undefined", 0},
		{"null", 0},
		{"true", 1},
		{"Infinity", math.MaxInt64},
		{"-Infinity", math.MinInt64},
		{"1e300", math.MaxInt64},
		{"123n", 123},
		{"-5n", -5},
		{"2n ** 64n + 3n", 3},
		{"2n ** 63n", math.MinInt64},
	}
	for _, tc := range tests {
		v, err := rt.RunString(tc.expr)
		if err != nil {
			t.Fatal(err)
		}
		if got := ToInt64(v); got != tc.want {
			t.Errorf("ToInt64(%s) = %d, want %d", tc.expr, got, tc.want)
		}
	}
}

func TestNativePanicsBecomeJSErrors(t *testing.T) {
	vm := newTestVM(t)
	rt := vm.Runtime()
	_ = rt.Set("goPanic", vm.Func("goPanic", func(goja.FunctionCall) goja.Value { panic("broken invariant") }))
	_ = rt.Set("toInt", vm.Func("toInt", func(c goja.FunctionCall) goja.Value { return rt.ToValue(ToInt64(Arg(c, 0))) }))
	_ = rt.Set("bytes", vm.Func("bytes", func(c goja.FunctionCall) goja.Value { return rt.ToValue(len(vm.Bytes(Arg(c, 0), "bytes"))) }))
	tests := []exprTest{
		{`try { goPanic() } catch (e) { e instanceof Error && e.message }`, "native function goPanic failed: broken invariant"},
		{`try { toInt(Symbol("s")) } catch (e) { e instanceof TypeError }`, "true"},
		{`try { bytes({}) } catch (e) { e instanceof TypeError && e.message }`, "bytes: not an ArrayBuffer"},
		{`bytes(new Uint8Array(new ArrayBuffer(8), 2, 3))`, "3"},
	}
	runExprs(t, rt, tests)
}

// TestBytesRunsNoScript checks that VM.Bytes tells buffers and views from
// other objects, and reads their bytes, without calling any getter or
// proxy trap of the script's.
func TestBytesRunsNoScript(t *testing.T) {
	vm := newTestVM(t)
	rt := vm.Runtime()
	_ = rt.Set("bytes", vm.Func("bytes", func(c goja.FunctionCall) goja.Value {
		return rt.ToValue(string(vm.Bytes(Arg(c, 0), "bytes")))
	}))
	_, err := rt.RunString(`
		var called = 0;
		var trap = () => { called++; return 1; };
		var spy = { get length() { return trap(); }, get buffer() { return trap(); }, get 0() { return trap(); } };
		var proxy = new Proxy([1, 2], { get: trap, has: trap, ownKeys() { called++; return []; } });
		var ab = new ArrayBuffer(3);
		new Uint8Array(ab).set([72, 73, 74]);
		var gone = new ArrayBuffer(4);
		var detachedView = new Uint8Array(gone, 1);
		gone.transfer();
		Object.defineProperty(Object.getPrototypeOf(Uint8Array.prototype), "buffer", { get: trap });
		Object.defineProperty(DataView.prototype, "byteLength", { get: trap });
		ArrayBuffer.isView = trap;
		var text = new Uint8Array([104, 105, 33]);
	`)
	if err != nil {
		t.Fatal(err)
	}
	tests := []exprTest{
		{`bytes(text)`, "hi!"},
		{`bytes(ab)`, "HIJ"},
		{`bytes(new DataView(ab, 1))`, "IJ"},
		{`bytes(new Uint8Array(ab, 1, 1))`, "I"},
		{`bytes(new Uint16Array([0x6968]))`, "hi"},
		{`try { bytes(detachedView) } catch (e) { e.message }`, "bytes: the ArrayBuffer is detached"},
		{`try { bytes(spy) } catch (e) { e.message }`, "bytes: not an ArrayBuffer"},
		{`try { bytes(proxy) } catch (e) { e.message }`, "bytes: not an ArrayBuffer"},
		{`try { bytes([104]) } catch (e) { e.message }`, "bytes: not an ArrayBuffer"},
		{`try { bytes("hi") } catch (e) { e.message }`, "bytes: not an ArrayBuffer"},
		{`called`, "0"},
	}
	runExprs(t, rt, tests)
}

// exprTest is a script expression and the string its value should convert to.
type exprTest struct{ expr, want string }

// runExprs evaluates each expression in rt and compares its value.
func runExprs(t *testing.T, rt *goja.Runtime, tests []exprTest) {
	t.Helper()
	for _, tc := range tests {
		v, err := rt.RunString(tc.expr)
		if err != nil {
			t.Fatalf("%s: %v", tc.expr, err)
		}
		if v.String() != tc.want {
			t.Errorf("%s = %s, want %s", tc.expr, v, tc.want)
		}
	}
}
