package std

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestParseExtJSON(t *testing.T) {
	tests := []struct {
		src   string
		want  string // JSON.stringify of the result
		check string // optional JS expression over v that must be true
	}{
		{`{"a": 1, "b": [true, false, null], "c": "x"}`, `{"a":1,"b":[true,false,null],"c":"x"}`, ""},
		{"// lead\n{/* x */ a: 1 // y\n}/* tail */", `{"a":1}`, ""},
		{`{$a_1: 2, _b: 3, C9: 4}`, `{"$a_1":2,"_b":3,"C9":4}`, ""},
		{`{true: 1, null: 2, Infinity: 3}`, `{"true":1,"null":2,"Infinity":3}`, ""},
		{`{'a': 'it\'s', "b": "it's", 'c': "say \"hi\""}`, `{"a":"it's","b":"it's","c":"say \"hi\""}`, ""},
		{`[1, 2, ]`, `[1,2]`, ""},
		{`{a: 1, }`, `{"a":1}`, ""},
		{`[[], {}, [ ], { }]`, `[[],{},[],{}]`, ""},
		{`[0x1F, 0o17, 0b101, -0x10, +0X10, 0B11, 0O7, 0xff]`, `[31,15,5,-16,16,3,7,255]`, ""},
		{`0x10000000000000001`, `18446744073709552000`, ""},
		{`0b` + strings.Repeat("1", 70), `1.1805916207174113e+21`, ""},
		{`[+5, +.5, .5, -.5e1, 1e3, 1E+2, 2.5e-3, 0.5, 0]`, `[5,0.5,0.5,-5,1000,100,0.0025,0.5,0]`, ""},
		{`-0`, `0`, "Object.is(v, -0)"},
		{`1e400`, `null`, "v === Infinity"},
		{`[Infinity, -Infinity, +Infinity, NaN, -NaN, +NaN]`, `[null,null,null,null,null,null]`,
			"v[0] === Infinity && v[1] === -Infinity && v[2] === Infinity && v.slice(3).every(Number.isNaN)"},
		{"\v[\f1,\r\n2\t]", `[1,2]`, ""},
		{`"a\/b\\c\n\t\u0041\b\f\r"`, `"a/b\\c\n\tA\b\f\r"`, ""},
		{`'\v'`, `"\u000b"`, ""},
		{"'a\\\nb'", `"ab"`, ""},
		{`"\uD83D\uDE00"`, `"😀"`, ""},
		{`"é😀"`, `"é😀"`, ""},
		{`"\uD800x"`, `"\ud800x"`, "v.length === 2 && v.charCodeAt(0) === 0xD800"},
		{`"\uDC00"`, `"\udc00"`, "v.length === 1 && v.charCodeAt(0) === 0xDC00"},
		{`"a\uD800\uD800\uDC00"`, `"a\ud800𐀀"`, "v.length === 4"},
		{`{"\uD800": 1}`, `{"�":1}`, ""},
		{`{"__proto__": {"x": 1}, "y": 2}`, `{"__proto__":{"x":1},"y":2}`,
			"Object.getPrototypeOf(v) === Object.prototype && v.x === undefined && Object.keys(v).length === 2"},
		{`{__proto__: []}`, `{"__proto__":[]}`, "!Array.isArray(Object.getPrototypeOf(v))"},
		{`{a: 1, b: 2, a: 3}`, `{"a":3,"b":2}`, ""},
		{`{z: 1, y: 2, x: 3}`, `{"z":1,"y":2,"x":3}`, ""},
		{`"str"`, `"str"`, ""},
		{`  42  `, `42`, ""},
		{`null`, `null`, "v === null"},
		{`true`, `true`, ""},
		{`[1, [2, [3, {"d": [4]}]]]`, `[1,[2,[3,{"d":[4]}]]]`, "Array.isArray(v[1][1])"},
	}
	rt := goja.New()
	for _, tt := range tests {
		v, err := parseExtJSON(rt, tt.src)
		if err != nil {
			t.Errorf("parseExtJSON(%q): unexpected error %v", tt.src, err)
			continue
		}
		if err := rt.Set("v", v); err != nil {
			t.Fatal(err)
		}
		got, err := rt.RunString("JSON.stringify(v)")
		if err != nil {
			t.Fatalf("stringify: %v", err)
		}
		if got.String() != tt.want {
			t.Errorf("parseExtJSON(%q) = %s, want %s", tt.src, got, tt.want)
		}
		if tt.check != "" {
			ok, err := rt.RunString(tt.check)
			if err != nil {
				t.Fatalf("check %s: %v", tt.check, err)
			}
			if !ok.ToBoolean() {
				t.Errorf("parseExtJSON(%q): %s is false", tt.src, tt.check)
			}
		}
	}
}

func TestParseExtJSONErrors(t *testing.T) {
	tests := []struct {
		src, want string
	}{
		{``, "Unexpected end of JSON input at line 1, column 1"},
		{"  \n // only a comment", "Unexpected end of JSON input at line 2, column 19"},
		// U+2028 ends a line comment but is not white space.
		{"{a: 1, // to end of line\u2028b: 2}", "unexpected character at line 1, column 25"},
		{`{a: 1`, "expecting '}' at line 1, column 6"},
		{`{1: 2}`, "expecting property name at line 1, column 2"},
		{`{,}`, "expecting property name at line 1, column 2"},
		{`[1 2]`, "expecting ']' at line 1, column 4"},
		{"{\n  \"a\": 1,\n  \"b\": }", "unexpected token: '}' at line 3, column 8"},
		{`[1,,2]`, "unexpected token: ',' at line 1, column 4"},
		{`[,]`, "unexpected token: ',' at line 1, column 2"},
		{`{a 1}`, "expecting ':' at line 1, column 4"},
		{`undefined`, "unexpected token: 'undefined' at line 1, column 1"},
		{`{a: 'x' 'y'}`, "expecting '}' at line 1, column 9"},
		{`[1] x`, "unexpected data at the end at line 1, column 5"},
		{"1\r\n2", "unexpected data at the end at line 2, column 1"},
		{"1\r2", "unexpected data at the end at line 2, column 1"},
		{`/* abc`, "unexpected end of comment at line 1, column 1"},
		{`/ 1`, "unexpected token: '/' at line 1, column 1"},
		{`"abc`, "Unexpected end of JSON input at line 1, column 5"},
		{"\"a\tb\"", "Bad control character in string literal at line 1, column 3"},
		{"'a\nb'", "Bad control character in string literal at line 1, column 3"},
		{`"\x41"`, "Bad escaped character at line 1, column 3"},
		{`'\"'`, "Bad escaped character at line 1, column 3"},
		{`"\'"`, "Bad escaped character at line 1, column 3"},
		{`"\u12G4"`, "Bad Unicode escape at line 1, column 6"},
		{`"\u12`, "Bad Unicode escape at line 1, column 6"},
		{"\"\xff\"", "Bad UTF-8 sequence at line 1, column 2"},
		{`012`, "Unexpected number at line 1, column 1"},
		{`-012`, "Unexpected number at line 1, column 2"},
		{`1.`, "Unterminated fractional number at line 1, column 3"},
		{`1.e5`, "Unterminated fractional number at line 1, column 3"},
		{`1e`, "Exponent part is missing a number at line 1, column 3"},
		{`1e+`, "Exponent part is missing a number at line 1, column 4"},
		{`0x`, "Unexpected end of JSON input at line 1, column 3"},
		{`0xg`, "Unexpected token 'g' at line 1, column 3"},
		{`0b2`, "Unexpected token '2' at line 1, column 3"},
		{`-x`, "Unexpected token 'x' at line 1, column 2"},
		{`+`, "Unexpected end of JSON input at line 1, column 2"},
		{`- 1`, "Unexpected token ' ' at line 1, column 2"},
		{`-infinity`, "Unexpected token 'i' at line 1, column 2"},
		{`é`, "unexpected character at line 1, column 1"},
		{"[\n\n  é]", "unexpected character at line 3, column 3"},
		{`{"é": 1 x`, "expecting '}' at line 1, column 9"},
		{`{é: 1}`, "unexpected character at line 1, column 2"},
		{strings.Repeat("[", maxExtJSONDepth+2), "stack overflow at line 1, column 10002"},
	}
	rt := goja.New()
	for _, tt := range tests {
		v, err := parseExtJSON(rt, tt.src)
		if err == nil {
			t.Errorf("parseExtJSON(%q) = %v, want error %q", tt.src, v, tt.want)
			continue
		}
		ex, ok := err.(*goja.Exception)
		if !ok {
			t.Errorf("parseExtJSON(%q): error %T, want *goja.Exception", tt.src, err)
			continue
		}
		obj := ex.Value().ToObject(rt)
		if name := obj.Get("name").String(); name != "SyntaxError" {
			t.Errorf("parseExtJSON(%q): %s, want a SyntaxError", tt.src, name)
		}
		if msg := obj.Get("message").String(); msg != tt.want {
			t.Errorf("parseExtJSON(%q): message %q, want %q", tt.src, msg, tt.want)
		}
	}
}
