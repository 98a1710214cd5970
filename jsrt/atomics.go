package jsrt

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/esnext"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// elemKind is what Atomics needs of a typed array's element type.
type elemKind struct {
	name   string
	size   int
	signed bool
	big    bool // BigInt64Array, BigUint64Array: values are BigInts
}

var (
	kindInt8      = &elemKind{"Int8Array", 1, true, false}
	kindUint8     = &elemKind{"Uint8Array", 1, false, false}
	kindInt16     = &elemKind{"Int16Array", 2, true, false}
	kindUint16    = &elemKind{"Uint16Array", 2, false, false}
	kindInt32     = &elemKind{"Int32Array", 4, true, false}
	kindUint32    = &elemKind{"Uint32Array", 4, false, false}
	kindBigInt64  = &elemKind{"BigInt64Array", 8, true, true}
	kindBigUint64 = &elemKind{"BigUint64Array", 8, false, true}

	// elemKinds maps the Go type goja exports a typed array as to its
	// element kind. Uint8Array and Uint8ClampedArray both export []byte.
	elemKinds = map[reflect.Type]*elemKind{
		reflect.TypeOf([]int8(nil)):   kindInt8,
		reflect.TypeOf([]byte(nil)):   kindUint8,
		reflect.TypeOf([]int16(nil)):  kindInt16,
		reflect.TypeOf([]uint16(nil)): kindUint16,
		reflect.TypeOf([]int32(nil)):  kindInt32,
		reflect.TypeOf([]uint32(nil)): kindUint32,
		reflect.TypeOf([]int64(nil)):  kindBigInt64,
		reflect.TypeOf([]uint64(nil)): kindBigUint64,
	}
)

// atomicView is a validated integer typed array: where its elements are.
type atomicView struct {
	kind   *elemKind
	block  *shmem.Block // nil: the array is over an ArrayBuffer
	buf    goja.ArrayBuffer
	off    int // byte offset of element 0 in the buffer
	length int
}

// atomics is a VM's Atomics state: the built-in getters it reads typed
// arrays through, and the last
// SharedArrayBuffer-backed array it validated. That array's buffer, offset
// and length can never change (a SharedArrayBuffer is never detached), so
// a loop over one array validates it once.
type atomics struct {
	// Taken before any script runs: Atomics is made on first use.
	typedArray, gopd *goja.Object
	bigInt           goja.Callable

	taBuffer, taOffset, taLength, taTag goja.Callable

	last     *goja.Object
	lastView atomicView
}

// installLazyGlobals defines SharedArrayBuffer and Atomics, to be made on
// first use, keeping the built-ins they need before any script runs.
// Making them costs about 4% of an empty program's start-up, which most
// programs would pay for nothing.
func (vm *VM) installLazyGlobals() {
	rt := vm.rt
	a := &vm.atomics
	a.typedArray, _ = rt.Get("Uint8Array").(*goja.Object)
	a.gopd, _ = rt.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor").(*goja.Object)
	a.bigInt, _ = goja.AssertFunction(rt.Get("BigInt"))
	g := rt.GlobalObject()
	esnext.LazyGlobal(rt, g, "SharedArrayBuffer", func() *goja.Object { return vm.sharedArrayBuffer().ctor })
	esnext.LazyGlobal(rt, g, "Atomics", vm.makeAtomics)
}

// makeAtomics makes the Atomics namespace with node 20's functions,
// lengths and errors. Atomics.wait may block the main thread, as in node.
func (vm *VM) makeAtomics() *goja.Object {
	rt := vm.rt
	a := &vm.atomics
	gopd, _ := goja.AssertFunction(a.gopd)
	getter := func(o *goja.Object, key goja.Value) goja.Callable {
		d, err := gopd(goja.Undefined(), o, key)
		if err != nil {
			return nil
		}
		f, _ := goja.AssertFunction(d.(*goja.Object).Get("get"))
		return f
	}
	ta := a.typedArray.Get("prototype").(*goja.Object).Prototype()
	a.taBuffer = getter(ta, rt.ToValue("buffer"))
	a.taOffset = getter(ta, rt.ToValue("byteOffset"))
	a.taLength = getter(ta, rt.ToValue("length"))
	a.taTag = getter(ta, goja.SymToStringTag)

	obj := rt.NewObject()
	set := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := vm.Func(name, fn)
		vm.setLength(f, length)
		_ = obj.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	rmw := func(name string, op shmem.Op) {
		set(name, 3, func(call goja.FunctionCall) goja.Value { return vm.atomicRMW(call, op) })
	}
	set("load", 2, vm.atomicLoad)
	set("store", 3, vm.atomicStore)
	rmw("add", shmem.Add)
	rmw("sub", shmem.Sub)
	rmw("and", shmem.And)
	rmw("or", shmem.Or)
	rmw("xor", shmem.Xor)
	rmw("exchange", shmem.Exchange)
	set("compareExchange", 4, vm.atomicCompareExchange)
	set("isLockFree", 1, func(call goja.FunctionCall) goja.Value {
		switch vm.toIntegerOrInfinity(Arg(call, 0)) {
		case 1, 2, 4, 8:
			return rt.ToValue(true)
		}
		return rt.ToValue(false)
	})
	set("wait", 4, vm.atomicWait)
	set("waitAsync", 4, vm.atomicWaitAsync)
	set("notify", 3, vm.atomicNotify)
	_ = obj.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("Atomics"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return obj
}

// typedArray validates v as an integer typed array (waitable: an
// Int32Array or BigInt64Array) and returns where its elements are.
func (vm *VM) typedArray(v goja.Value, waitable bool) atomicView {
	a := &vm.atomics
	o, ok := v.(*goja.Object)
	if !ok {
		vm.Throw("TypeError", "%s is not an integer typed array.", describeValue(v))
	}
	var view atomicView
	if o == a.last {
		view = a.lastView
	} else {
		kind := elemKinds[o.ExportType()]
		bufv, err := a.taBuffer(o) // throws for anything but a typed array
		if err != nil || kind == nil {
			vm.Throw("TypeError", "%s is not an integer typed array.", vm.describeArray(o))
		}
		if kind == kindUint8 && vm.tag(o) == "Uint8ClampedArray" {
			vm.Throw("TypeError", "[object Uint8ClampedArray] is not an integer typed array.")
		}
		view.kind = kind
		buf := bufv.(*goja.Object)
		view.block = vm.sharedBlock(buf)
		if view.block == nil {
			view.buf = buf.Export().(goja.ArrayBuffer)
		}
		off, _ := a.taOffset(o)
		n, _ := a.taLength(o)
		view.off, view.length = int(off.ToInteger()), int(n.ToInteger())
		if view.block != nil {
			a.last, a.lastView = o, view
		}
	}
	if waitable && view.kind != kindInt32 && view.kind != kindBigInt64 {
		vm.Throw("TypeError", "[object %s] is not an int32 or BigInt64 typed array.", view.kind.name)
	}
	return view
}

// tag is a typed array's Symbol.toStringTag.
func (vm *VM) tag(o *goja.Object) string {
	t, err := vm.atomics.taTag(o)
	if err != nil || goja.IsUndefined(t) {
		return ""
	}
	return t.String()
}

// describeArray names o in "is not an integer typed array" as V8 does.
func (vm *VM) describeArray(o *goja.Object) string {
	if t := vm.tag(o); t != "" {
		return "[object " + t + "]"
	}
	if o.ClassName() == "Array" {
		return "[object Array]"
	}
	return describeValue(o)
}

// index is ValidateAtomicAccess: the byte offset in the buffer of element
// idx of view, or a RangeError.
func (vm *VM) index(view *atomicView, idx goja.Value) int {
	var i float64
	if idx.ExportType() == typeInt64 {
		i = float64(idx.ToInteger())
	} else {
		i = vm.toIntegerOrInfinity(idx)
	}
	if i < 0 || i >= float64(view.length) {
		vm.Throw("RangeError", "Invalid atomic access index")
	}
	return view.off + int(i)*view.kind.size
}

// operand converts v to the raw bits of an element of kind, and returns
// the value Atomics.store gives back: the BigInt, or the number truncated
// to an integer.
func (vm *VM) operand(kind *elemKind, v goja.Value) (uint64, goja.Value) {
	if v == nil {
		v = goja.Undefined()
	}
	if kind.big {
		b := vm.toBigInt(v)
		if b.IsInt64() {
			return uint64(b.Int64()), vm.rt.ToValue(b)
		}
		return new(big.Int).And(b, bigMask64).Uint64(), vm.rt.ToValue(b)
	}
	if v.ExportType() == typeInt64 {
		n := v.ToInteger()
		return uint64(n), v
	}
	f := vm.toIntegerOrInfinity(v)
	var raw uint64
	switch {
	case math.IsInf(f, 0):
		raw = 0
	case math.Abs(f) < 1<<63:
		raw = uint64(int64(f))
	default:
		m := math.Mod(f, 1<<64)
		if m < 0 {
			m += 1 << 64
		}
		raw = uint64(m)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return raw, vm.rt.ToValue(int64(f))
	}
	return raw, vm.rt.ToValue(f)
}

var bigMask64 = new(big.Int).SetUint64(math.MaxUint64)

// toBigInt is the spec's ToBigInt, with V8's messages.
func (vm *VM) toBigInt(v goja.Value) *big.Int {
	switch v.ExportType() {
	case typeBigInt:
		return v.Export().(*big.Int)
	case typeInt64, typeFloat64:
		vm.Throw("TypeError", "Cannot convert %s to a BigInt", v.String())
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		vm.Throw("TypeError", "Cannot convert %s to a BigInt", v.String())
	}
	if _, ok := v.(*goja.Symbol); ok {
		vm.Throw("TypeError", "Cannot convert a Symbol value to a BigInt")
	}
	// Booleans, strings and objects: what BigInt() does with them.
	r, err := vm.atomics.bigInt(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	return r.Export().(*big.Int)
}

// result turns raw element bits into the JS value Atomics returns.
func (vm *VM) result(kind *elemKind, raw uint64) goja.Value {
	switch {
	case kind.big && kind.signed:
		return vm.rt.ToValue(big.NewInt(int64(raw)))
	case kind.big:
		return vm.rt.ToValue(new(big.Int).SetUint64(raw))
	case kind.signed:
		return vm.rt.ToValue(shmem.SignExtend(raw, kind.size))
	}
	return vm.rt.ToValue(int64(raw))
}

// plainElem returns the bytes of an element of an ArrayBuffer-backed view's buffer, checked
// again after the conversions that may have run script code.
func (vm *VM) plainElem(view *atomicView, off int) []byte {
	if view.buf.Detached() {
		vm.Throw("TypeError", "Cannot perform Atomics operation on a detached ArrayBuffer")
	}
	b := view.buf.Bytes()
	if off+view.kind.size > len(b) {
		vm.Throw("RangeError", "Invalid atomic access index")
	}
	return b[off : off+view.kind.size]
}

// An ArrayBuffer belongs to one VM, so its elements need no atomicity:
// they are read and written in the machine's byte order, as typed arrays
// are.

func loadPlain(b []byte) uint64 {
	switch len(b) {
	case 1:
		return uint64(b[0])
	case 2:
		return uint64(binary.NativeEndian.Uint16(b))
	case 4:
		return uint64(binary.NativeEndian.Uint32(b))
	}
	return binary.NativeEndian.Uint64(b)
}

func storePlain(b []byte, v uint64) {
	switch len(b) {
	case 1:
		b[0] = byte(v)
	case 2:
		binary.NativeEndian.PutUint16(b, uint16(v))
	case 4:
		binary.NativeEndian.PutUint32(b, uint32(v))
	default:
		binary.NativeEndian.PutUint64(b, v)
	}
}

func elemMask(size int) uint64 {
	if size == 8 {
		return math.MaxUint64
	}
	return 1<<(8*size) - 1
}

func (vm *VM) atomicLoad(call goja.FunctionCall) goja.Value {
	view := vm.typedArray(Arg(call, 0), false)
	off := vm.index(&view, Arg(call, 1))
	if view.block != nil {
		return vm.result(view.kind, view.block.Load(off, view.kind.size))
	}
	return vm.result(view.kind, loadPlain(vm.plainElem(&view, off)))
}

func (vm *VM) atomicStore(call goja.FunctionCall) goja.Value {
	view := vm.typedArray(Arg(call, 0), false)
	off := vm.index(&view, Arg(call, 1))
	raw, v := vm.operand(view.kind, Arg(call, 2))
	if view.block != nil {
		view.block.Store(off, view.kind.size, raw)
	} else {
		storePlain(vm.plainElem(&view, off), raw)
	}
	return v
}

func (vm *VM) atomicRMW(call goja.FunctionCall, op shmem.Op) goja.Value {
	view := vm.typedArray(Arg(call, 0), false)
	off := vm.index(&view, Arg(call, 1))
	raw, _ := vm.operand(view.kind, Arg(call, 2))
	size := view.kind.size
	if view.block != nil {
		return vm.result(view.kind, view.block.RMW(op, off, size, raw))
	}
	m := vm.plainElem(&view, off)
	old := loadPlain(m)
	storePlain(m, shmem.Apply(op, old, raw, size))
	return vm.result(view.kind, old)
}

func (vm *VM) atomicCompareExchange(call goja.FunctionCall) goja.Value {
	view := vm.typedArray(Arg(call, 0), false)
	off := vm.index(&view, Arg(call, 1))
	expected, _ := vm.operand(view.kind, Arg(call, 2))
	replacement, _ := vm.operand(view.kind, Arg(call, 3))
	size := view.kind.size
	if view.block != nil {
		return vm.result(view.kind, view.block.CompareExchange(off, size, expected, replacement))
	}
	m := vm.plainElem(&view, off)
	old := loadPlain(m)
	if old == expected&elemMask(size) {
		storePlain(m, replacement)
	}
	return vm.result(view.kind, old)
}

// waitArgs validates the arguments of wait and waitAsync: a shared Int32
// or BigInt64 array, the index, the expected value and the timeout
// (negative: none).
func (vm *VM) waitArgs(call goja.FunctionCall) (view atomicView, off int, expect uint64, timeout time.Duration) {
	view = vm.typedArray(Arg(call, 0), true)
	if view.block == nil {
		vm.Throw("TypeError", "[object %s] is not a shared typed array.", view.kind.name)
	}
	off = vm.index(&view, Arg(call, 1))
	expect, _ = vm.operand(view.kind, Arg(call, 2))
	ms := vm.toNumber(Arg(call, 3))
	switch {
	case math.IsNaN(ms) || ms >= float64(math.MaxInt64/int64(time.Millisecond)):
		timeout = shmem.Forever
	case ms <= 0:
		timeout = 0
	default:
		timeout = time.Duration(ms * float64(time.Millisecond))
	}
	return view, off, expect, timeout
}

// atomicWait blocks the loop goroutine: nothing else of this VM runs until
// it returns. Ending the run from outside (a signal, a cancelled context)
// ends the wait.
func (vm *VM) atomicWait(call goja.FunctionCall) goja.Value {
	view, off, expect, timeout := vm.waitArgs(call)
	r := view.block.Wait(off, view.kind.size, expect, timeout, vm.waitStop)
	return vm.rt.ToValue(r.String())
}

// atomicWaitAsync returns {async, value}: the result at once, or a promise
// settled on the loop when the wait ends. A wait with a timeout keeps the
// loop alive until it ends, as a timer would; one without does not (as in
// node), so a program nobody notifies can still end.
func (vm *VM) atomicWaitAsync(call goja.FunctionCall) goja.Value {
	view, off, expect, timeout := vm.waitArgs(call)
	rt := vm.rt
	res := rt.NewObject()
	var done func(shmem.WaitResult)
	var cancel func()
	var promise goja.Value
	if timeout >= 0 {
		p, settle := vm.Promise()
		promise = p
		done = func(r shmem.WaitResult) {
			settle(func() (goja.Value, error) { return rt.ToValue(r.String()), nil })
		}
		// When the wait is not queued, the hold is released by settling
		// an unused promise.
		cancel = func() { done(shmem.TimedOut) }
	} else {
		p, resolve, _ := rt.NewPromise()
		promise = rt.ToValue(p)
		loop := vm.loop
		done = func(r shmem.WaitResult) {
			loop.Post(func() { _ = resolve(rt.ToValue(r.String())) })
		}
		cancel = func() {}
	}
	r, queued := view.block.WaitAsync(off, view.kind.size, expect, timeout, done)
	if !queued {
		cancel()
		_ = res.Set("async", false)
		_ = res.Set("value", r.String())
		return res
	}
	_ = res.Set("async", true)
	_ = res.Set("value", promise)
	return res
}

func (vm *VM) atomicNotify(call goja.FunctionCall) goja.Value {
	view := vm.typedArray(Arg(call, 0), true)
	off := vm.index(&view, Arg(call, 1))
	count := -1
	if c := Arg(call, 2); !goja.IsUndefined(c) {
		f := vm.toIntegerOrInfinity(c)
		switch {
		case f <= 0:
			count = 0
		case f < math.MaxInt32:
			count = int(f)
		}
	}
	if view.block == nil {
		return vm.rt.ToValue(0) // nobody can wait on memory that is not shared
	}
	return vm.rt.ToValue(view.block.Notify(off, count))
}
