package fsimpl

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// normEncoding returns the canonical name of one of Node's encodings.
func normEncoding(s string) (string, bool) {
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

// decode turns file contents into what a read returns: a string in the
// encoding, or a Buffer for "".
func (f *FS) decode(b []byte, enc string) goja.Value {
	switch enc {
	case "":
		return f.buffer(b)
	case "utf8":
		return f.rt.ToValue(string(b))
	case "hex":
		return f.rt.ToValue(hex.EncodeToString(b))
	case "base64":
		return f.rt.ToValue(base64.StdEncoding.EncodeToString(b))
	case "base64url":
		return f.rt.ToValue(base64.RawURLEncoding.EncodeToString(b))
	}
	u := make([]uint16, 0, len(b))
	switch enc {
	case "latin1":
		if isASCII(b) {
			return f.rt.ToValue(string(b))
		}
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

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// buffer returns b as a Buffer when the program has the Buffer global
// (node:buffer is linked), else as a Uint8Array; b is not copied.
func (f *FS) buffer(b []byte) goja.Value {
	ab := f.rt.ToValue(f.rt.NewArrayBuffer(b))
	if bc, ok := f.rt.GlobalObject().Get("Buffer").(*goja.Object); ok {
		if from, ok := goja.AssertFunction(bc.Get("from")); ok {
			v, err := from(bc, ab)
			if err != nil {
				panic(err)
			}
			return v
		}
	}
	arr, err := f.u8(nil, ab)
	if err != nil {
		panic(err)
	}
	return arr
}

// encode turns a string into the bytes a write writes, in the encoding
// (utf8 when "").
func encode(v goja.Value, enc string) []byte {
	switch enc {
	case "", "utf8":
		return []byte(v.String())
	case "hex":
		s := v.String()
		out := make([]byte, 0, len(s)/2)
		for i := 0; i+1 < len(s); i += 2 {
			hi, ok1 := unhex(s[i])
			lo, ok2 := unhex(s[i+1])
			if !ok1 || !ok2 {
				break
			}
			out = append(out, hi<<4|lo)
		}
		return out
	case "base64", "base64url":
		return decodeBase64(v.String())
	}
	s, ok := v.ToString().(goja.String)
	if !ok {
		return []byte(v.String())
	}
	n := s.Length()
	if enc == "utf16le" {
		out := make([]byte, 0, 2*n)
		for i := range n {
			c := s.CharAt(i)
			out = append(out, byte(c), byte(c>>8))
		}
		return out
	}
	out := make([]byte, n) // latin1 and ascii: the low byte of each unit
	for i := range n {
		out[i] = byte(s.CharAt(i))
	}
	return out
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

// data converts what a write is given: a string (in enc) or the bytes of
// a Buffer, typed array or DataView.
func (f *FS) data(v goja.Value, enc string) []byte {
	if typeOf(v) == "string" {
		return encode(v, enc)
	}
	if b, ok := f.view(v); ok {
		return b
	}
	f.invalidType("data", "of type string or an instance of Buffer, TypedArray, or DataView", v)
	return nil
}
