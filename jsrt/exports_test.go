//go:build unix

package jsrt

import (
	"testing"

	"github.com/dop251/goja"
)

func init() {
	Register(Module{Name: "exports-test", Load: func(vm *VM, e *Exports) error {
		proto := e.Class("Counter", func(call goja.ConstructorCall) *goja.Object {
			_ = call.This.Set("n", ToInt(call.Argument(0)))
			return nil
		})
		_ = proto.Set("inc", vm.Func("inc", func(call goja.FunctionCall) goja.Value {
			o := call.This.(*goja.Object)
			n := ToInt(o.Get("n")) + 1
			_ = o.Set("n", n)
			return vm.Runtime().ToValue(n)
		}))
		e.Func("bytes", func(call goja.FunctionCall) goja.Value {
			return vm.Async(func() (any, error) { return []byte("abc"), nil })
		})
		return nil
	}})
}

func TestExportsClassAndAsync(t *testing.T) {
	vm := newTestVM(t)
	rt := vm.Runtime()
	tests := []exprTest{
		{`const { Counter } = __gojsc_native("exports-test"); new Counter(4).inc()`, "5"},
		{`class Sub extends Counter { constructor() { super(10); this.sub = true; } }
		  const s = new Sub(); [s.inc(), s.sub, s instanceof Counter].join(" ")`, "11 true true"},
		{`try { Counter.call({}, 1); "no error" } catch (e) { e instanceof TypeError && e.message }`, "class constructor Counter cannot be invoked without 'new'"},
	}
	runExprs(t, rt, tests)
	var got string
	_ = rt.Set("done", func(v goja.Value) {
		_, isBuf := v.Export().(goja.ArrayBuffer)
		got = v.String()
		if isBuf {
			got = "ArrayBuffer " + string(v.Export().(goja.ArrayBuffer).Bytes())
		}
	})
	if _, err := rt.RunString(`__gojsc_native("exports-test").bytes().then(done)`); err != nil {
		t.Fatal(err)
	}
	vm.Loop().run()
	if got != "ArrayBuffer abc" {
		t.Errorf("Async of []byte resolved with %q, want an ArrayBuffer", got)
	}
}
