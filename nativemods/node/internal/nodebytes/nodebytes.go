// Package nodebytes converts between Go bytes and what Node's modules take
// and return: strings in Node's encodings, Buffers, typed arrays and
// DataViews. A module that returns bytes returns a Buffer when the program
// has the Buffer global (node:buffer is linked), else a Uint8Array.
package nodebytes

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// Norm returns the canonical name of one of Node's encodings, or false.
func Norm(s string) (string, bool) {
	switch strings.ToLower(s) {
	case "utf8", "utf-8":
		return "utf8", true
	case "latin1", "binary":
		return "latin1", true
	case "ascii":
		return "ascii", true
	case "base64":
		return "base64", true
	case "base64url":
		return "base64url", true
	case "hex":
		return "hex", true
	case "ucs2", "ucs-2", "utf16le", "utf-16le":
		return "utf16le", true
	}
	return "", false
}

// View returns the bytes a Buffer, typed array or DataView covers (not a
// copy), or false for anything else. A view of a detached buffer covers
// no bytes, as in Node.
func View(vm *jsrt.VM, v goja.Value) ([]byte, bool) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	isView, _ := goja.AssertFunction(vm.Runtime().Get("ArrayBuffer").(*goja.Object).Get("isView"))
	if r, err := isView(goja.Undefined(), obj); err != nil || !r.ToBoolean() {
		return nil, false
	}
	ab, ok := obj.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	all := ab.Bytes()
	off, n := obj.Get("byteOffset").ToInteger(), obj.Get("byteLength").ToInteger()
	if off < 0 || n < 0 || off+n > int64(len(all)) {
		return nil, false
	}
	return all[off : off+n : off+n], true
}

// ViewOrBuffer is View that also takes an ArrayBuffer.
func ViewOrBuffer(vm *jsrt.VM, v goja.Value) ([]byte, bool) {
	if obj, ok := v.(*goja.Object); ok {
		if ab, ok := obj.Export().(goja.ArrayBuffer); ok {
			return ab.Bytes(), true
		}
	}
	return View(vm, v)
}

// New returns b as a Buffer when the program has the Buffer global, else
// as a Uint8Array; b is not copied.
func New(vm *jsrt.VM, b []byte) goja.Value {
	rt := vm.Runtime()
	ab := rt.ToValue(rt.NewArrayBuffer(b))
	if bc, ok := rt.GlobalObject().Get("Buffer").(*goja.Object); ok {
		if from, ok := goja.AssertFunction(bc.Get("from")); ok {
			v, err := from(bc, ab)
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	u8, _ := goja.AssertConstructor(rt.Get("Uint8Array"))
	arr, err := u8(nil, ab)
	if err != nil {
		panic(err)
	}
	return arr
}

// Decode returns b as a string in the canonical encoding enc (see Norm),
// or as New's Buffer for "".
func Decode(vm *jsrt.VM, b []byte, enc string) goja.Value {
	rt := vm.Runtime()
	switch enc {
	case "":
		return New(vm, b)
	case "utf8":
		return rt.ToValue(validUTF8(b))
	case "hex":
		return rt.ToValue(hex.EncodeToString(b))
	case "base64":
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return rt.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	u := make([]uint16, 0, len(b))
	switch enc {
	case "latin1":
		for _, c := range b {
			u = append(u, uint16(c))
		}
	case "ascii":
		for _, c := range b {
			u = append(u, uint16(c&0x7f))
		}
	case "utf16le":
		for i := 0; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i])|uint16(b[i+1])<<8)
		}
	}
	return goja.StringFromUTF16(u)
}

// Encode returns the bytes of the string s in the canonical encoding enc
// (utf8 for "" or an unknown name), as Buffer.from(s, enc) does.
func Encode(s goja.Value, enc string) []byte {
	switch enc {
	case "", "utf8":
		return []byte(s.String())
	case "hex":
		str := s.String()
		out := make([]byte, 0, len(str)/2)
		for i := 0; i+1 < len(str); i += 2 {
			hi, ok1 := unhex(str[i])
			lo, ok2 := unhex(str[i+1])
			if !ok1 || !ok2 {
				break
			}
			out = append(out, hi<<4|lo)
		}
		return out
	case "base64", "base64url":
		return decodeBase64(s.String())
	}
	str, ok := s.ToString().(goja.String)
	if !ok {
		return []byte(s.String())
	}
	n := str.Length()
	if enc == "utf16le" {
		out := make([]byte, 0, 2*n)
		for i := range n {
			c := str.CharAt(i)
			out = append(out, byte(c), byte(c>>8))
		}
		return out
	}
	out := make([]byte, n) // latin1 and ascii: the low byte of each unit
	for i := range n {
		out[i] = byte(str.CharAt(i))
	}
	return out
}

// validUTF8 returns b as a string with each byte that is not part of a
// valid UTF-8 sequence replaced by U+FFFD, as Node's decoder does.
func validUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeBase64 decodes base64 or base64url leniently, as Buffer.from
// does: characters outside both alphabets are skipped, '=' ends the data.
func decodeBase64(s string) []byte {
	out := make([]byte, 0, len(s)*3/4)
	var acc uint32
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c >= 'A' && c <= 'Z':
			d = c - 'A'
		case c >= 'a' && c <= 'z':
			d = c - 'a' + 26
		case c >= '0' && c <= '9':
			d = c - '0' + 52
		case c == '+' || c == '-':
			d = 62
		case c == '/' || c == '_':
			d = 63
		case c == '=':
			i = len(s)
			continue
		default:
			continue
		}
		acc = acc<<6 | uint32(d)
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 2:
		out = append(out, byte(acc>>4))
	case 3:
		out = append(out, byte(acc>>10), byte(acc>>2))
	}
	return out
}
