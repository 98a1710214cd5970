package jsrt

import (
	"encoding/hex"

	"github.com/dop251/goja"
)

// installCrypto defines the part of the Web Crypto API that Bun, Deno and
// npm packages (uuid, nanoid) expect of every runtime:
// crypto.getRandomValues and crypto.randomUUID, from the system's random
// source. (crypto/rand would add 160 KB to every binary.)
func (vm *VM) installCrypto() {
	rt := vm.rt
	c := rt.NewObject()
	_ = c.Set("getRandomValues", vm.Func("getRandomValues", func(call goja.FunctionCall) goja.Value {
		v := Arg(call, 0)
		switch v.Export().(type) {
		case []int8, []uint8, []int16, []uint16, []int32, []uint32, []int64, []uint64:
		default:
			vm.Throw("TypeError", "getRandomValues: not an integer typed array")
		}
		b := vm.Bytes(v, "getRandomValues")
		if len(b) > 65536 {
			vm.Throw("RangeError", "getRandomValues: %d bytes asked, 65536 at most", len(b))
		}
		if err := fillRandom(b); err != nil {
			vm.Throw("Error", "getRandomValues: %v", err)
		}
		return v
	}))
	_ = c.Set("randomUUID", vm.Func("randomUUID", func(goja.FunctionCall) goja.Value {
		var u [16]byte
		if err := fillRandom(u[:]); err != nil {
			vm.Throw("Error", "randomUUID: %v", err)
		}
		u[6] = u[6]&0x0f | 0x40 // version 4
		u[8] = u[8]&0x3f | 0x80 // RFC 9562 variant
		var s [36]byte
		hex.Encode(s[0:8], u[0:4])
		s[8] = '-'
		hex.Encode(s[9:13], u[4:6])
		s[13] = '-'
		hex.Encode(s[14:18], u[6:8])
		s[18] = '-'
		hex.Encode(s[19:23], u[8:10])
		s[23] = '-'
		hex.Encode(s[24:36], u[10:16])
		return rt.ToValue(string(s[:]))
	}))
	_ = rt.GlobalObject().DefineDataProperty("crypto", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
