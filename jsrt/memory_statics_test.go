package jsrt

import (
	"testing"

	"github.com/dop251/goja"
)

// TestGuardStatics checks that the memory guard's stand-ins for the
// buffer and typed-array constructors have the same own properties as the
// constructors they stand for: the guard names them rather than listing
// them at every start.
func TestGuardStatics(t *testing.T) {
	const keys = `["ArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"]
		.map((n) => n + ": " + Reflect.ownKeys(globalThis[n]).map(String).sort().join(" ")).join("\n")`
	want, err := goja.New().RunString(keys)
	if err != nil {
		t.Fatal(err)
	}
	vm := newTestVM(t)
	g := &memoryGuard{vm: vm, limit: 1 << 30, maxLive: 1 << 29}
	if err := g.installGuards(); err != nil {
		t.Fatal(err)
	}
	got, err := vm.rt.RunString(keys)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("the stand-ins' own properties differ from the constructors':\n%s\nwant\n%s", got, want)
	}
}
