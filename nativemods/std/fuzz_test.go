package std

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/gojsc/gojsc/internal/fuzzseed"
)

// FuzzSprintf runs std.sprintf's formatter on any format with arguments of
// every kind. It must return output or a JS error, never panic; what it
// returns must not depend on what dst already held; and no conversion may
// produce more than maxField bytes of padding.
func FuzzSprintf(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any {
		// A plain seed is a format; the arguments are one of each kind.
		return []any{string(data), []byte{0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 1, 42, 2, 5, 'h', 'e', 'l', 'l', 'o', 3, 7, 0, 0, 0, 0, 0, 0, 0, 4, 5, 6, 7, 8, 9}}
	})
	rt := goja.New()
	f.Fuzz(func(t *testing.T, format string, argData []byte) {
		if longNumber.MatchString(format) {
			// Widths and precisions near maxField make outputs of tens of
			// megabytes, which slow the fuzzer to a halt; the seeds test them.
			t.Skip()
		}
		args := fuzzArgs(t, rt, argData)
		out, err := appendPrintf(nil, rt, format, args)
		if err != nil {
			checkJSError(t, rt, err, "TypeError", "ReferenceError", "RangeError", "Error")
			return
		}
		if !strings.Contains(format, "%") && string(out) != format {
			t.Fatalf("format without conversions %q gave %q", format, out)
		}
		// Every conversion is bounded: padding by maxField, the body by the
		// longest float (%f of 1.8e308 is 309 digits plus the precision,
		// itself at most maxField) or the string argument it prints.
		limit := len(format)
		for _, a := range args {
			if s, ok := a.(goja.String); ok {
				limit += len(s.String())
			}
		}
		limit += strings.Count(format, "%") * (2*maxField + 400)
		if len(out) > limit {
			t.Fatalf("%q gave %d bytes, more than the %d its conversions allow", format, len(out), limit)
		}
		prefix := []byte("prefix:")
		again, err := appendPrintf(prefix, rt, format, args)
		if err != nil {
			t.Fatalf("second run of %q failed: %v", format, err)
		}
		if !bytes.HasPrefix(again, prefix) || !bytes.Equal(again[len(prefix):], out) {
			t.Fatalf("appending to a non-empty buffer: %q, want prefix:%q", again, out)
		}
	})
}

var longNumber = regexp.MustCompile(`[0-9]{6}`)

// fuzzArgs decodes fuzz data into JS values: a kind byte, then its payload.
func fuzzArgs(t *testing.T, rt *goja.Runtime, data []byte) []goja.Value {
	take := func(n int) []byte {
		var b [8]byte
		k := copy(b[:n], data)
		data = data[k:]
		return b[:n]
	}
	var args []goja.Value
	for len(data) > 0 && len(args) < 16 {
		kind := data[0]
		data = data[1:]
		switch kind % 12 {
		case 0:
			args = append(args, rt.ToValue(math.Float64frombits(binary.LittleEndian.Uint64(take(8)))))
		case 1:
			args = append(args, rt.ToValue(int8(take(1)[0])))
		case 2:
			n := min(int(take(1)[0]), len(data))
			args = append(args, rt.ToValue(string(data[:n])))
			data = data[n:]
		case 3:
			b := new(big.Int).SetInt64(int64(binary.LittleEndian.Uint64(take(8))))
			b.Lsh(b, uint(kind/12)) // beyond 64 bits for large kinds
			args = append(args, rt.ToValue(b))
		case 4:
			args = append(args, goja.Undefined())
		case 5:
			args = append(args, goja.Null())
		case 6:
			args = append(args, rt.ToValue(kind&0x10 != 0))
		case 7:
			args = append(args, goja.NewSymbol("s"))
		case 8:
			args = append(args, fuzzEval(t, rt, "({valueOf() { return "+strconv.Itoa(int(int8(take(1)[0])))+" }, toString() { return 'obj' }})"))
		case 9:
			args = append(args, fuzzEval(t, rt, "({valueOf() { throw new Error('valueOf') }, toString() { throw new Error('toString') }})"))
		case 10:
			args = append(args, fuzzEval(t, rt, "[1, 2]"))
		case 11:
			args = append(args, fuzzEval(t, rt, `"\ud83d\ude00\ud800x"`))
		}
	}
	return args
}

func fuzzEval(t *testing.T, rt *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatalf("%s: %v", src, err)
	}
	return v
}

// checkJSError fails unless err is a JS exception holding an instance of
// one of the named error constructors.
func checkJSError(t *testing.T, rt *goja.Runtime, err error, ctors ...string) {
	t.Helper()
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		t.Fatalf("error %v (%T) is not a JS exception", err, err)
	}
	obj, ok := ex.Value().(*goja.Object)
	if !ok {
		t.Fatalf("exception %v is not an object", ex.Value())
	}
	for _, c := range ctors {
		if ctor, ok := rt.Get(c).(*goja.Object); ok {
			if rt.InstanceOf(obj, ctor) {
				return
			}
		}
	}
	t.Fatalf("exception %v is none of %v", obj, ctors)
}

// extJSONPos is how parseExtJSON ends a syntax error's message.
var extJSONPos = regexp.MustCompile(` at line ([1-9][0-9]*), column ([1-9][0-9]*)$`)

// FuzzParseExtJSON parses any text as extended JSON. It must return a value
// or a SyntaxError placed inside the text; every JSON text must parse to
// what JSON.parse makes of it; and JSON.stringify of a result must parse
// back to itself.
func FuzzParseExtJSON(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any { return []any{string(data)} })
	rt := goja.New()
	stringify := func(v goja.Value) string {
		s, err := rt.RunString("JSON.stringify")
		if err != nil {
			panic(err)
		}
		fn, _ := goja.AssertFunction(s)
		r, err := fn(goja.Undefined(), v)
		if err != nil {
			return "throws " + err.Error()
		}
		return r.String()
	}
	f.Fuzz(func(t *testing.T, src string) {
		v, err := parseExtJSON(rt, src)
		if err != nil {
			checkJSError(t, rt, err, "SyntaxError")
			msg := err.(*goja.Exception).Value().ToObject(rt).Get("message").String()
			m := extJSONPos.FindStringSubmatch(msg)
			if m == nil {
				t.Fatalf("%q: message %q gives no line and column", src, msg)
			}
			if line, _ := strconv.Atoi(m[1]); line > 1+strings.Count(src, "\n")+strings.Count(src, "\r") {
				t.Fatalf("%q: %q is past the last line", src, msg)
			}
			if isJSON(src) && !strings.Contains(msg, "stack overflow") {
				t.Fatalf("valid JSON %q rejected: %s", src, msg)
			}
			return
		}
		got := stringify(v)
		if isJSON(src) && !surrogateEscape.MatchString(src) {
			parse, _ := goja.AssertFunction(rt.Get("JSON").ToObject(rt).Get("parse"))
			if want, err := parse(goja.Undefined(), rt.ToValue(src)); err == nil {
				if w := stringify(want); w != got {
					t.Fatalf("JSON %q: parseExtJSON gives %s, JSON.parse %s", src, got, w)
				}
			}
		}
		if got == "undefined" {
			return
		}
		back, err := parseExtJSON(rt, got)
		if err != nil {
			t.Fatalf("%q: JSON.stringify output %s does not parse back: %v", src, got, err)
		}
		if again := stringify(back); again != got {
			t.Fatalf("%q: round trip of %s gives %s", src, got, again)
		}
	})
}

// surrogateEscape finds \u escapes of surrogates, which goja's JSON.parse
// turns into U+FFFD where JavaScript keeps them (as parseExtJSON does).
var surrogateEscape = regexp.MustCompile(`\\u[dD][89a-fA-F]`)

// isJSON reports whether src is a JSON text. Unlike json.Valid it rejects
// invalid UTF-8, which JSON.parse reads as U+FFFD and QuickJS rejects.
func isJSON(src string) bool {
	return utf8.ValidString(src) && json.Valid([]byte(src))
}
