package fsimpl

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodebytes"
)

// normEncoding returns the canonical name of one of Node's encodings.
func normEncoding(s string) (string, bool) { return nodebytes.Norm(s) }

// decode turns file contents into what a read returns: a string in the
// encoding, or a Buffer for "".
func (f *FS) decode(b []byte, enc string) goja.Value { return nodebytes.Decode(f.vm, b, enc) }

// buffer returns b as a Buffer when the program has the Buffer global
// (node:buffer is linked), else as a Uint8Array; b is not copied.
func (f *FS) buffer(b []byte) goja.Value { return nodebytes.New(f.vm, b) }

// encode turns a string into the bytes a write writes, in the encoding
// (utf8 when "").
func encode(v goja.Value, enc string) []byte { return nodebytes.Encode(v, enc) }

// data converts what a write is given: a string (in enc) or the bytes of
// a Buffer, typed array or DataView.
func (f *FS) data(v goja.Value, enc string) []byte {
	if typeOf(v) == "string" {
		return encode(v, enc)
	}
	if b, ok := nodebytes.View(f.vm, v); ok {
		return b
	}
	f.invalidType("data", "of type string or an instance of Buffer, TypedArray, or DataView", v)
	return nil
}
