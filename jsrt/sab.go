package jsrt

import (
	"math"
	"reflect"
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/inspect"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// goja has no SharedArrayBuffer. Ours is a goja ArrayBuffer over the
// memory of a shmem.Block, whose prototype is SharedArrayBuffer.prototype
// rather than ArrayBuffer.prototype: typed-array and DataView constructors
// take it as the ArrayBuffer it is inside goja, sharing its memory, while
// scripts see a SharedArrayBuffer (instanceof, its own methods, its
// toString tag). What makes an object a SharedArrayBuffer is the VM's
// record of the objects it made over blocks, not the prototype, which a
// script can change.

var typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})

// sharedBuffers is a VM's SharedArrayBuffer machinery.
type sharedBuffers struct {
	ctor, proto *goja.Object

	// blocks maps each SharedArrayBuffer object of the VM to its block.
	// The keys are weak so that an object the script drops is collected;
	// a cleanup deletes its entry, from the collector's goroutine.
	mu     sync.Mutex
	blocks map[weak.Pointer[goja.Object]]*shmem.Block
}

// sharedBlock returns the block behind v when v is a SharedArrayBuffer of
// this VM, else nil. Workers call it to post a SharedArrayBuffer.
func (vm *VM) sharedBlock(v goja.Value) *shmem.Block {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != typeArrayBuffer {
		return nil
	}
	s := &vm.shared
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.blocks == nil {
		return nil
	}
	return s.blocks[weak.Make(o)]
}

// newShared returns a new SharedArrayBuffer object of this VM over b,
// sharing its memory. Workers call it to receive a SharedArrayBuffer.
func (vm *VM) newShared(b *shmem.Block) *goja.Object {
	return vm.wrapShared(b, vm.sharedArrayBuffer().proto)
}

func (vm *VM) wrapShared(b *shmem.Block, proto *goja.Object) *goja.Object {
	o := vm.rt.ToValue(vm.rt.NewArrayBuffer(b.Bytes())).(*goja.Object)
	_ = o.SetPrototype(proto)
	s := &vm.shared
	k := weak.Make(o)
	s.mu.Lock()
	if s.blocks == nil {
		s.blocks = make(map[weak.Pointer[goja.Object]]*shmem.Block)
	}
	s.blocks[k] = b
	s.mu.Unlock()
	runtime.AddCleanup(o, s.forget, k)
	return o
}

func (s *sharedBuffers) forget(k weak.Pointer[goja.Object]) {
	s.mu.Lock()
	delete(s.blocks, k)
	s.mu.Unlock()
}

// sharedArrayBuffer returns the VM's SharedArrayBuffer machinery, making
// the constructor and prototype on first use.
func (vm *VM) sharedArrayBuffer() *sharedBuffers {
	if vm.shared.ctor == nil {
		vm.makeSharedArrayBuffer()
	}
	return &vm.shared
}

// sharedCtorScript makes the SharedArrayBuffer constructor around its Go
// half.
const sharedCtorScript = `(function (construct) {
	"use strict";
	return function SharedArrayBuffer(length) { return construct(new.target, length); };
})`

// makeSharedArrayBuffer makes SharedArrayBuffer as node 20 has it:
// fixed-length (growable false, grow throws), slice, byteLength and
// maxByteLength, Symbol.species and the toString tag.
func (vm *VM) makeSharedArrayBuffer() {
	rt := vm.rt
	s := &vm.shared
	// The constructor is a JS function, the one way to see new.target
	// through goja's API: a Go constructor cannot tell a call without new
	// from one with it. Its Go half makes the object.
	construct := func(call goja.FunctionCall) goja.Value {
		target, ok := Arg(call, 0).(*goja.Object)
		if !ok {
			vm.Throw("TypeError", "Constructor SharedArrayBuffer requires 'new'")
		}
		n := vm.bufferLength(Arg(call, 1))
		// The memory guard's check (see memory.go), done here.
		if vm.memory != nil && int64(n) > vm.memory.room() {
			vm.Throw("InternalError", "out of memory")
		}
		proto, ok := target.Get("prototype").(*goja.Object)
		if !ok {
			proto = s.proto
		}
		return vm.wrapShared(shmem.New(n), proto)
	}
	prg, err := sharedCtorProgram()
	if err != nil {
		panic(err) // the script is a constant
	}
	wrap, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	mk, _ := goja.AssertFunction(wrap)
	v, err := mk(goja.Undefined(), vm.Func("SharedArrayBuffer", construct))
	if err != nil {
		panic(err)
	}
	ctor := v.(*goja.Object)
	proto := ctor.Get("prototype").(*goja.Object)
	_ = ctor.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	s.ctor, s.proto = ctor, proto

	species := vm.Func("get [Symbol.species]", func(call goja.FunctionCall) goja.Value { return call.This })
	_ = ctor.DefineAccessorPropertySymbol(goja.SymSpecies, species, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)

	// this returns the block of a method's receiver, or throws node's
	// TypeError naming the method.
	this := func(call goja.FunctionCall, method string) *shmem.Block {
		if b := vm.sharedBlock(call.This); b != nil {
			return b
		}
		vm.Throw("TypeError", "Method %s called on incompatible receiver %s", method, describeValue(call.This))
		return nil
	}
	getter := func(name string, fn func(b *shmem.Block) goja.Value) {
		full := "get SharedArrayBuffer.prototype." + name
		g := vm.Func("get "+name, func(call goja.FunctionCall) goja.Value { return fn(this(call, full)) })
		_ = proto.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	method := func(name string, length int, fn func(call goja.FunctionCall) goja.Value) {
		f := vm.Func(name, fn)
		vm.setLength(f, length)
		_ = proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	getter("byteLength", func(b *shmem.Block) goja.Value { return rt.ToValue(b.Len()) })
	method("slice", 2, func(call goja.FunctionCall) goja.Value {
		return vm.sliceShared(call, this(call, "SharedArrayBuffer.prototype.slice"))
	})
	getter("maxByteLength", func(b *shmem.Block) goja.Value { return rt.ToValue(b.Len()) })
	getter("growable", func(*shmem.Block) goja.Value { return rt.ToValue(false) })
	method("grow", 1, func(call goja.FunctionCall) goja.Value {
		this(call, "SharedArrayBuffer.prototype.grow")
		// Only a growable buffer may grow, and none is.
		vm.Throw("TypeError", "Method SharedArrayBuffer.prototype.grow called on incompatible receiver %s", describeValue(call.This))
		return nil
	})
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("SharedArrayBuffer"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// bufferLength is ToIndex for a buffer's length, with node's RangeErrors.
func (vm *VM) bufferLength(v goja.Value) int {
	f := vm.toIntegerOrInfinity(v)
	if f < 0 || f > shmem.MaxLen {
		vm.Throw("RangeError", "Invalid array buffer length")
	}
	if f > math.MaxInt32 {
		vm.Throw("RangeError", "Array buffer allocation failed")
	}
	return int(f)
}

// sliceShared is SharedArrayBuffer.prototype.slice: a copy of [start, end)
// in a new SharedArrayBuffer made by the receiver's species constructor.
func (vm *VM) sliceShared(call goja.FunctionCall, b *shmem.Block) goja.Value {
	n := float64(b.Len())
	rel := func(v goja.Value, def float64) int {
		if goja.IsUndefined(v) {
			return int(def)
		}
		f := vm.toIntegerOrInfinity(v)
		if f < 0 {
			return int(max(n+f, 0))
		}
		return int(min(f, n))
	}
	first := rel(call.Argument(0), 0)
	final := rel(call.Argument(1), n)
	size := max(final-first, 0)

	var out *goja.Object
	if c := vm.speciesConstructor(call.This.(*goja.Object)); c != nil {
		o, err := vm.rt.New(c, vm.rt.ToValue(size))
		if err != nil {
			panic(err)
		}
		nb := vm.sharedBlock(o)
		switch {
		case nb == nil:
			vm.Throw("TypeError", "Method SharedArrayBuffer.prototype.slice called on incompatible receiver %s", describeValue(o))
		case nb == b:
			vm.Throw("TypeError", "SharedArrayBuffer subclass returned this from species constructor")
		case nb.Len() < size:
			vm.Throw("TypeError", "Species constructor returned a buffer too small")
		}
		copy(nb.Bytes(), b.Bytes()[first:first+size])
		return o
	}
	nb := shmem.New(size)
	copy(nb.Bytes(), b.Bytes()[first:first+size])
	out = vm.newShared(nb)
	return out
}

// speciesConstructor returns o's species constructor when it is not the
// built-in SharedArrayBuffer, else nil.
func (vm *VM) speciesConstructor(o *goja.Object) *goja.Object {
	c := o.Get("constructor")
	if c == nil || goja.IsUndefined(c) {
		return nil
	}
	co, ok := c.(*goja.Object)
	if !ok {
		vm.Throw("TypeError", "object.constructor is not an object")
	}
	sp := co.GetSymbol(goja.SymSpecies)
	if sp == nil || goja.IsUndefined(sp) || goja.IsNull(sp) {
		return nil
	}
	spo, ok := sp.(*goja.Object)
	if _, isCtor := goja.AssertConstructor(sp); !ok || !isCtor {
		vm.Throw("TypeError", "object.constructor[Symbol.species] is not a constructor")
	}
	if spo == vm.sharedArrayBuffer().ctor {
		return nil
	}
	return spo
}

// toIntegerOrInfinity is the spec's ToIntegerOrInfinity: ToNumber (which
// may run the script's valueOf, and throws for a Symbol or BigInt), then
// truncation, NaN as 0.
func (vm *VM) toIntegerOrInfinity(v goja.Value) float64 {
	f := vm.toNumber(v)
	if math.IsNaN(f) {
		return 0
	}
	return math.Trunc(f) + 0 // + 0 turns -0 into 0
}

// toNumber is the spec's ToNumber, with V8's TypeError for a BigInt, which
// goja would convert.
func (vm *VM) toNumber(v goja.Value) float64 {
	switch v.ExportType() {
	case typeInt64:
		return float64(v.ToInteger())
	case typeBigInt:
		vm.Throw("TypeError", "Cannot convert a BigInt value to a number")
	}
	return v.ToFloat()
}

// describeValue names v as V8's messages do: "#<Ctor>" for an object, the
// value itself for a primitive.
func describeValue(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		name := "Object"
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n, ok := c.Get("name").(goja.String); ok && n.String() != "" {
				name = n.String()
			}
		}
		return "#<" + name + ">"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "Symbol()"
	}
	return v.String()
}

// sharedCtorProgram is sharedCtorScript compiled, once per process.
var sharedCtorProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile(inspect.GlueFile, sharedCtorScript, true)
})
