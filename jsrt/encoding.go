package jsrt

import (
	"encoding/base64"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// installEncoding defines TextEncoder and TextDecoder (UTF-8, as the
// Encoding Standard requires of TextEncoder and as almost every use of
// TextDecoder asks) and atob/btoa, which Bun, Deno and npm packages expect.
func (vm *VM) installEncoding() {
	rt := vm.rt
	g := rt.GlobalObject()
	// As in node: the classes are not enumerable, atob and btoa are.
	define := func(name string, v goja.Value) {
		vm.setLength(v, 1)
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	defineClass := func(name string, v goja.Value) {
		_ = g.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	enc := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		_ = call.This.DefineDataProperty("encoding", rt.ToValue("utf-8"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return nil
	}).(*goja.Object)
	encProto := enc.Get("prototype").(*goja.Object)
	_ = encProto.Set("encode", vm.Func("encode", func(call goja.FunctionCall) goja.Value {
		s := ""
		if v := Arg(call, 0); !goja.IsUndefined(v) {
			s = vm.ToString(v)
		}
		return vm.uint8Array([]byte(s))
	}))
	_ = encProto.Set("encodeInto", vm.Func("encodeInto", func(call goja.FunctionCall) goja.Value {
		s := vm.ToString(Arg(call, 0))
		dst := vm.Bytes(Arg(call, 1), "encodeInto")
		read, written := 0, 0
		for _, r := range s {
			// goja hands over lone surrogates as U+FFFD, three bytes.
			if written+utf8.RuneLen(r) > len(dst) {
				break
			}
			written += utf8.EncodeRune(dst[written:], r)
			read++
			if r > 0xFFFF {
				read++ // two UTF-16 code units
			}
		}
		res := rt.NewObject()
		_ = res.Set("read", read)
		_ = res.Set("written", written)
		return res
	}))
	defineClass("TextEncoder", enc)

	dec := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		label := "utf-8"
		if v := call.Argument(0); !goja.IsUndefined(v) {
			label = strings.ToLower(strings.TrimSpace(vm.ToString(v)))
		}
		if label != "utf-8" && label != "utf8" && label != "unicode-1-1-utf-8" {
			vm.Throw("RangeError", "TextDecoder: encoding %q is not supported (only utf-8)", label)
		}
		fatal := false
		if o, ok := call.Argument(1).(*goja.Object); ok {
			fatal = o.Get("fatal") != nil && o.Get("fatal").ToBoolean()
		}
		_ = call.This.DefineDataProperty("encoding", rt.ToValue("utf-8"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = call.This.DefineDataProperty("fatal", rt.ToValue(fatal), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return nil
	}).(*goja.Object)
	decProto := dec.Get("prototype").(*goja.Object)
	_ = decProto.Set("decode", vm.Func("decode", func(call goja.FunctionCall) goja.Value {
		v := Arg(call, 0)
		if goja.IsUndefined(v) {
			return rt.ToValue("")
		}
		b := vm.Bytes(v, "decode")
		if this, ok := call.This.(*goja.Object); ok && this.Get("fatal") != nil && this.Get("fatal").ToBoolean() && !utf8.Valid(b) {
			vm.Throw("TypeError", "TextDecoder: the data is not valid UTF-8")
		}
		b = trimBOM(b)
		return rt.ToValue(strings.ToValidUTF8(string(b), "\uFFFD"))
	}))
	defineClass("TextDecoder", dec)

	define("btoa", vm.Func("btoa", func(call goja.FunctionCall) goja.Value {
		s := vm.ToString(Arg(call, 0))
		b := make([]byte, 0, len(s))
		for _, r := range s {
			if r > 0xFF {
				vm.Throw("Error", "btoa: the string has characters outside Latin-1")
			}
			b = append(b, byte(r))
		}
		return rt.ToValue(base64.StdEncoding.EncodeToString(b))
	}))
	define("atob", vm.Func("atob", func(call goja.FunctionCall) goja.Value {
		s := strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' {
				return -1
			}
			return r
		}, vm.ToString(Arg(call, 0)))
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
		}
		if err != nil {
			vm.Throw("Error", "atob: the string is not valid base64")
		}
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return rt.ToValue(string(r))
	}))
}

// uint8Array returns a new Uint8Array holding b.
func (vm *VM) uint8Array(b []byte) goja.Value {
	ctor, _ := goja.AssertConstructor(vm.rt.Get("Uint8Array"))
	arr, err := ctor(nil, vm.rt.ToValue(vm.rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return arr
}

func trimBOM(b []byte) []byte {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		return b[3:]
	}
	return b
}
