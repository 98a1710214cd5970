package std

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// parseExtJSON parses src as QuickJS's extended JSON and returns the JS value it denotes.
//
// Beyond JSON it accepts, as QuickJS 2025-09 does with JS_PARSE_JSON_EXT:
// /* */ and // comments; \v and \f as white space; single-quoted strings;
// \v and backslash-newline escapes in strings; ASCII identifiers as object
// keys; trailing commas in objects and arrays; a leading '+'; a fraction
// without integer part (".5", but not "5."); 0x, 0o and 0b integers; and
// Infinity and NaN, signed or not.
//
// A syntax error is returned as a *goja.Exception holding a SyntaxError
// whose message is QuickJS's, followed by the line and column (both from 1,
// the column counted in code points) where it was found.
func parseExtJSON(rt *goja.Runtime, src string) (goja.Value, error) {
	p := &extJSONParser{rt: rt, src: src}
	if err := p.next(); err != nil {
		return nil, err
	}
	v, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if p.tok != tokEOF {
		return nil, p.errorAt(p.tokPos, "unexpected data at the end")
	}
	return v, nil
}

// Token kinds other than single punctuation characters, which stand for
// themselves.
const (
	tokEOF = -1 - iota
	tokString
	tokNumber
	tokIdent
)

// maxExtJSONDepth bounds the nesting of objects and arrays, where QuickJS
// reports a stack overflow.
const maxExtJSONDepth = 10000

type extJSONParser struct {
	rt  *goja.Runtime
	src string
	pos int // where the next token starts to be looked for

	tok    int    // current token: a kind above or a byte
	tokPos int    // offset of the current token
	str    string // tokIdent name; tokString value when it is valid UTF-8
	str16  []uint16
	is16   bool // tokString holds lone surrogates, so its value is str16
	num    float64
	buf    []byte // scratch for string values
}

// next scans the token that follows p.pos.
func (p *extJSONParser) next() error {
	src := p.src
	i := p.pos
	for i < len(src) {
		c := src[i]
		switch c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			i++
			continue
		case '/':
			if i+1 < len(src) && src[i+1] == '*' {
				end := strings.Index(src[i+2:], "*/")
				if end < 0 {
					return p.errorAt(i, "unexpected end of comment")
				}
				i += 2 + end + 2
				continue
			}
			if i+1 < len(src) && src[i+1] == '/' {
				i += 2
				for i < len(src) && src[i] != '\n' && src[i] != '\r' {
					if src[i] >= utf8.RuneSelf {
						r, size := utf8.DecodeRuneInString(src[i:])
						if r == 0x2028 || r == 0x2029 {
							break
						}
						i += size
						continue
					}
					i++
				}
				continue
			}
		}
		break
	}
	p.tokPos = i
	if i >= len(src) {
		p.tok = tokEOF
		p.pos = i
		return nil
	}
	c := src[i]
	switch {
	case c == '"' || c == '\'':
		end, err := p.scanString(i+1, c)
		if err != nil {
			return err
		}
		p.tok = tokString
		p.pos = end
	case isIdentStart(c):
		j := i + 1
		for j < len(src) && (isIdentStart(src[j]) || isDigit(src[j])) {
			j++
		}
		p.tok = tokIdent
		p.str = src[i:j]
		p.pos = j
	case c == '+' || c == '-' || isDigit(c) || c == '.' && i+1 < len(src) && isDigit(src[i+1]):
		end, err := p.scanNumber(i)
		if err != nil {
			return err
		}
		p.tok = tokNumber
		p.pos = end
	case c >= utf8.RuneSelf:
		return p.errorAt(i, "unexpected character")
	default:
		p.tok = int(c)
		p.pos = i + 1
	}
	return nil
}

// scanString scans the string body starting at i up to the closing quote
// sep and returns the offset after it.
func (p *extJSONParser) scanString(i int, sep byte) (int, error) {
	src := p.src
	p.buf = p.buf[:0]
	p.str16 = p.str16[:0]
	p.is16 = false
	for {
		if i >= len(src) {
			return 0, p.errorAt(i, "Unexpected end of JSON input")
		}
		c := src[i]
		i++
		if c == sep {
			break
		}
		if c < 0x20 {
			return 0, p.errorAt(i-1, "Bad control character in string literal")
		}
		if c != '\\' {
			if c < utf8.RuneSelf {
				p.putRune(rune(c))
				continue
			}
			r, size := utf8.DecodeRuneInString(src[i-1:])
			if r == utf8.RuneError && size == 1 {
				return 0, p.errorAt(i-1, "Bad UTF-8 sequence")
			}
			p.putRune(r)
			i += size - 1
			continue
		}
		if i >= len(src) {
			return 0, p.errorAt(i, "Unexpected end of JSON input")
		}
		c = src[i]
		i++
		switch c {
		case 'b':
			p.putRune('\b')
		case 'f':
			p.putRune('\f')
		case 'n':
			p.putRune('\n')
		case 'r':
			p.putRune('\r')
		case 't':
			p.putRune('\t')
		case 'v':
			p.putRune('\v')
		case '\\', '/':
			p.putRune(rune(c))
		case '\n':
			// A line continuation.
		case 'u':
			var u rune
			for k := 0; k < 4; k++ {
				h := -1
				if i < len(src) {
					h = hexVal(src[i])
				}
				if h < 0 {
					return 0, p.errorAt(i, "Bad Unicode escape")
				}
				u = u<<4 | rune(h)
				i++
			}
			p.putUnit(u)
		default:
			if c != sep {
				return 0, p.errorAt(i-1, "Bad escaped character")
			}
			p.putRune(rune(c))
		}
	}
	if !p.is16 {
		p.str = string(p.buf)
	}
	return i, nil
}

// putRune appends r to the string being scanned.
func (p *extJSONParser) putRune(r rune) {
	if p.is16 {
		p.str16 = utf16.AppendRune(p.str16, r)
		return
	}
	p.buf = utf8.AppendRune(p.buf, r)
}

// putUnit appends the UTF-16 code unit u from a \u escape, pairing
// surrogates and switching to UTF-16 if one is left alone.
func (p *extJSONParser) putUnit(u rune) {
	if u < 0xd800 || u >= 0xe000 {
		p.putRune(u)
		return
	}
	if !p.is16 {
		if u >= 0xdc00 {
			// A low surrogate may complete a high one just written.
			if hi, size := lastSurrogate(p.buf); size > 0 {
				p.buf = utf8.AppendRune(p.buf[:len(p.buf)-size], utf16.DecodeRune(hi, u))
				return
			}
		}
		if u < 0xdc00 {
			// Keep a high surrogate as WTF-8 until its pair arrives.
			p.buf = append(p.buf, 0xed, byte(0xa0|(u>>6)&0x1f), byte(0x80|u&0x3f))
			return
		}
		p.switchTo16()
	}
	p.str16 = append(p.str16, uint16(u))
}

// lastSurrogate returns the high surrogate at the end of b in the WTF-8
// form putUnit writes, and its length in bytes (0 if there is none).
func lastSurrogate(b []byte) (rune, int) {
	n := len(b)
	if n < 3 || b[n-3] != 0xed || b[n-2]&0xf0 != 0xa0 {
		return 0, 0
	}
	return 0xd800 | rune(b[n-2]&0x0f)<<6 | rune(b[n-1]&0x3f), 3
}

// switchTo16 moves the string scanned so far, which may end in or contain
// unpaired high surrogates in WTF-8 form, into str16.
func (p *extJSONParser) switchTo16() {
	b := p.buf
	for len(b) > 0 {
		if len(b) >= 3 && b[0] == 0xed && b[1]&0xf0 == 0xa0 {
			p.str16 = append(p.str16, uint16(0xd800|rune(b[1]&0x0f)<<6|rune(b[2]&0x3f)))
			b = b[3:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		p.str16 = utf16.AppendRune(p.str16, r)
		b = b[size:]
	}
	p.is16 = true
}

// stringValue returns the value of the current tokString.
func (p *extJSONParser) stringValue() goja.Value {
	if p.is16 {
		return goja.StringFromUTF16(p.str16)
	}
	if !utf8.ValidString(p.str) {
		// An unpaired high surrogate is still in WTF-8 form.
		p.switchTo16()
		return goja.StringFromUTF16(p.str16)
	}
	return p.rt.ToValue(p.str)
}

// scanNumber scans the number starting at i, which holds a sign, a digit or
// a '.' followed by a digit, and returns the offset after it.
func (p *extJSONParser) scanNumber(i int) (int, error) {
	src := p.src
	start := i
	neg := false
	if src[i] == '+' || src[i] == '-' {
		neg = src[i] == '-'
		i++
	}
	at := func(k int) byte {
		if k < len(src) {
			return src[k]
		}
		return 0
	}
	if !isDigit(at(i)) {
		switch {
		case hasPrefixAt(src, i, "Infinity"):
			p.num = math.Inf(1)
			if neg {
				p.num = math.Inf(-1)
			}
			return i + len("Infinity"), nil
		case hasPrefixAt(src, i, "NaN"):
			p.num = math.NaN()
			return i + len("NaN"), nil
		case at(i) != '.':
			return 0, p.unexpectedToken(i)
		}
	}
	if at(i) == '0' {
		base := 0
		switch at(i + 1) {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			i += 2
			j := i
			for j < len(src) && hexVal(src[j]) >= 0 && hexVal(src[j]) < base {
				j++
			}
			if j == i {
				return 0, p.unexpectedToken(i)
			}
			p.num = parseRadix(src[i:j], base)
			if neg {
				p.num = -p.num
			}
			return j, nil
		}
		if isDigit(at(i + 1)) {
			return 0, p.errorAt(i, "Unexpected number")
		}
	}
	for isDigit(at(i)) {
		i++
	}
	if at(i) == '.' {
		i++
		if !isDigit(at(i)) {
			return 0, p.errorAt(i, "Unterminated fractional number")
		}
		for isDigit(at(i)) {
			i++
		}
	}
	if at(i) == 'e' || at(i) == 'E' {
		i++
		if at(i) == '+' || at(i) == '-' {
			i++
		}
		if !isDigit(at(i)) {
			return 0, p.errorAt(i, "Exponent part is missing a number")
		}
		for isDigit(at(i)) {
			i++
		}
	}
	text := src[start:i]
	if text[0] == '+' {
		text = text[1:]
	}
	f, err := strconv.ParseFloat(text, 64)
	if err != nil && !isRangeErr(err) {
		return 0, p.errorAt(start, "invalid number")
	}
	p.num = f
	return i, nil
}

// unexpectedToken reports the character at i as QuickJS's number scanner
// does.
func (p *extJSONParser) unexpectedToken(i int) error {
	if i >= len(p.src) {
		return p.errorAt(i, "Unexpected end of JSON input")
	}
	r, _ := utf8.DecodeRuneInString(p.src[i:])
	return p.errorAt(i, "Unexpected token '"+string(r)+"'")
}

// value parses the value that starts at the current token and leaves the
// token after it current.
func (p *extJSONParser) value(depth int) (goja.Value, error) {
	if depth > maxExtJSONDepth {
		return nil, p.errorAt(p.tokPos, "stack overflow")
	}
	rt := p.rt
	switch p.tok {
	case '{':
		if err := p.next(); err != nil {
			return nil, err
		}
		obj := rt.NewObject()
		if p.tok != '}' {
			for {
				var key string
				switch p.tok {
				case tokString:
					if p.is16 || !utf8.ValidString(p.str) {
						key = p.stringValue().String()
					} else {
						key = p.str
					}
				case tokIdent:
					key = p.str
				default:
					return nil, p.errorAt(p.tokPos, "expecting property name")
				}
				if err := p.next(); err != nil {
					return nil, err
				}
				if err := p.expect(':'); err != nil {
					return nil, err
				}
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				// Define rather than set, so that "__proto__" is an own
				// property and not the prototype, as with JSON.parse.
				if err := obj.DefineDataProperty(key, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
					return nil, err
				}
				if p.tok != ',' {
					break
				}
				if err := p.next(); err != nil {
					return nil, err
				}
				if p.tok == '}' {
					break
				}
			}
		}
		if err := p.expect('}'); err != nil {
			return nil, err
		}
		return obj, nil

	case '[':
		if err := p.next(); err != nil {
			return nil, err
		}
		var items []any
		if p.tok != ']' {
			for {
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				items = append(items, v)
				if p.tok != ',' {
					break
				}
				if err := p.next(); err != nil {
					return nil, err
				}
				if p.tok == ']' {
					break
				}
			}
		}
		if err := p.expect(']'); err != nil {
			return nil, err
		}
		return rt.NewArray(items...), nil

	case tokString:
		v := p.stringValue()
		return v, p.next()

	case tokNumber:
		v := rt.ToValue(p.num)
		return v, p.next()

	case tokIdent:
		var v goja.Value
		switch p.str {
		case "true":
			v = rt.ToValue(true)
		case "false":
			v = rt.ToValue(false)
		case "null":
			v = goja.Null()
		case "Infinity":
			v = rt.ToValue(math.Inf(1))
		case "NaN":
			v = rt.ToValue(math.NaN())
		default:
			return nil, p.unexpected()
		}
		return v, p.next()

	default:
		return nil, p.unexpected()
	}
}

// unexpected reports the current token where a value was expected.
func (p *extJSONParser) unexpected() error {
	if p.tok == tokEOF {
		return p.errorAt(p.tokPos, "Unexpected end of JSON input")
	}
	return p.errorAt(p.tokPos, "unexpected token: '"+p.src[p.tokPos:p.pos]+"'")
}

// expect checks that the current token is tok and moves past it.
func (p *extJSONParser) expect(tok byte) error {
	if p.tok != int(tok) {
		return p.errorAt(p.tokPos, "expecting '"+string(tok)+"'")
	}
	return p.next()
}

// errorAt returns a SyntaxError with message msg located at offset off.
func (p *extJSONParser) errorAt(off int, msg string) error {
	line, col := 1, 1
	for i, r := range p.src[:min(off, len(p.src))] {
		if r == '\n' || r == '\r' && (i+1 >= len(p.src) || p.src[i+1] != '\n') {
			line++
			col = 1
		} else if r != '\r' {
			col++
		}
	}
	return newJSError(p.rt, "SyntaxError", msg+" at line "+strconv.Itoa(line)+", column "+strconv.Itoa(col))
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$'
}

// hexVal returns the value of the hexadecimal digit c, or -1.
func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseRadix returns the value of the digits s in base, rounded to the
// nearest double as a JS numeric literal is.
func parseRadix(s string, base int) float64 {
	if u, err := strconv.ParseUint(s, base, 64); err == nil {
		return float64(u)
	}
	// Too large for 64 bits: a big.Float made from the exact integer
	// rounds to nearest even on conversion.
	var n big.Int
	n.SetString(s, base)
	f, _ := new(big.Float).SetInt(&n).Float64()
	return f
}

func hasPrefixAt(s string, i int, prefix string) bool {
	return len(s)-i >= len(prefix) && s[i:i+len(prefix)] == prefix
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}
