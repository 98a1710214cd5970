// Package stringdecoder is Node's node:string_decoder module: the
// StringDecoder class, which turns a stream of bytes into strings in
// utf8, utf16le, base64, base64url, hex, latin1 or ascii, holding back
// the bytes of a character (or base64 group) split across writes. It is
// written in JS (string_decoder.js).
package stringdecoder

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:string_decoder", Load: load})
}

//go:embed string_decoder.js
var code string

var source = &jsmod.Source{Name: "node:string_decoder", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	b := rt.NewObject()
	_ = b.Set("err", func(ctor, code, msg string) goja.Value {
		return nodeerr.New(vm, ctor, code, "%s", msg)
	})
	_ = b.Set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	exports, err := source.Call(vm, b)
	if err != nil {
		return err
	}
	e.Replace(exports.(*goja.Object))
	return nil
}
