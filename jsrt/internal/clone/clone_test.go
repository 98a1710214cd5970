package clone

import (
	"errors"
	"testing"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

func realm(t testing.TB) (*goja.Runtime, *Realm) {
	t.Helper()
	rt := goja.New()
	r, err := NewRealm(rt)
	if err != nil {
		t.Fatal(err)
	}
	return rt, r
}

func run(t testing.TB, rt *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

// TestCrossRuntime clones a value made in one runtime into another, on
// another goroutine, as a worker's postMessage does.
func TestCrossRuntime(t *testing.T) {
	rtA, a := realm(t)
	v := run(t, rtA, `
		const shared = { s: "é\ud800" };
		const buf = new ArrayBuffer(8);
		new Uint8Array(buf).set([1, 2, 3, 4, 5, 6, 7, 8]);
		globalThis.moved = new ArrayBuffer(3);
		new Uint8Array(moved).set([9, 8, 7]);
		const v = {
			n: -0, big: 2n ** 70n, str: Object("boxed"), date: new Date(86400000),
			re: /x+/gi, map: new Map([[shared, 1]]), set: new Set([shared]),
			u16: new Uint16Array(buf, 2, 2), dv: new DataView(buf, 1, 4),
			err: new RangeError("bad", { cause: shared }), arr: [1, , shared],
			moved,
		};
		v.self = v;
		v;
	`)
	msg, err := a.Serialize(v, []goja.Value{rtA.Get("moved")})
	if err != nil {
		t.Fatal(err)
	}
	if n := run(t, rtA, `moved.byteLength`).ToInteger(); n != 0 {
		t.Errorf("transferred buffer has byteLength %d in its runtime, want 0 (detached)", n)
	}

	done := make(chan string)
	go func() {
		rtB := goja.New()
		b, err := NewRealm(rtB)
		if err != nil {
			done <- err.Error()
			return
		}
		c, err := b.Materialize(msg)
		if err != nil {
			done <- err.Error()
			return
		}
		_ = rtB.Set("c", c)
		check, err := rtB.RunString(`[
			c.self === c, Object.is(c.n, -0), c.big === 2n ** 70n,
			c.str instanceof String && c.str.valueOf() === "boxed",
			c.date instanceof Date && c.date.getTime() === 86400000,
			c.re instanceof RegExp && c.re.source === "x+" && c.re.flags === "gi",
			c.map instanceof Map && [...c.map.keys()][0] === [...c.set][0],
			[...c.set][0] === c.err.cause && c.arr[2] === c.err.cause,
			c.arr.length === 3 && !(1 in c.arr),
			c.err instanceof RangeError && c.err.message === "bad",
			c.u16.buffer === c.dv.buffer && c.u16[0] === 0x0403 && c.dv.getUint8(0) === 2,
			c.err.cause.s === "é\ud800",
			c.moved.byteLength === 3 && new Uint8Array(c.moved)[2] === 7,
		].map((ok, i) => ok ? "" : "check " + i + " failed; ").join("")`)
		if err != nil {
			done <- err.Error()
			return
		}
		done <- check.String()
	}()
	if got := <-done; got != "" {
		t.Error(got)
	}
}

func TestErrors(t *testing.T) {
	rt, r := realm(t)
	for _, tc := range []struct{ src, name, msg string }{
		{`({ f: () => 1 })`, "DataCloneError", "() => 1 could not be cloned."},
		{`Symbol("s")`, "DataCloneError", "Symbol(s) could not be cloned."},
		{`new WeakMap()`, "DataCloneError", "#<WeakMap> could not be cloned."},
		{`Promise.resolve()`, "DataCloneError", "#<Promise> could not be cloned."},
	} {
		_, err := r.Serialize(run(t, rt, tc.src), nil)
		var ce *Error
		if !errors.As(err, &ce) || ce.Name != tc.name || ce.Message != tc.msg {
			t.Errorf("Serialize(%s) = %v, want %s: %s", tc.src, err, tc.name, tc.msg)
		}
	}
	_, err := r.Serialize(run(t, rt, `({ get x() { throw new TypeError("getter") } })`), nil)
	var ex *goja.Exception
	if !errors.As(err, &ex) || ex.Value().String() != "TypeError: getter" {
		t.Errorf("Serialize with a throwing getter = %v, want the getter's TypeError", err)
	}
	_, err = r.Serialize(goja.Undefined(), []goja.Value{run(t, rt, `({})`)})
	var ce *Error
	if !errors.As(err, &ce) || ce.Name != "TypeError" {
		t.Errorf("Serialize with an object in transfer = %v, want a TypeError", err)
	}
}

// BenchmarkArray clones a 10,000-element array of small objects.
func BenchmarkArray(b *testing.B) {
	rt, r := realm(b)
	v := run(b, rt, `Array.from({ length: 10000 }, (_, i) => ({ id: i, name: "item" + i, ok: i % 2 === 0 }))`)
	b.ResetTimer()
	for range b.N {
		msg, err := r.Serialize(v, nil)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := r.Materialize(msg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkArrayHalves times the two halves of BenchmarkArray apart.
func BenchmarkArrayHalves(b *testing.B) {
	rt, r := realm(b)
	v := run(b, rt, `Array.from({ length: 10000 }, (_, i) => ({ id: i, name: "item" + i, ok: i % 2 === 0 }))`)
	b.Run("Serialize", func(b *testing.B) {
		for range b.N {
			if _, err := r.Serialize(v, nil); err != nil {
				b.Fatal(err)
			}
		}
	})
	msg, _ := r.Serialize(v, nil)
	b.Run("Materialize", func(b *testing.B) {
		for range b.N {
			if _, err := r.Materialize(msg); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkNewRealm is what every program start pays for structuredClone.
func BenchmarkNewRealm(b *testing.B) {
	rt := goja.New()
	for range b.N {
		if _, err := NewRealm(rt); err != nil {
			b.Fatal(err)
		}
	}
}

// sharedRealm is a Realm whose SharedArrayBuffers are ArrayBuffers over
// shmem blocks it records, as the runtime's are.
func sharedRealm(t testing.TB) (*goja.Runtime, *Realm) {
	rt, r := realm(t)
	blocks := map[*goja.Object]*shmem.Block{}
	r.SetShared(Shared{
		Block: func(o *goja.Object) *shmem.Block { return blocks[o] },
		Make: func(b *shmem.Block) *goja.Object {
			o := rt.ToValue(rt.NewArrayBuffer(b.Bytes())).(*goja.Object)
			blocks[o] = b
			return o
		},
	})
	_ = rt.Set("makeShared", func(n int) *goja.Object { return r.shared.Make(shmem.New(n)) })
	return rt, r
}

// TestShared clones a SharedArrayBuffer and a view over it into another
// runtime: the clone is over the same memory, never a copy.
func TestShared(t *testing.T) {
	rtA, a := sharedRealm(t)
	v := run(t, rtA, `
		globalThis.sab = makeShared(8);
		({ sab, view: new Int16Array(sab, 2, 2), again: sab })`)
	msg, err := a.Serialize(v, nil)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan string)
	go func() {
		rtB, b := sharedRealm(t)
		c, err := b.Materialize(msg)
		if err != nil {
			done <- err.Error()
			return
		}
		_ = rtB.Set("c", c)
		r, err := rtB.RunString(`c.view[1] = 0x0102; [c.view.buffer === c.sab, c.again === c.sab, c.sab.byteLength].join()`)
		if err != nil {
			done <- err.Error()
			return
		}
		done <- r.String()
	}()
	if got := <-done; got != "true,true,8" {
		t.Fatalf("materialized in another runtime: %s", got)
	}
	if got := run(t, rtA, `new Int16Array(sab).join()`).String(); got != "0,0,258,0" {
		t.Errorf("the other runtime's write is not seen: %s", got)
	}
	_, err = a.Serialize(goja.Undefined(), []goja.Value{rtA.Get("sab")})
	var ce *Error
	if !errors.As(err, &ce) || ce.Name != "TypeError" {
		t.Errorf("Serialize with a SharedArrayBuffer in transfer = %v, want a TypeError", err)
	}
}
