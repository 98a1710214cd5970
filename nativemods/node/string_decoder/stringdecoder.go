// Package stringdecoder is Node's node:string_decoder module: the
// StringDecoder class, which turns a stream of bytes into strings in
// utf8, utf16le, base64, base64url, hex, latin1 or ascii, holding back
// the bytes of a character (or base64 group) split across writes. It is
// written in JS (string_decoder.js).
package stringdecoder

import (
	_ "embed"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:string_decoder", Load: load})
}

//go:embed string_decoder.js
var code string

var source = &jsmod.Source{Name: "node:string_decoder", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	return source.Export(vm, e, jsmod.Binding(vm))
}
