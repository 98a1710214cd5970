// Package querystring is Node's node:querystring module: parse (decode),
// stringify (encode), escape and unescape, in JS (querystring.js).
package querystring

import (
	_ "embed"
	"strings"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:querystring", Load: load})
}

//go:embed querystring.js
var code string

var source = &jsmod.Source{Name: "node:querystring", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	b := jsmod.Binding(vm)
	_ = b.Set("unescapeBuffer", unescapeBytes)
	return source.Export(vm, e, b)
}

// unescapeBytes decodes the %XX escapes of s that are well formed and
// keeps the rest, reading the bytes as UTF-8 (bad sequences become
// U+FFFD): what decodeURIComponent refuses, node's unescape still reads.
func unescapeBytes(s string) string {
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}
