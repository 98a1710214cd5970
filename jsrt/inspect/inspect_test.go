package inspect

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// run evaluates src in a fresh runtime.
func run(t testing.TB, src string) (*goja.Runtime, goja.Value) {
	t.Helper()
	rt := goja.New()
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatalf("evaluating %q: %v", src, err)
	}
	return rt, v
}

// TestAppendPrint checks print's rendering of one argument: src is a JS
// expression (or script whose completion value is printed).
func TestAppendPrint(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		// Primitives at top level: strings raw, numbers as toString except -0.
		{"string raw", `"a\n\"b\""`, "a\n\"b\""},
		{"empty string", `""`, ""},
		{"int", `42`, "42"},
		{"negative int", `-7`, "-7"},
		{"float", `123.456`, "123.456"},
		{"minus zero", `-0`, "-0"},
		{"small float", `1e-7`, "1e-7"},
		{"big float", `1e21`, "1e+21"},
		{"large integer", `2**53`, "9007199254740992"},
		{"fraction", `0.1 + 0.2`, "0.30000000000000004"},
		{"NaN", `NaN`, "NaN"},
		{"infinity", `-Infinity`, "-Infinity"},
		{"undefined", `undefined`, "undefined"},
		{"null", `null`, "null"},
		{"true", `true`, "true"},
		{"bigint", `123n`, "123n"},
		{"negative bigint", `-(2n**70n)`, "-1180591620717411303424n"},
		{"symbol", `Symbol("foo")`, "Symbol(foo)"},
		{"symbol non-ident", `Symbol("a b")`, `Symbol("a b")`},
		{"symbol no description", `Symbol()`, `Symbol("")`},
		{"well-known symbol", `Symbol.iterator`, `Symbol("Symbol.iterator")`},

		// Objects: one line, "{  }" when empty (QuickJS prints "{ " and " }").
		{"empty object", `({})`, "{  }"},
		{"object", `({a: 1, b: "x"})`, `{ a: 1, b: "x" }`},
		{"nested", `({a: 1, c: [1, 2, {d: 3}]})`, "{ a: 1, c: [ 1, 2, [Object] ] }"},
		{"nested array at depth", `({a: 1, c: [1, 2, [3]]})`, "{ a: 1, c: [ 1, 2, [Array] ] }"},
		{"depth 2", `({a: {b: {c: {}}}})`, "{ a: { b: [Object] } }"},
		{"arrays at depth", `[[[[1]]]]`, "[ [ [Array] ] ]"},
		{"primitives inside", `({a: undefined, b: null, c: true, d: -0, e: 1n, f: Symbol("s")})`,
			"{ a: undefined, b: null, c: true, d: -0, e: 1n, f: Symbol(s) }"},
		{"quoted keys", `({"a b": 1, $x_1: 2, "1a": 3, "": 4, "01": 5, 7: 6})`,
			`{ 7: 6, "a b": 1, $x_1: 2, "1a": 3, "": 4, "01": 5 }`},
		{"huge index key quoted", `({4294967294: 1})`, `{ "4294967294": 1 }`},
		{"string escapes", `({s: "q\"b\\t\tn\nr\rb\bf\f"})`, `{ s: "q\"b\\t\tn\nr\rb\bf\f" }`},
		{"control escapes", `["\u0001\u007f\u0085\u00a0é😀"]`, "[ \"\\u0001\\u007f\\u0085\u00a0é😀\" ]"},
		{"lone surrogate", `["a\ud800b\udc00"]`, `[ "a\ud800b\udc00" ]`},
		{"symbol keys", `({[Symbol("s")]: 1, [Symbol("a b")]: 2})`, `{ s: 1, "a b": 2 }`},
		{"non-enumerable hidden", `Object.defineProperty({a: 1}, "h", {value: 2})`, "{ a: 1 }"},
		{"getters", `({get a() { throw 1 }, set b(v) {}, get c() { return 1 }, set c(v) {}})`,
			"{ a: [Getter], b: [Setter], c: [Getter/Setter] }"},
		{"null prototype", `var o = Object.create(null); o.x = 1; o`, "{ x: 1 }"},
		{"class instance", `class Foo { constructor() { this.x = 1 } }; new Foo()`, "{ x: 1 }"},
		{"many properties", `var o = {}; for (var i = 0; i < 102; i++) o["k" + i] = i; Object.keys(JSON.parse(JSON.stringify(o))).length; o`,
			"{ " + seq("k", 0, 100, ": ", true) + ", ... 2 more items }"},
		{"one more property", `var o = {}; for (var i = 0; i < 101; i++) o["k" + i] = i; o`,
			"{ " + seq("k", 0, 100, ": ", true) + ", ... 1 more item }"},

		// Cycles print the level of the repeated object.
		{"self cycle", `var o = {}; o.self = o; o`, "{ self: [circular 0] }"},
		{"inner cycle", `var o = {a: {}}; o.a.b = o.a; o`, "{ a: { b: [circular 1] } }"},
		{"array cycle", `var a = [1]; a.push(a); a`, "[ 1, [circular 0] ]"},

		// Arrays.
		{"empty array", `[]`, "[  ]"},
		{"array", `[1, "a", [2]]`, `[ 1, "a", [ 2 ] ]`},
		{"trailing holes", `var a = [1, 2]; a.length = 5; a`, "[ 1, 2, <3 empty items> ]"},
		{"one hole", `var a = [1]; a.length = 2; a`, "[ 1, <1 empty item> ]"},
		{"new Array", `new Array(5)`, "[ <5 empty items> ]"},
		{"inner hole", `[1, , 3]`, "[ 0: 1, 2: 3 ]"},
		{"deleted element", `var a = [1, 2, 3]; delete a[1]; a`, "[ 0: 1, 2: 3 ]"},
		{"sparse", `var a = []; a[3] = 1; a`, "[ 3: 1 ]"},
		{"extra property", `var a = [1, 2]; a.x = "y"; a`, `[ 1, 2, x: "y" ]`},
		{"accessor element", `var a = [1]; Object.defineProperty(a, 1, {get() { return 2 }, enumerable: true}); a`,
			"[ 0: 1, 1: [Getter] ]"},
		{"101 items", `Array.from({length: 101}, (_, i) => i)`, "[ " + seq("", 0, 100, "", false) + ", ... 1 more item ]"},
		{"102 items", `Array.from({length: 102}, (_, i) => i)`, "[ " + seq("", 0, 100, "", false) + ", ... 2 more items ]"},

		// Strings inside objects are cut at 1000 code units.
		{"long string", `["x".repeat(1002)]`, `[ "` + strings.Repeat("x", 1000) + `"... 2 more characters ]`},
		{"long string one more", `["x".repeat(1001)]`, `[ "` + strings.Repeat("x", 1000) + `"... 1 more character ]`},
		{"string at limit", `["x".repeat(1000)]`, `[ "` + strings.Repeat("x", 1000) + `" ]`},
		{"top-level long string raw", `"x".repeat(1500)`, strings.Repeat("x", 1500)},

		// Functions and classes.
		{"function", `(function foo() {})`, "[Function foo]"},
		{"anonymous function", `(() => {})`, "[Function (anonymous)]"},
		{"class", `class K {}; K`, "[Function K]"},
		{"async function", `(async function af() {})`, "[Function af]"},
		{"generator function", `(function* g() {})`, "[Function g]"},
		{"bound function", `(function f() {}).bind(null)`, "[Function bound f]"},
		{"function with property", `Object.assign(function f() {}, {a: 1})`, "[Function f] { a: 1 }"},
		{"function at depth", `[[function f() {}]]`, "[ [ [Function] ] ]"},
		{"async function at depth", `[[async function f() {}]]`, "[ [ [AsyncFunction] ] ]"},
		{"generator function at depth", `[[function* f() {}]]`, "[ [ [GeneratorFunction] ] ]"},
		{"method in object", `({f() {}})`, "{ f: [Function f] }"},

		// Maps and Sets.
		{"map", `new Map([[1, {a: 1}], ["x", [2]]])`, `Map(2) { 1 => { a: 1 }, "x" => [ 2 ] }`},
		{"empty map", `new Map()`, "Map(0) {  }"},
		{"set", `new Set([1, "a", {}])`, `Set(3) { 1, "a", {  } }`},
		{"empty set", `new Set()`, "Set(0) {  }"},
		{"map with property", `var m = new Map([[1, 2]]); m.p = 3; m`, "Map(1) { 1 => 2, p: 3 }"},
		{"nested map at depth", `[[new Map()]]`, "[ [ [Map] ] ]"},
		{"set 101", `new Set(Array.from({length: 101}, (_, i) => i))`, "Set(101) { " + seq("", 0, 100, "", false) + ", ... 1 more item }"},
		{"map 102", `new Map(Array.from({length: 102}, (_, i) => [i, i]))`, "Map(102) { " + mapSeq(100) + ", ... 2 more items }"},
		{"weakmap", `new WeakMap()`, "WeakMap {  }"},
		{"weakset", `new WeakSet()`, "WeakSet {  }"},

		// Typed arrays and buffers.
		{"uint8array", `new Uint8Array([1, 2, 255])`, "Uint8Array(3) [ 1, 2, 255 ]"},
		{"uint8clampedarray", `new Uint8ClampedArray([300])`, "Uint8ClampedArray(1) [ 255 ]"},
		{"int8array", `new Int8Array([-1, 127])`, "Int8Array(2) [ -1, 127 ]"},
		{"int16array", `new Int16Array([-300])`, "Int16Array(1) [ -300 ]"},
		{"uint16array", `new Uint16Array([65535])`, "Uint16Array(1) [ 65535 ]"},
		{"int32array", `new Int32Array([-5])`, "Int32Array(1) [ -5 ]"},
		{"uint32array", `new Uint32Array([4294967295])`, "Uint32Array(1) [ 4294967295 ]"},
		{"float32array", `new Float32Array([0.1, -0])`, "Float32Array(2) [ 0.10000000149011612, -0 ]"},
		{"float64array", `new Float64Array([1.5, NaN])`, "Float64Array(2) [ 1.5, NaN ]"},
		{"bigint64array", `new BigInt64Array([-1n, 2n])`, "BigInt64Array(2) [ -1, 2 ]"},
		{"biguint64array", `new BigUint64Array([2n**64n - 1n])`, "BigUint64Array(1) [ 18446744073709551615 ]"},
		{"empty typed array", `new Uint8Array(0)`, "Uint8Array(0) [  ]"},
		{"typed array 101", `new Uint8Array(101)`, "Uint8Array(101) [ " + strings.Repeat("0, ", 100) + "... 1 more item ]"},
		{"typed array subarray", `new Uint8Array([1, 2, 3, 4]).subarray(1, 3)`, "Uint8Array(2) [ 2, 3 ]"},
		{"typed array at depth", `[[new Int8Array(1)]]`, "[ [ [Int8Array] ] ]"},
		{"arraybuffer", `new ArrayBuffer(8)`, "ArrayBuffer {  }"},
		// The runtime's SharedArrayBuffer: an ArrayBuffer with its prototype.
		{"sharedarraybuffer", `Object.setPrototypeOf(new ArrayBuffer(8), { [Symbol.toStringTag]: "SharedArrayBuffer" })`, "SharedArrayBuffer {  }"},
		{"dataview", `new DataView(new ArrayBuffer(1))`, "DataView {  }"},

		// Errors print name, message and stack (frames checked separately).
		{"error at depth", `[[new Error("x")]]`, "[ [ [Error] ] ]"},

		// Dates and regular expressions.
		{"date", `new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6))`, "2024-01-02T03:04:05.006Z"},
		{"date epoch nested", `({d: new Date(0)})`, "{ d: 1970-01-01T00:00:00.000Z }"},
		{"date far future", `new Date(8.64e15)`, "+275760-09-13T00:00:00.000Z"},
		{"date negative year", `new Date(-8.64e15)`, "-271821-04-20T00:00:00.000Z"},
		{"invalid date", `new Date(NaN)`, "Date {  }"},
		{"date with property", `var d = new Date(0); d.x = 1; d`, "1970-01-01T00:00:00.000Z { x: 1 }"},
		{"regexp", `/ab+c/gi`, "/ab+c/gi"},
		{"regexp flag order", `new RegExp("x", "yusmig")`, "/x/gimsuy"},
		{"regexp slash", `new RegExp("a/b")`, `/a\/b/`},
		{"regexp slash in class", `new RegExp("[/]/")`, `/[/]\//`},
		{"regexp escapes kept", `/\d\/\[x]/`, `/\d\/\[x]/`},
		{"regexp empty class", `new RegExp("[]/]")`, `/[]/]/`},
		{"regexp newline", `new RegExp("a\nb")`, `/a\nb/`},
		{"empty regexp", `new RegExp("")`, "/(?:)/"},
		{"regexp at depth", `[[/x/]]`, "[ [ [RegExp] ] ]"},

		// Wrappers, proxies, promises and other classes print their class
		// name and own enumerable properties only.
		{"number wrapper", `new Number(1)`, "Number {  }"},
		{"string wrapper", `new String("ab")`, "String {  }"},
		{"boolean wrapper", `new Boolean(false)`, "Boolean {  }"},
		{"symbol wrapper", `Object(Symbol("q"))`, "Symbol {  }"},
		{"bigint wrapper", `Object(1n)`, "BigInt {  }"},
		{"string wrapper property", `var s = new String("ab"); s.p = 1; s`, "String { p: 1 }"},
		{"proxy", `new Proxy({a: 1}, {get() { throw new Error("trap") }})`, "Object {  }"},
		{"function proxy", `new Proxy(function () {}, {})`, "Object {  }"},
		{"proxy at depth", `[[new Proxy([], {})]]`, "[ [ [Object] ] ]"},
		{"promise", `Promise.resolve(1)`, "Promise {  }"},
		{"arguments", `(function () { return arguments })(1, "a")`, `Arguments { 0: 1, 1: "a" }`},
		{"array iterator", `[].values()`, `"Array Iterator" {  }`},
		{"math", `Math`, "{  }"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt, v := run(t, tc.src)
			got := string(AppendPrint(nil, rt, []goja.Value{v}))
			if got != tc.want {
				t.Errorf("print(%s)\n got: %q\nwant: %q", tc.src, got, tc.want)
			}
		})
	}
}

// seq renders "p0<sep>0, p1<sep>1, ..." for i in [from, to), or just the
// numbers when withValue is false.
func seq(prefix string, from, to int, sep string, withValue bool) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if i > from {
			b.WriteString(", ")
		}
		if withValue {
			b.WriteString(prefix + itoa(i) + sep + itoa(i))
		} else {
			b.WriteString(itoa(i))
		}
	}
	return b.String()
}

func mapSeq(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(itoa(i) + " => " + itoa(i))
	}
	return b.String()
}

func itoa(i int) string {
	return string(appendNumber(nil, float64(i)))
}

// TestAppendPrintArgs checks joining: src evaluates to the argument list.
func TestAppendPrintArgs(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"mixed", `[1, "a", {b: 2}]`, "1 a { b: 2 }"},
		{"none", `[]`, ""},
		{"strings raw", `["x y", "", "z"]`, "x y  z"},
		{"undefined and null", `[undefined, null]`, "undefined null"},
		{"nested string quoted", `["s", ["s"]]`, `s [ "s" ]`},
		{"concatenation", `["line " + 7]`, "line 7"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt, v := run(t, tc.src)
			var args []goja.Value
			if err := rt.ExportTo(v, &args); err != nil {
				t.Fatalf("exporting %s: %v", tc.src, err)
			}
			got := string(AppendPrint([]byte("> "), rt, args))
			if got != "> "+tc.want {
				t.Errorf("print(...%s)\n got: %q\nwant: %q", tc.src, got, "> "+tc.want)
			}
		})
	}
}

// TestAppendValue checks the raw switch and Options.
func TestAppendValue(t *testing.T) {
	tests := []struct {
		name string
		src  string
		raw  bool
		opts Options
		want string
	}{
		{"raw string", `"a\nb"`, true, Defaults(), "a\nb"},
		{"quoted string", `"a\nb"`, false, Defaults(), `"a\nb"`},
		{"quoted long string", `"x".repeat(1001)`, false, Defaults(), `"` + strings.Repeat("x", 1000) + `"... 1 more character`},
		{"number either way", `1.5`, false, Defaults(), "1.5"},
		{"object either way", `({a: "b"})`, true, Defaults(), `{ a: "b" }`},
		{"depth 1", `({a: {}})`, false, Options{MaxDepth: 1}, "{ a: [Object] }"},
		{"depth 0 is 8", `[[[[[[[[[[]]]]]]]]]]`, false, Options{}, "[ [ [ [ [ [ [ [ [Array] ] ] ] ] ] ] ] ]"},
		{"depth capped at 8", `[[[[[[[[[[]]]]]]]]]]`, false, Options{MaxDepth: 20}, "[ [ [ [ [ [ [ [ [Array] ] ] ] ] ] ] ] ]"},
		{"item limit", `[1, 2, 3]`, false, Options{MaxItemCount: 2}, "[ 1, 2, ... 1 more item ]"},
		{"string limit", `["abcdef"]`, false, Options{MaxStringLength: 2}, `[ "ab"... 4 more characters ]`},
		{"surrogate pair cut", `["😀"]`, false, Options{MaxStringLength: 1}, `[ "\ud83d"... 1 more character ]`},
		{"no limits", `["x".repeat(1001)]`, false, Options{MaxDepth: 2}, `[ "` + strings.Repeat("x", 1001) + `" ]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt, v := run(t, tc.src)
			got := string(tc.opts.AppendValue(nil, rt, v, tc.raw))
			if got != tc.want {
				t.Errorf("got: %q\nwant: %q", got, tc.want)
			}
			if tc.opts == Defaults() {
				if pkg := string(AppendValue(nil, rt, v, tc.raw)); pkg != got {
					t.Errorf("AppendValue = %q, Defaults().AppendValue = %q", pkg, got)
				}
			}
		})
	}
}

// TestErrors checks the error header, the stack on the following lines and
// the properties after it. The frame text is goja's own.
func TestErrors(t *testing.T) {
	tests := []struct {
		name, src string
		head      string // text before the first newline
		tail      string // text after the last frame
	}{
		{"error", `new Error("boom")`, "Error: boom", ""},
		{"type error", `new TypeError("t")`, "TypeError: t", ""},
		{"empty message", `new RangeError()`, "RangeError", ""},
		{"custom name", `var e = new Error("m"); e.name = "MyError"; e`, "MyError: m", ""},
		{"non-string name", `var e = new Error("m"); e.name = 5; e`, "Error: m", ""},
		{"subclass", `class E extends Error {}; new E("sub")`, "Error: sub", ""},
		{"properties", `Object.assign(new Error("p"), {code: 1})`, "Error: p", " { code: 1 }"},
		{"nested", `({e: new Error("x")})`, "{ e: Error: x", " }"},
		{"thrown", `var e; try { null.x } catch (x) { e = x }; e`, "TypeError: Cannot read property 'x' of undefined", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rt, v := run(t, tc.src)
			got := string(AppendPrint(nil, rt, []goja.Value{v}))
			lines := strings.Split(got, "\n")
			if lines[0] != tc.head {
				t.Errorf("first line = %q, want %q (all: %q)", lines[0], tc.head, got)
			}
			if len(lines) < 2 {
				t.Fatalf("no stack lines in %q", got)
			}
			for _, l := range lines[1:] {
				if !strings.HasPrefix(strings.TrimLeft(l, " \t"), "at ") {
					t.Errorf("stack line %q does not start with \"at \" (all: %q)", l, got)
				}
			}
			if !strings.HasSuffix(got, tc.tail) || strings.HasSuffix(got, "\n"+tc.tail) {
				t.Errorf("%q does not end with %q right after a frame", got, tc.tail)
			}
			if strings.Count(got, tc.head) != 1 {
				t.Errorf("header %q repeated in %q", tc.head, got)
			}
		})
	}
}

// TestErrorStackNotString prints no stack lines when stack is not a string.
func TestErrorStackNotString(t *testing.T) {
	rt, v := run(t, `var e = new Error("x"); e.stack = undefined; e`)
	if got := string(AppendPrint(nil, rt, []goja.Value{v})); got != "Error: x" {
		t.Errorf("got %q, want %q", got, "Error: x")
	}
	rt, v = run(t, `var e = new Error("x"); e.stack = "    at f (a.js:1:2)\n"; e`)
	if got, want := string(AppendPrint(nil, rt, []goja.Value{v})), "Error: x\n    at f (a.js:1:2)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNoSideEffects checks that printing never calls getters or proxy traps.
func TestNoSideEffects(t *testing.T) {
	rt, v := run(t, `var calls = 0;
		var o = {get a() { calls++; return 1 }};
		var p = new Proxy({}, {ownKeys() { calls++; return [] }, get() { calls++ }, getOwnPropertyDescriptor() { calls++ }});
		[o, p, [o]]`)
	AppendPrint(nil, rt, []goja.Value{v})
	if calls := rt.Get("calls").ToInteger(); calls != 0 {
		t.Errorf("printing ran %d getters or traps", calls)
	}
}

func TestAppendPrintAllocs(t *testing.T) {
	rt, v := run(t, `["line " + 12345, 42, 1.5, true]`)
	var args []goja.Value
	if err := rt.ExportTo(v, &args); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 0, 256)
	for _, a := range args {
		arg := []goja.Value{a}
		if n := testing.AllocsPerRun(100, func() { buf = AppendPrint(buf[:0], rt, arg) }); n != 0 {
			t.Errorf("AppendPrint(%v) allocates %v times", a, n)
		}
	}
}

func BenchmarkAppendPrintString(b *testing.B) {
	rt, v := run(b, `"line " + 123456`)
	args := []goja.Value{v}
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendPrint(buf[:0], rt, args)
	}
}

func BenchmarkAppendPrintObject(b *testing.B) {
	rt, v := run(b, `({a: 1, b: "two", c: [1, 2, 3], d: {e: null}})`)
	args := []goja.Value{v}
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendPrint(buf[:0], rt, args)
	}
}
