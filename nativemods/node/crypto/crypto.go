// Package crypto is Node's node:crypto module: hashes (createHash for
// md5, sha1 and the SHA-2 family, with update, digest and copy; the
// one-shot hash), createHmac, randomBytes, randomInt, randomUUID,
// getRandomValues, timingSafeEqual, getHashes and webcrypto with
// subtle.digest. The classes and argument checks are in crypto.js; the
// hashing and random bytes are Go's.
package crypto

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/subtle"
	_ "embed"
	"encoding"
	"encoding/binary"
	"hash"
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodebytes"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:crypto", Load: load})
}

//go:embed crypto.js
var code string

var source = &jsmod.Source{Name: "node:crypto", Code: code}

// algorithms are the digests createHash and createHmac know, by the
// lower-case names Node (OpenSSL) gives them.
var algorithms = map[string]func() hash.Hash{
	"md5":        md5.New,
	"sha1":       sha1.New,
	"sha224":     sha256.New224,
	"sha256":     sha256.New,
	"sha384":     sha512.New384,
	"sha512":     sha512.New,
	"sha512-224": sha512.New512_224,
	"sha512-256": sha512.New512_256,
}

// newAlgorithm returns the digest named name (in any case, with or
// without OpenSSL's "RSA-" prefix), or nil.
func newAlgorithm(name string) func() hash.Hash {
	name = strings.ToLower(name)
	if f := algorithms[name]; f != nil {
		return f
	}
	return algorithms[strings.TrimPrefix(name, "rsa-")]
}

// state is one Hash or Hmac object's running digest.
type state struct {
	h   hash.Hash
	alg string
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	b := rt.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }
	set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	set("error", func(ctor, code, msg string) goja.Value {
		if code == "" {
			return vm.NewError(ctor, "%s", msg)
		}
		return nodeerr.New(vm, ctor, code, "%s", msg)
	})
	set("received", func(v goja.Value) string { return nodeerr.Received(vm, v) })
	set("isBytes", func(v goja.Value) bool {
		_, ok := nodebytes.ViewOrBuffer(vm, v)
		return ok
	})
	set("newHash", func(alg string) goja.Value {
		f := newAlgorithm(alg)
		if f == nil {
			return goja.Null()
		}
		return rt.ToValue(&state{h: f(), alg: alg})
	})
	set("newHmac", func(alg string, key goja.Value, enc string) goja.Value {
		f := newAlgorithm(alg)
		if f == nil {
			return goja.Null()
		}
		return rt.ToValue(&state{h: hmac.New(f, input(vm, key, enc)), alg: alg})
	})
	set("update", func(s *state, data goja.Value, enc string) {
		s.h.Write(input(vm, data, enc))
	})
	set("digest", func(s *state, enc string) goja.Value {
		return output(vm, s.h.Sum(nil), enc)
	})
	set("empty", func(enc string) goja.Value { return output(vm, nil, enc) })
	set("copy", func(s *state) goja.Value {
		c := newAlgorithm(s.alg)()
		st, err := s.h.(encoding.BinaryMarshaler).MarshalBinary()
		if err == nil {
			err = c.(encoding.BinaryUnmarshaler).UnmarshalBinary(st)
		}
		if err != nil {
			vm.Throw("Error", "copying the %s hash: %v", s.alg, err)
		}
		return rt.ToValue(&state{h: c, alg: s.alg})
	})
	set("subtleDigest", func(alg string, data goja.Value) goja.Value {
		f := newAlgorithm(strings.ReplaceAll(alg, "-", ""))
		h := f()
		h.Write(input(vm, data, ""))
		return rt.ToValue(rt.NewArrayBuffer(h.Sum(nil)))
	})
	set("randomBytes", func(n int) goja.Value {
		buf := make([]byte, n)
		random(vm, buf)
		return nodebytes.New(vm, buf)
	})
	set("randomInt", func(lo, hi int64) int64 {
		return lo + int64(uniform(vm, uint64(hi-lo)))
	})
	set("equal", func(a, b goja.Value) int {
		x, _ := nodebytes.ViewOrBuffer(vm, a)
		y, _ := nodebytes.ViewOrBuffer(vm, b)
		if len(x) != len(y) {
			return -1
		}
		return subtle.ConstantTimeCompare(x, y)
	})
	set("hashes", func() []string {
		names := make([]string, 0, 2*len(algorithms))
		for k := range algorithms {
			names = append(names, k)
			if !strings.Contains(k, "-") {
				names = append(names, "RSA-"+strings.ToUpper(k))
			}
		}
		slices.Sort(names)
		return names
	})
	exports, err := source.Call(vm, b)
	if err != nil {
		return err
	}
	obj := exports.(*goja.Object)
	for _, k := range obj.Keys() {
		e.Set(k, obj.Get(k))
	}
	return nil
}

// input returns the bytes of a string in Node's encoding enc or of a
// Buffer, typed array, DataView or ArrayBuffer. crypto.js has checked it
// is one of those.
func input(vm *jsrt.VM, v goja.Value, enc string) []byte {
	if goja.IsString(v) {
		e, _ := nodebytes.Norm(enc)
		return nodebytes.Encode(v, e)
	}
	b, _ := nodebytes.ViewOrBuffer(vm, v)
	return b
}

// output returns a digest as a string in Node's encoding enc, or as a
// Buffer when enc names none.
func output(vm *jsrt.VM, b []byte, enc string) goja.Value {
	e, ok := nodebytes.Norm(enc)
	if !ok {
		return nodebytes.New(vm, b)
	}
	return nodebytes.Decode(vm, b, e)
}

// random fills b from the system's random source.
func random(vm *jsrt.VM, b []byte) {
	if _, err := rand.Read(b); err != nil {
		vm.Throw("Error", "reading random bytes: %v", err)
	}
}

// uniform returns a random integer in [0, n), n at most 2^48, without the
// bias of a plain modulo: 48-bit draws at or past the largest multiple of
// n are drawn again.
func uniform(vm *jsrt.VM, n uint64) uint64 {
	const span = 1 << 48
	limit := span - span%n
	var buf [8]byte
	for {
		random(vm, buf[2:])
		if v := binary.BigEndian.Uint64(buf[:]); v < limit {
			return v % n
		}
	}
}
