package std

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// jsArgs evaluates the JS array literal src and returns its elements.
func jsArgs(t testing.TB, rt *goja.Runtime, src string) []goja.Value {
	t.Helper()
	v, err := rt.RunString("(" + src + ")")
	if err != nil {
		t.Fatalf("evaluating %s: %v", src, err)
	}
	obj := v.ToObject(rt)
	n := int(obj.Get("length").ToInteger())
	args := make([]goja.Value, n)
	for i := range args {
		args[i] = obj.Get(strconv.Itoa(i))
	}
	return args
}

// TestAppendPrintfMatchesC checks conversions whose expected output was
// produced by glibc's printf with the same format and C-typed arguments.
func TestAppendPrintfMatchesC(t *testing.T) {
	tests := []struct {
		format, args, want string
	}{
		{"%d\n", "[42]", "42\n"},
		{"%d", "[-42]", "-42"},
		{"%i", "[7]", "7"},
		{"%5d|", "[42]", "   42|"},
		{"%-5d|", "[42]", "42   |"},
		{"%05d", "[-42]", "-0042"},
		{"%+d % d", "[5, 5]", "+5  5"},
		{"%+ d", "[42]", "+42"},
		{"% 05d", "[42]", " 0042"},
		{"%.3d", "[7]", "007"},
		{"%08.3d|", "[7]", "     007|"},
		{"%.0d|", "[0]", "|"},
		{"%5.0d|", "[0]", "     |"},
		{"%+.0d|", "[0]", "+|"},
		{"%-05d|", "[42]", "42   |"},
		{"%d", "[2147483648]", "-2147483648"},
		{"%d", "[4294967297]", "1"},
		{"%d", "[-2147483649]", "2147483647"},
		{"%d", "[3.99]", "3"},
		{"%d", "[-3.99]", "-3"},
		{"%u", "[-1]", "4294967295"},
		{"%x", "[-1]", "ffffffff"},
		{"%X", "[255]", "FF"},
		{"%#x %#X", "[255, 255]", "0xff 0XFF"},
		{"%#x", "[0]", "0"},
		{"%#o", "[8]", "010"},
		{"%#o", "[0]", "0"},
		{"%#.3o", "[8]", "010"},
		{"%#.0o", "[0]", "0"},
		{"%o", "[-1]", "37777777777"},
		{"%#08x", "[1]", "0x000001"},
		{"%#5.3x|", "[1]", "0x001|"},
		{"%ld", "[2147483648]", "2147483648"},
		{"%ld", "[-9007199254740991]", "-9007199254740991"},
		{"%lu", "[-1]", "18446744073709551615"},
		{"%lx", "[-1]", "ffffffffffffffff"},
		{"%lld", "[1e15]", "1000000000000000"},
		{"%llx", "[2**40]", "10000000000"},
		{"%ld", "[2**63]", "-9223372036854775808"},
		{"%ld", "[2**64 + 4096]", "4096"},
		{"%lo", "[8]", "10"},
		{"%*d|", "[6, 42]", "    42|"},
		{"%-*d|", "[6, 42]", "42    |"},
		{"%*d|", "[-6, 42]", "42    |"},
		{"%.*d|", "[4, 42]", "0042|"},
		{"%*.*f|", "[10, 2, 3.14159]", "      3.14|"},
		{"%f", "[3.14159]", "3.141590"},
		{"%f", "[-0]", "-0.000000"},
		{"%.2f", "[2.675]", "2.67"},
		{"%.0f %.0f %.0f", "[0.5, 1.5, 2.5]", "0 2 2"},
		{"%#.0f", "[3]", "3."},
		{"%010.3f|", "[-1.5]", "-00001.500|"},
		{"%-10.3f|", "[1.5]", "1.500     |"},
		{"%+f", "[1]", "+1.000000"},
		{"% f", "[1]", " 1.000000"},
		{"%F", "[1e20]", "100000000000000000000.000000"},
		{"%f", "[1e300]", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"},
		{"%.3f", "[1e-10]", "0.000"},
		{"%f", "[Infinity]", "inf"},
		{"%f", "[-Infinity]", "-inf"},
		{"%010f|", "[Infinity]", "       inf|"},
		{"%-6f|", "[NaN]", "nan   |"},
		{"%+F", "[NaN]", "+NAN"},
		{"%E", "[-Infinity]", "-INF"},
		{"%e", "[12345.678]", "1.234568e+04"},
		{"%E", "[0.000123]", "1.230000E-04"},
		{"%.0e", "[12345]", "1e+04"},
		{"%#.0e", "[3]", "3.e+00"},
		{"%e", "[0]", "0.000000e+00"},
		{"%e", "[1e-300]", "1.000000e-300"},
		{"%e", "[5e-324]", "4.940656e-324"},
		{"%12.4e|", "[-1234.5]", " -1.2345e+03|"},
		{"%012.4e|", "[1234.5]", "001.2345e+03|"},
		{"%g", "[100000]", "100000"},
		{"%g", "[1e6]", "1e+06"},
		{"%g", "[0.0001]", "0.0001"},
		{"%g", "[0.00001]", "1e-05"},
		{"%g", "[123.456]", "123.456"},
		{"%g", "[0]", "0"},
		{"%g", "[-0]", "-0"},
		{"%#g", "[1]", "1.00000"},
		{"%#g", "[0]", "0.00000"},
		{"%.0g", "[123]", "1e+02"},
		{"%#.0g", "[123]", "1.e+02"},
		{"%#.3g", "[123]", "123."},
		{"%.3g", "[999.5]", "1e+03"},
		{"%.3g", "[0.0009995]", "0.000999"},
		{"%G", "[1e-10]", "1E-10"},
		{"%g", "[1e100]", "1e+100"},
		{"%.10g", "[3.141592653589793]", "3.141592654"},
		{"%.17g", "[0.1]", "0.10000000000000001"},
		{"%g", "[1.5e-5]", "1.5e-05"},
		{"%10.3g|", "[3.14159]", "      3.14|"},
		{"%-10g|", "[2.5]", "2.5       |"},
		{"%010g|", "[-2.5]", "-0000002.5|"},
		{"%a", "[1]", "0x1p+0"},
		{"%a", "[0.1]", "0x1.999999999999ap-4"},
		{"%A", "[255.5]", "0X1.FFP+7"},
		{"%a", "[0]", "0x0p+0"},
		{"%a", "[-0]", "-0x0p+0"},
		{"%a", "[5e-324]", "0x0.0000000000001p-1022"},
		{"%a", "[2.2250738585072014e-308]", "0x1p-1022"},
		{"%a", "[1e300]", "0x1.7e43c8800759cp+996"},
		{"%.2a", "[0.1]", "0x1.9ap-4"},
		{"%.0a %.0a", "[1.5, 2.5]", "0x2p+0 0x1p+1"},
		{"%#.0a", "[1]", "0x1.p+0"},
		{"%.1a", "[1.96875]", "0x2.0p+0"},
		{"%.1a %.1a", "[1.03125, 1.09375]", "0x1.0p+0 0x1.2p+0"},
		{"%.3a", "[0]", "0x0.000p+0"},
		{"%.13a", "[1]", "0x1.0000000000000p+0"},
		{"%.15a", "[1]", "0x1.000000000000000p+0"},
		{"%20a|", "[-1]", "             -0x1p+0|"},
		{"%020a|", "[-1]", "-0x00000000000001p+0|"},
		{"%+a", "[Infinity]", "+inf"},
		{"%.12a", "[1.7976931348623157e308]", "0x2.000000000000p+1023"},
		{"%.2a", "[1e-310]", "0x0.01p-1022"},
		{"%s", "['hello']", "hello"},
		{"[%8s]", "['abc']", "[     abc]"},
		{"[%-8s]", "['abc']", "[abc     ]"},
		{"[%08s]", "['abc']", "[     abc]"},
		{"[%.2s]", "['abc']", "[ab]"},
		{"[%-6.2s]", "['abc']", "[ab    ]"},
		{"[%.0s]", "['abc']", "[]"},
		{"%c%c%c", "[72, 105, 33]", "Hi!"},
		{"100%% sure", "[]", "100% sure"},
		{"%d%%", "[50]", "50%"},
		{"%'d", "[1234567]", "1234567"},
		{"%lf %lg %le", "[1.5, 1.5, 1.5]", "1.500000 1.5 1.500000e+00"},
	}
	rt := goja.New()
	for _, tt := range tests {
		got, err := appendPrintf(nil, rt, tt.format, jsArgs(t, rt, tt.args))
		if err != nil {
			t.Errorf("appendPrintf(%q, %s): unexpected error %v", tt.format, tt.args, err)
			continue
		}
		if string(got) != tt.want {
			t.Errorf("appendPrintf(%q, %s) = %q, want %q", tt.format, tt.args, got, tt.want)
		}
	}
}

// TestAppendPrintfJSValues checks how JS values that C has no type for are
// converted: BigInts, strings, objects, undefined, and %c of strings.
func TestAppendPrintfJSValues(t *testing.T) {
	tests := []struct {
		format, args, want string
	}{
		{"%d", "[2n**40n]", "0"},
		{"%d", "[-(2n**31n) - 1n]", "2147483647"},
		{"%ld", "[2n**64n + 5n]", "5"},
		{"%ld", "[-1n]", "-1"},
		{"%lx", "[-1n]", "ffffffffffffffff"},
		{"%lu", "[2n**63n]", "9223372036854775808"},
		{"%u", "[-1n]", "4294967295"},
		{"%d", "['42']", "42"},
		{"%d", "['0x10']", "16"},
		{"%d", "['abc']", "0"},
		{"%d %d %d", "[true, null, undefined]", "1 0 0"},
		{"%d %d %d", "[NaN, Infinity, -Infinity]", "0 0 0"},
		{"%ld", "[1e20]", "7766279631452241920"},
		{"%ld", "[-1e20]", "-7766279631452241920"},
		{"%d", "[{valueOf() { return 7 }}]", "7"},
		{"%x", "[[255]]", "ff"},
		{"%s", "[42]", "42"},
		{"%s", "[1.5]", "1.5"},
		{"%s %s", "[null, undefined]", "null undefined"},
		{"%s", "[{}]", "[object Object]"},
		{"%s", "[[1, 2]]", "1,2"},
		{"%s", "[10n]", "10"},
		{"%s", "[true]", "true"},
		{"%s", "[{toString() { return 'custom' }}]", "custom"},
		{"%5s|", "['\u00e9']", "   \u00e9|"},
		{"%.1s|", "['ab\u00e9']", "a|"},
		{"%c", "['ABC']", "A"},
		{"%c", "['\U0001F600x']", "\U0001F600"},
		{"%c", "[0x1F600]", "\U0001F600"},
		{"%c", "[0x110000]", "\uFFFD"},
		{"%c", "[-1]", "\uFFFD"},
		{"%c", "[0xD800]", "\uFFFD"},
		{"%c", "['\\uD800']", "\uFFFD"},
		{"%c", "['']", "\x00"},
		{"%5c|", "[65]", "A|"},
		{"%c", "[65.9]", "A"},
		{"%c", "[0x100000041]", "A"},
		{"%f", "['1.5']", "1.500000"},
		{"%f %f", "[null, undefined]", "0.000000 nan"},
		{"%g", "[{valueOf() { return 2 }}]", "2"},
		{"%d", "[1, 2, 3]", "1"},
		{"plain text", "[1]", "plain text"},
		{"", "[]", ""},
		{"%lld %llu", "[-5, -1]", "-5 18446744073709551615"},
		{"%.*d|", "[-3, 42]", "42|"},
		{"%*s|", "[2**32 + 3, 'a']", "  a|"},
		{"%" + strings.Repeat("0", 29) + "d", "[1]", "1"},
		{"%" + strings.Repeat("0", 27) + "ld", "[1]", "1"},
		{"a\x00b%d", "[1]", "a\x00b1"},
	}
	rt := goja.New()
	for _, tt := range tests {
		format := unquoteGo(t, tt.format)
		got, err := appendPrintf(nil, rt, format, jsArgs(t, rt, tt.args))
		if err != nil {
			t.Errorf("appendPrintf(%q, %s): unexpected error %v", format, tt.args, err)
			continue
		}
		if want := unquoteGo(t, tt.want); string(got) != want {
			t.Errorf("appendPrintf(%q, %s) = %q, want %q", format, tt.args, got, want)
		}
	}
}

// unquoteGo interprets the Go escapes in s, so that tables can spell
// non-ASCII output in ASCII.
func unquoteGo(t *testing.T, s string) string {
	t.Helper()
	u, err := strconv.Unquote(`"` + s + `"`)
	if err != nil {
		t.Fatalf("unquoting %q: %v", s, err)
	}
	return u
}

func TestAppendPrintfErrors(t *testing.T) {
	tests := []struct {
		format, args, want string
	}{
		{"%d", "[]", "ReferenceError: missing argument for conversion specifier"},
		{"%d %d", "[1]", "ReferenceError: missing argument for conversion specifier"},
		{"%*d", "[5]", "ReferenceError: missing argument for conversion specifier"},
		{"%.*f", "[]", "ReferenceError: missing argument for conversion specifier"},
		{"%c", "[]", "ReferenceError: missing argument for conversion specifier"},
		{"%y", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%", "[]", "TypeError: invalid conversion specifier in format string"},
		{"abc%5", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%hd", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%zd", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%Lf", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%llld", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%n", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%p", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%" + strings.Repeat("0", 30) + "d", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%" + strings.Repeat("0", 28) + "ld", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%" + strings.Repeat("9", 40) + "d", "[1]", "TypeError: invalid conversion specifier in format string"},
		{"%f", "[1n]", "TypeError: cannot convert bigint to number"},
		{"%*d", "[1n, 1]", "TypeError: cannot convert bigint to number"},
		{"%s", "[Symbol('x')]", "TypeError: cannot convert symbol to string"},
		{"%d", "[{valueOf() { throw new RangeError('boom') }}]", "RangeError: boom"},
		{"%s", "[{toString() { throw new Error('nope') }}]", "Error: nope"},
		{"%99999999d", "[1]", "RangeError: field width or precision too large in format string"},
	}
	rt := goja.New()
	for _, tt := range tests {
		got, err := appendPrintf([]byte("keep:"), rt, tt.format, jsArgs(t, rt, tt.args))
		if err == nil {
			t.Errorf("appendPrintf(%q, %s) = %q, want error %q", tt.format, tt.args, got, tt.want)
			continue
		}
		ex, ok := err.(*goja.Exception)
		if !ok {
			t.Errorf("appendPrintf(%q, %s): error %T, want *goja.Exception", tt.format, tt.args, err)
			continue
		}
		if msg := ex.Value().String(); msg != tt.want {
			t.Errorf("appendPrintf(%q, %s): error %q, want %q", tt.format, tt.args, msg, tt.want)
		}
		if !strings.HasPrefix(string(got), "keep:") {
			t.Errorf("appendPrintf(%q, %s): dst prefix lost: %q", tt.format, tt.args, got)
		}
	}
}

func BenchmarkAppendPrintfInt(b *testing.B) {
	rt := goja.New()
	args := []goja.Value{rt.ToValue(123456)}
	var dst []byte
	b.ReportAllocs()
	for b.Loop() {
		var err error
		dst, err = appendPrintf(dst[:0], rt, "%d\n", args)
		if err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAppendPrintfMixed(b *testing.B) {
	rt := goja.New()
	args := []goja.Value{rt.ToValue("name"), rt.ToValue(42), rt.ToValue(3.14159), rt.ToValue(255), rt.ToValue(65), rt.ToValue(1e-5)}
	var dst []byte
	b.ReportAllocs()
	for b.Loop() {
		var err error
		dst, err = appendPrintf(dst[:0], rt, "%s: %5d %-8.3f %#x %c %g\n", args)
		if err != nil {
			b.Fatal(err)
		}
	}
}
