// Package stream is Node's node:stream module: Readable (push, read,
// 'data'/'readable'/'end' events, pause/resume, pipe, setEncoding, async
// iteration, Readable.from), Writable (write, end, cork, _write/_writev/
// _final, 'drain'/'finish'), Duplex, Transform (_transform/_flush),
// PassThrough, pipeline and finished (callback and promise forms), in
// object mode too. It is written in JS (stream.js) over node:events,
// node:buffer, node:string_decoder and process.nextTick, which it loads
// at run time.
//
// highWaterMark bounds the buffers as in Node (16 KiB, or 16 objects by
// default): write returns false and 'drain' follows once the writable
// side's buffer has gone past it, and a Readable stops calling _read
// while its buffer holds that much. What is simpler than Node: buffered
// writes go one at a time to _write (to _writev in batches when it is
// defined), and a stream has no construct hook, AbortSignal option,
// compose, or the iterator helpers (map, filter, toArray...).
package stream

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:stream", Load: load})
}

//go:embed stream.js
var code string

var source = &jsmod.Source{Name: "node:stream", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	b := jsmod.Binding(vm)
	// The modules the JS half builds on: the compiler links them with
	// node:stream (its platformRequires).
	for _, dep := range []struct{ module, export, as string }{
		{"node:events", "", "EventEmitter"},
		{"node:buffer", "Buffer", "Buffer"},
		{"node:string_decoder", "StringDecoder", "StringDecoder"},
		{"node:process", "nextTick", "nextTick"},
	} {
		m, err := vm.Require(dep.module)
		if err != nil {
			return err
		}
		v := goja.Value(m)
		if dep.export != "" {
			v = m.Get(dep.export)
		}
		_ = b.Set(dep.as, v)
	}
	_ = b.Set("invalidValue", func(name string, v goja.Value) goja.Value {
		return nodeerr.New(vm, "TypeError", "ERR_INVALID_ARG_VALUE", "The property '%s' is invalid. Received %s", name, v.String())
	})
	return source.Export(vm, e, b)
}
