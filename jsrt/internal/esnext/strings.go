package esnext

import (
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// units returns the UTF-16 code units of v's string. goja's String()
// turns a lone surrogate into U+FFFD, so the units are read from the
// string's own representation when it holds surrogates.
func (r *Realm) units(v goja.Value) []uint16 {
	if s, ok := v.(goja.String); ok {
		n := s.Length()
		u := make([]uint16, n)
		for i := 0; i < n; i++ {
			u[i] = s.CharAt(i)
		}
		return u
	}
	return nil
}

// wellFormedEnd returns the index of the first lone surrogate in u, or
// len(u).
func wellFormedEnd(u []uint16, from int) int {
	for i := from; i < len(u); i++ {
		c := u[i]
		switch {
		case c >= 0xD800 && c <= 0xDBFF:
			if i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF {
				i++
				continue
			}
			return i
		case c >= 0xDC00 && c <= 0xDFFF:
			return i
		}
	}
	return len(u)
}

func (r *Realm) stringUnits(c goja.FunctionCall, method string) []uint16 {
	if isNullish(c.This) {
		r.throwType("String.prototype.%s called on null or undefined", method)
	}
	s, ok := c.This.(goja.String)
	if !ok {
		if _, ok := c.This.(*goja.Symbol); ok {
			r.throwType("Cannot convert a Symbol value to a string")
		}
		s, _ = c.This.ToString().(goja.String)
	}
	return r.units(s)
}

func (r *Realm) isWellFormed(c goja.FunctionCall) goja.Value {
	u := r.stringUnits(c, "isWellFormed")
	return r.rt.ToValue(wellFormedEnd(u, 0) == len(u))
}

func (r *Realm) toWellFormed(c goja.FunctionCall) goja.Value {
	u := r.stringUnits(c, "toWellFormed")
	i := wellFormedEnd(u, 0)
	if i == len(u) {
		return c.This.ToString()
	}
	out := append([]uint16(nil), u...)
	for i < len(out) {
		out[i] = 0xFFFD
		i = wellFormedEnd(out, i+1)
	}
	return goja.StringFromUTF16(out)
}

// regExpEscape is RegExp.escape (ES2025): every character that could mean
// something in a pattern, with or without the u or v flag, is escaped, and
// a leading digit or letter is written as \xHH so that the result can
// follow an escape such as \1 or \c.
func (r *Realm) regExpEscape(c goja.FunctionCall) goja.Value {
	s, ok := arg(c, 0).(goja.String)
	if !ok {
		r.throwType("RegExp.escape requires a string")
	}
	u := r.units(s)
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		ch := rune(u[i])
		if utf16.IsSurrogate(ch) && i+1 < len(u) {
			if p := utf16.DecodeRune(ch, rune(u[i+1])); p != 0xFFFD {
				b.WriteRune(p)
				i++
				continue
			}
		}
		switch {
		case i == 0 && (ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'):
			writeHex(&b, ch)
		case strings.ContainsRune("^$\\.*+?()[]{}|/", ch):
			b.WriteByte('\\')
			b.WriteRune(ch)
		case strings.ContainsRune(",-=<>#&!%:;@~'`\"", ch):
			writeHex(&b, ch)
		case ch == '\t':
			b.WriteString(`\t`)
		case ch == '\n':
			b.WriteString(`\n`)
		case ch == '\v':
			b.WriteString(`\v`)
		case ch == '\f':
			b.WriteString(`\f`)
		case ch == '\r':
			b.WriteString(`\r`)
		case isWhiteSpaceOrLineTerminator(ch) || utf16.IsSurrogate(ch):
			if ch <= 0xFF {
				writeHex(&b, ch)
			} else {
				b.WriteString(`\u`)
				writeHexDigits(&b, ch, 4)
			}
		default:
			b.WriteRune(ch)
		}
	}
	return r.rt.ToValue(b.String())
}

func writeHex(b *strings.Builder, ch rune) {
	b.WriteString(`\x`)
	writeHexDigits(b, ch, 2)
}

func writeHexDigits(b *strings.Builder, ch rune, n int) {
	const digits = "0123456789abcdef"
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(digits[(ch>>(4*i))&0xF])
	}
}

// isWhiteSpaceOrLineTerminator is the spec's WhiteSpace or LineTerminator.
func isWhiteSpaceOrLineTerminator(ch rune) bool {
	switch ch {
	case '\t', '\v', '\f', ' ', 0xA0, 0xFEFF, '\n', '\r', 0x2028, 0x2029:
		return true
	}
	return ch == 0x1680 || ch >= 0x2000 && ch <= 0x200A || ch == 0x202F || ch == 0x205F || ch == 0x3000
}
