package inspect

import (
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

const hexDigits = "0123456789abcdef"

// appendNumber formats f as JavaScript's Number::toString does, except that
// negative zero prints as "-0" (QuickJS prints with JS_DTOA_MINUS_ZERO).
func appendNumber(dst []byte, f float64) []byte {
	switch {
	case f == 0:
		if math.Signbit(f) {
			return append(dst, "-0"...)
		}
		return append(dst, '0')
	case math.IsNaN(f):
		return append(dst, "NaN"...)
	case math.IsInf(f, 1):
		return append(dst, "Infinity"...)
	case math.IsInf(f, -1):
		return append(dst, "-Infinity"...)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return strconv.AppendInt(dst, int64(f), 10)
	}
	if f < 0 {
		dst = append(dst, '-')
		f = -f
	}
	// Shortest round-tripping digits, then placed per ECMA-262
	// Number::toString: k digits, decimal exponent n.
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], f, 'e', -1, 64)
	var digits [24]byte
	k := 0
	i := 0
	for ; i < len(e) && e[i] != 'e'; i++ {
		if e[i] != '.' {
			digits[k] = e[i]
			k++
		}
	}
	exp, neg := 0, false
	for _, c := range e[i+1:] {
		switch {
		case c == '-':
			neg = true
		case c >= '0' && c <= '9':
			exp = exp*10 + int(c-'0')
		}
	}
	if neg {
		exp = -exp
	}
	n := exp + 1
	switch {
	case k <= n && n <= 21:
		dst = append(dst, digits[:k]...)
		for j := k; j < n; j++ {
			dst = append(dst, '0')
		}
	case 0 < n && n <= 21:
		dst = append(dst, digits[:n]...)
		dst = append(dst, '.')
		dst = append(dst, digits[n:k]...)
	case -6 < n && n <= 0:
		dst = append(dst, "0."...)
		for j := n; j < 0; j++ {
			dst = append(dst, '0')
		}
		dst = append(dst, digits[:k]...)
	default:
		dst = append(dst, digits[0])
		if k > 1 {
			dst = append(dst, '.')
			dst = append(dst, digits[1:k]...)
		}
		dst = append(dst, 'e')
		if n-1 >= 0 {
			dst = append(dst, '+')
		}
		dst = strconv.AppendInt(dst, int64(n-1), 10)
	}
	return dst
}

// appendQuoted is js_print_string: s in double quotes with QuickJS's
// escapes, cut after limit UTF-16 code units with "... N more characters".
func appendQuoted(dst []byte, s goja.String, limit int) []byte {
	n := s.Length()
	shown := min(n, limit)
	dst = append(dst, '"')
	for i := 0; i < shown; i++ {
		c := rune(s.CharAt(i))
		if c >= 0xD800 && c <= 0xDBFF && i+1 < shown {
			if c2 := rune(s.CharAt(i + 1)); c2 >= 0xDC00 && c2 <= 0xDFFF {
				c = 0x10000 + (c-0xD800)<<10 + (c2 - 0xDC00)
				i++
			}
		}
		dst = appendStringChar(dst, c)
	}
	dst = append(dst, '"')
	if n > shown {
		more := n - shown
		dst = append(dst, "... "...)
		dst = strconv.AppendInt(dst, int64(more), 10)
		dst = append(dst, " more character"...)
		if more > 1 {
			dst = append(dst, 's')
		}
	}
	return dst
}

// appendStringChar is the body of js_print_string1 for one code point:
// \t \r \n \b \f \\ \" escaped by name, other C0 and C1 controls and lone
// surrogates as \uXXXX, everything else as UTF-8.
func appendStringChar(dst []byte, c rune) []byte {
	switch c {
	case '\t':
		return append(dst, '\\', 't')
	case '\r':
		return append(dst, '\\', 'r')
	case '\n':
		return append(dst, '\\', 'n')
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\\', '"':
		return append(dst, '\\', byte(c))
	}
	switch {
	case c >= 32 && c <= 126:
		return append(dst, byte(c))
	case c < 32 || (c >= 0x7f && c <= 0x9f) || (c >= 0xD800 && c <= 0xDFFF):
		return append(dst, '\\', 'u',
			hexDigits[c>>12&15], hexDigits[c>>8&15], hexDigits[c>>4&15], hexDigits[c&15])
	}
	return utf8.AppendRune(dst, c)
}

// appendQuotedGo quotes a Go string (a property key or symbol description)
// with the same escapes and no length limit.
func appendQuotedGo(dst []byte, s string) []byte {
	dst = append(dst, '"')
	for _, c := range s {
		dst = appendStringChar(dst, c)
	}
	return append(dst, '"')
}

// appendAtom is js_print_atom for a string key: array indices up to 2^31-1
// and ASCII identifiers print bare, anything else quoted.
func appendAtom(dst []byte, key string) []byte {
	if n, ok := arrayIndex(key); ok && n <= math.MaxInt32 {
		return append(dst, key...)
	}
	return appendSymbolAtom(dst, key)
}

// appendSymbolAtom is js_print_atom for a symbol's description, which is
// never treated as an index.
func appendSymbolAtom(dst []byte, s string) []byte {
	if isASCIIIdent(s) {
		return append(dst, s...)
	}
	return appendQuotedGo(dst, s)
}

func isASCIIIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$' || c >= '0' && c <= '9' && i > 0) {
			return false
		}
	}
	return true
}
