// Package buffer is Node's node:buffer module and the Buffer global: the
// Buffer class of github.com/dop251/goja_nodejs (from, alloc, concat,
// toString and write in Node's encodings, the read and write methods of
// numbers), completed in buffer.js with what it lacks (isBuffer,
// byteLength, compare, copy, indexOf, includes, fill, subarray and slice
// returning Buffers, toJSON).
package buffer

import (
	_ "embed"

	"github.com/dop251/goja"
	nodebuffer "github.com/dop251/goja_nodejs/buffer"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:buffer", Load: load})
}

//go:embed buffer.js
var code string

var source = &jsmod.Source{Name: "node:buffer", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	module := rt.NewObject()
	_ = module.Set("exports", rt.NewObject())
	nodebuffer.Require(rt, module)
	ctor := module.Get("exports").(*goja.Object).Get("Buffer")
	// goja_nodejs finds the class through the global Buffer.
	_ = rt.GlobalObject().DefineDataProperty("Buffer", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	binding := rt.NewObject()
	_ = binding.Set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	_ = binding.Set("outOfRange", func(name, rng string, v goja.Value) {
		nodeerr.OutOfRange(vm, name, rng, v)
	})
	exports, err := source.Call(vm, ctor, binding)
	if err != nil {
		return err
	}
	obj := exports.(*goja.Object)
	for _, k := range obj.Keys() {
		e.Set(k, obj.Get(k))
	}
	return nil
}
