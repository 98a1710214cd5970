package fsimpl

import (
	"fmt"
	"math"
	"math/big"
	"net/url"
	"reflect"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodebytes"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

// Argument checks that throw Node's TypeErrors and RangeErrors, with its
// codes (ERR_INVALID_ARG_TYPE, ...) and its wording.

// throwCode throws a new ctor ("TypeError", "RangeError") with Node's
// error code as its code property.
func (f *FS) throwCode(ctor, code, format string, args ...any) {
	nodeerr.Throw(f.vm, ctor, code, format, args...)
}

// invalidType throws ERR_INVALID_ARG_TYPE: name must be want ("of type
// string", "an instance of Buffer").
func (f *FS) invalidType(name, want string, v goja.Value) {
	nodeerr.ArgType(f.vm, name, strings.TrimPrefix(want, "of type "), v)
}

// invalidValue throws ERR_INVALID_ARG_VALUE.
func (f *FS) invalidValue(name, why string, v goja.Value) {
	nodeerr.ArgValue(f.vm, name, v, why)
}

// outOfRange throws ERR_OUT_OF_RANGE.
func (f *FS) outOfRange(name, want string, v goja.Value) {
	nodeerr.OutOfRange(f.vm, name, want, v)
}

// typeOf is JavaScript's typeof.
func typeOf(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if goja.IsNull(v) {
		return "object"
	}
	switch x := v.(type) {
	case *goja.Symbol:
		return "symbol"
	case *goja.Object:
		if _, ok := goja.AssertFunction(x); ok {
			return "function"
		}
		return "object"
	}
	switch v.ExportType() {
	case typeString:
		return "string"
	case typeBool:
		return "boolean"
	case typeInt64, typeFloat64:
		return "number"
	case typeBigInt:
		return "bigint"
	}
	return "object"
}

var (
	typeString  = reflect.TypeOf("")
	typeBool    = reflect.TypeOf(false)
	typeInt64   = reflect.TypeOf(int64(0))
	typeFloat64 = reflect.TypeOf(float64(0))
	typeBigInt  = reflect.TypeOf((*big.Int)(nil))
)

// quote puts s in single quotes (or double ones when it holds a single
// quote and no double one) with control characters escaped.
func quote(s string) string {
	q := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// goos names the system in messages, as Node's process.platform does.
const goos = runtime.GOOS

const pathTypes = "of type string or an instance of Buffer or URL"

// path converts a path argument: a string, a Buffer or Uint8Array, or a
// file: URL.
func (f *FS) path(v goja.Value, name string) string {
	var p string
	switch {
	case v == nil || goja.IsUndefined(v) || goja.IsNull(v):
		f.invalidType(name, pathTypes, v)
	case typeOf(v) == "string":
		p = v.String()
	default:
		obj, ok := v.(*goja.Object)
		if !ok {
			f.invalidType(name, pathTypes, v)
		}
		if b, ok := nodebytes.View(f.vm, obj); ok {
			p = string(b)
			break
		}
		href, proto := obj.Get("href"), obj.Get("protocol")
		if href == nil || proto == nil || !href.ToBoolean() || !proto.ToBoolean() {
			f.invalidType(name, pathTypes, v)
		}
		p = f.fileURLPath(href.String(), proto.String())
	}
	if strings.IndexByte(p, 0) >= 0 {
		// Node shows the NUL escaped: 'a\x00b'.
		f.throwCode("TypeError", "ERR_INVALID_ARG_VALUE", "The argument '%s' must be a string, Uint8Array, or URL without null bytes. Received %s", name, quote(p))
	}
	return p
}

// fileURLPath is url.fileURLToPath of a URL object's href.
func (f *FS) fileURLPath(href, proto string) string {
	if proto != "file:" {
		f.throwCode("TypeError", "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file")
	}
	u, err := url.Parse(href)
	if err != nil {
		f.throwCode("TypeError", "ERR_INVALID_URL", "Invalid URL")
	}
	if u.Host != "" && u.Host != "localhost" {
		f.throwCode("TypeError", "ERR_INVALID_FILE_URL_HOST", `File URL host must be "localhost" or empty on %s`, goos)
	}
	if strings.Contains(strings.ToLower(u.EscapedPath()), "%2f") {
		f.throwCode("TypeError", "ERR_INVALID_FILE_URL_PATH", "File URL path must not include encoded / characters")
	}
	return u.Path
}

// pathOrFd reads a readFile/writeFile target: a file descriptor or a path.
func (f *FS) pathOrFd(v goja.Value) (path string, fd int, isFd bool) {
	if typeOf(v) == "number" {
		return "", f.fd(v, "fd"), true
	}
	return f.path(v, "path"), 0, false
}

// fd checks a file descriptor argument: an int32 ≥ 0.
func (f *FS) fd(v goja.Value, name string) int {
	if typeOf(v) != "number" {
		f.invalidType(name, "of type number", v)
	}
	x := v.ToFloat()
	if x != math.Trunc(x) {
		f.outOfRange(name, "an integer", v)
	}
	if x < 0 || x > math.MaxInt32 {
		f.outOfRange(name, ">= 0 && <= 2147483647", v)
	}
	return int(x)
}

// integer checks an integer argument within [lo, hi].
func (f *FS) integer(v goja.Value, name string, lo, hi int64) int64 {
	if typeOf(v) != "number" {
		f.invalidType(name, "of type number", v)
	}
	x := v.ToFloat()
	if x != math.Trunc(x) {
		f.outOfRange(name, "an integer", v)
	}
	if x < float64(lo) || x > float64(hi) {
		f.outOfRange(name, fmt.Sprintf(">= %d && <= %d", lo, hi), v)
	}
	return int64(x)
}

// mode reads a file mode: a number or an octal string; def when absent.
func (f *FS) mode(v goja.Value, def uint32) uint32 {
	if absent(v) {
		return def
	}
	if typeOf(v) == "string" {
		m, err := strconv.ParseUint(v.String(), 8, 32)
		if err != nil {
			f.invalidValue("mode", "must be a 32-bit unsigned integer or an octal string", v)
		}
		return uint32(m)
	}
	return uint32(f.integer(v, "mode", 0, math.MaxUint32))
}

// absent reports whether an optional argument was left out.
func absent(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// flags reads open(2) flags: Node's strings ('r', 'w+', 'ax', ...) or a
// number; def when absent.
func (f *FS) flags(v goja.Value, def string) int {
	if absent(v) {
		return stringFlags[def]
	}
	if typeOf(v) == "number" {
		return int(v.ToInteger())
	}
	if typeOf(v) == "string" {
		if fl, ok := stringFlags[v.String()]; ok {
			return fl
		}
	}
	f.invalidValue("flags", "", v)
	return 0
}

var stringFlags = func() map[string]int {
	m := map[string]int{}
	add := func(fl int, names ...string) {
		for _, n := range names {
			m[n] = fl
		}
	}
	add(unix.O_RDONLY, "r")
	add(unix.O_RDONLY|unix.O_SYNC, "rs", "sr")
	add(unix.O_RDWR, "r+")
	add(unix.O_RDWR|unix.O_SYNC, "rs+", "sr+")
	add(unix.O_TRUNC|unix.O_CREAT|unix.O_WRONLY, "w")
	add(unix.O_TRUNC|unix.O_CREAT|unix.O_WRONLY|unix.O_EXCL, "wx", "xw")
	add(unix.O_TRUNC|unix.O_CREAT|unix.O_RDWR, "w+")
	add(unix.O_TRUNC|unix.O_CREAT|unix.O_RDWR|unix.O_EXCL, "wx+", "xw+")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_WRONLY, "a")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_WRONLY|unix.O_EXCL, "ax", "xa")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_WRONLY|unix.O_SYNC, "as", "sa")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_RDWR, "a+")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_RDWR|unix.O_EXCL, "ax+", "xa+")
	add(unix.O_APPEND|unix.O_CREAT|unix.O_RDWR|unix.O_SYNC, "as+", "sa+")
	return m
}()

// options returns an options argument as an object, nil when absent or a
// string (an encoding, handled by encoding).
func (f *FS) options(v goja.Value) *goja.Object {
	if absent(v) || typeOf(v) == "string" {
		return nil
	}
	obj, ok := v.(*goja.Object)
	if !ok {
		f.invalidType("options", "of type object", v)
	}
	if _, isFn := goja.AssertFunction(obj); isFn {
		return nil
	}
	return obj
}

// opt returns an option's value, undefined when opts is nil.
func opt(opts *goja.Object, name string) goja.Value {
	if opts == nil {
		return goja.Undefined()
	}
	v := opts.Get(name)
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// boolOpt returns a boolean option.
func boolOpt(opts *goja.Object, name string) bool {
	return opt(opts, name).ToBoolean()
}

// encoding reads the encoding of an options argument (a string or an
// object's encoding): "" means bytes (a Buffer).
func (f *FS) encoding(v goja.Value, def string) string {
	var e goja.Value
	if typeOf(v) == "string" {
		e = v
	} else if opts := f.options(v); opts != nil {
		e = opts.Get("encoding")
		if e == nil || goja.IsUndefined(e) {
			return def
		}
	} else if goja.IsNull(v) {
		return ""
	} else {
		return def
	}
	if goja.IsNull(e) || (typeOf(e) == "string" && e.String() == "buffer") {
		return ""
	}
	name, ok := normEncoding(e.String())
	if !ok || typeOf(e) != "string" {
		f.invalidValue("encoding", "is invalid encoding", e)
	}
	return name
}
