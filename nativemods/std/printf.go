package std

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// appendPrintf formats args by the C format string fmt as QuickJS's std.sprintf does and appends the result to dst.
//
// It never panics: every failure, whether a bad format ("invalid conversion
// specifier in format string", a TypeError), a missing argument ("missing
// argument for conversion specifier", a ReferenceError) or an argument whose
// conversion throws (a Symbol, a valueOf that throws), is returned as a
// *goja.Exception carrying the JS error value. A native function throws it
// with panic(err). It must run on the runtime's goroutine, since converting
// an object argument may call into JS.
//
// The grammar is QuickJS's: flags [-+ #0'], a width and a precision (digits
// or '*', taken from the next argument by ToInt32), an optional 'l' (64-bit
// integers; "ll" is accepted as a synonym), and one of d i o u x X c s e f g
// a E F G A %. Integer conversions take the argument by ToInt64 (or BigInt
// modulo 2^64) and, without 'l', print its low 32 bits as C's int does.
// Arguments beyond those the format uses are ignored.
func appendPrintf(dst []byte, rt *goja.Runtime, format string, args []goja.Value) ([]byte, error) {
	argi := 0
	i := 0
	for i < len(format) {
		start := i
		for i < len(format) && format[i] != '%' {
			i++
		}
		dst = append(dst, format[start:i]...)
		if i >= len(format) {
			break
		}
		i++ // the '%'

		// specLen mirrors the length of the 32-byte conversion buffer QuickJS
		// builds, so that specifications too long for it fail as they do there.
		specLen := 1
		var sp spec
		sp.prec = -1
	flags:
		for i < len(format) {
			switch format[i] {
			case '-':
				sp.minus = true
			case '+':
				sp.plus = true
			case ' ':
				sp.space = true
			case '#':
				sp.hash = true
			case '0':
				sp.zero = true
			case '\'':
				// Thousands grouping: a no-op in the C locale.
			default:
				break flags
			}
			if specLen >= specBufLen-1 {
				return dst, invalidSpec(rt)
			}
			specLen++
			i++
		}

		if i < len(format) && format[i] == '*' {
			i++
			if argi >= len(args) {
				return dst, missingArg(rt)
			}
			w, err := toInt32(rt, args[argi])
			argi++
			if err != nil {
				return dst, err
			}
			specLen += decimalLen(int64(w))
			if w < 0 {
				// As in C, a negative width from '*' is a '-' flag.
				sp.minus = true
				sp.width = -int(w)
			} else {
				sp.width = int(w)
			}
		} else {
			for i < len(format) && isDigit(format[i]) {
				if specLen >= specBufLen-1 {
					return dst, invalidSpec(rt)
				}
				specLen++
				sp.width = addDigit(sp.width, format[i])
				i++
			}
		}

		if i < len(format) && format[i] == '.' {
			if specLen >= specBufLen-1 {
				return dst, invalidSpec(rt)
			}
			specLen++
			i++
			sp.prec = 0
			if i < len(format) && format[i] == '*' {
				i++
				if argi >= len(args) {
					return dst, missingArg(rt)
				}
				p, err := toInt32(rt, args[argi])
				argi++
				if err != nil {
					return dst, err
				}
				specLen += decimalLen(int64(p))
				if p < 0 {
					// C: a negative precision from '*' is as if omitted.
					sp.prec = -1
				} else {
					sp.prec = int(p)
				}
			} else {
				for i < len(format) && isDigit(format[i]) {
					if specLen >= specBufLen-1 {
						return dst, invalidSpec(rt)
					}
					specLen++
					sp.prec = addDigit(sp.prec, format[i])
					i++
				}
			}
		}
		if sp.width > maxField || sp.prec > maxField {
			return dst, newJSError(rt, "RangeError", "field width or precision too large in format string")
		}

		long := false
		if i < len(format) && format[i] == 'l' {
			long = true
			i++
			if i < len(format) && format[i] == 'l' {
				i++
			}
		}

		var c byte // 0 stands for the end of the format, as C's terminating NUL
		if i < len(format) {
			c = format[i]
			i++
		}
		if specLen >= specBufLen-1 {
			return dst, invalidSpec(rt)
		}
		specLen++

		switch c {
		case 'c':
			if argi >= len(args) {
				return dst, missingArg(rt)
			}
			r, err := charArg(rt, args[argi])
			argi++
			if err != nil {
				return dst, err
			}
			// Like QuickJS, %c ignores flags, width and precision.
			dst = utf8.AppendRune(dst, r)

		case 'd', 'i', 'o', 'u', 'x', 'X':
			if argi >= len(args) {
				return dst, missingArg(rt)
			}
			v, err := toInt64Ext(rt, args[argi])
			argi++
			if err != nil {
				return dst, err
			}
			if long && specLen >= specBufLen-2 {
				return dst, invalidSpec(rt)
			}
			dst = sp.appendInt(dst, c, v, long)

		case 's':
			if argi >= len(args) {
				return dst, missingArg(rt)
			}
			s, err := toString(rt, args[argi])
			argi++
			if err != nil {
				return dst, err
			}
			if sp.prec >= 0 && sp.prec < len(s) {
				s = s[:sp.prec]
			}
			// C pads %s with spaces even with the '0' flag.
			dst = sp.padString(dst, s)

		case 'e', 'f', 'g', 'a', 'E', 'F', 'G', 'A':
			if argi >= len(args) {
				return dst, missingArg(rt)
			}
			f, err := toFloat64(rt, args[argi])
			argi++
			if err != nil {
				return dst, err
			}
			dst = sp.appendFloat(dst, c, f)

		case '%':
			dst = append(dst, '%')

		default:
			return dst, invalidSpec(rt)
		}
	}
	return dst, nil
}

const (
	// specBufLen is the size of the buffer QuickJS copies a conversion
	// specification into; longer specifications are invalid.
	specBufLen = 32
	// maxField bounds widths and precisions so that a hostile format cannot
	// make us allocate gigabytes (C's printf fails with EOVERFLOW instead).
	maxField = 1 << 26
)

// spec is a parsed conversion specification.
type spec struct {
	minus, plus, space, hash, zero bool
	width                          int
	prec                           int // -1 when absent
}

// pad appends sign, prefix and body to dst, padded to the field width with
// spaces (left or right) or, when zeros is set, with zeros after the prefix.
func (sp *spec) pad(dst []byte, sign, prefix string, body []byte, zeros bool) []byte {
	n := sp.width - len(sign) - len(prefix) - len(body)
	if n > 0 && !sp.minus && !zeros {
		dst = appendRepeat(dst, ' ', n)
	}
	dst = append(dst, sign...)
	dst = append(dst, prefix...)
	if n > 0 && !sp.minus && zeros {
		dst = appendRepeat(dst, '0', n)
	}
	dst = append(dst, body...)
	if n > 0 && sp.minus {
		dst = appendRepeat(dst, ' ', n)
	}
	return dst
}

// padString is pad for a string body without sign or prefix.
func (sp *spec) padString(dst []byte, body string) []byte {
	n := sp.width - len(body)
	if n > 0 && !sp.minus {
		dst = appendRepeat(dst, ' ', n)
	}
	dst = append(dst, body...)
	if n > 0 && sp.minus {
		dst = appendRepeat(dst, ' ', n)
	}
	return dst
}

// appendInt formats v by the integer conversion c: the low 32 bits of v as
// C's int/unsigned int, or all 64 bits when long is set.
func (sp *spec) appendInt(dst []byte, c byte, v int64, long bool) []byte {
	var neg bool
	var mag uint64
	switch c {
	case 'd', 'i':
		if !long {
			v = int64(int32(v))
		}
		if v < 0 {
			neg = true
			mag = uint64(-v) // also right for math.MinInt64
		} else {
			mag = uint64(v)
		}
	default:
		if long {
			mag = uint64(v)
		} else {
			mag = uint64(uint32(v))
		}
	}

	var buf [72]byte
	var digits []byte
	if sp.prec != 0 || mag != 0 {
		switch c {
		case 'o':
			digits = strconv.AppendUint(buf[:0], mag, 8)
		case 'x':
			digits = strconv.AppendUint(buf[:0], mag, 16)
		case 'X':
			digits = strconv.AppendUint(buf[:0], mag, 16)
			for k, d := range digits {
				if d >= 'a' {
					digits[k] = d - 'a' + 'A'
				}
			}
		default:
			digits = strconv.AppendUint(buf[:0], mag, 10)
		}
	}

	zeros := 0
	if sp.prec > len(digits) {
		zeros = sp.prec - len(digits)
	}
	prefix := ""
	switch c {
	case 'o':
		if sp.hash && zeros == 0 && (len(digits) == 0 || digits[0] != '0') {
			zeros = 1
		}
	case 'x':
		if sp.hash && mag != 0 {
			prefix = "0x"
		}
	case 'X':
		if sp.hash && mag != 0 {
			prefix = "0X"
		}
	}
	sign := ""
	if c == 'd' || c == 'i' {
		switch {
		case neg:
			sign = "-"
		case sp.plus:
			sign = "+"
		case sp.space:
			sign = " "
		}
	}

	n := len(sign) + len(prefix) + zeros + len(digits)
	// The '0' flag is ignored when a precision is given or '-' is set.
	if sp.zero && !sp.minus && sp.prec < 0 && sp.width > n {
		zeros += sp.width - n
		n = sp.width
	}
	if n < sp.width && !sp.minus {
		dst = appendRepeat(dst, ' ', sp.width-n)
	}
	dst = append(dst, sign...)
	dst = append(dst, prefix...)
	dst = appendRepeat(dst, '0', zeros)
	dst = append(dst, digits...)
	if n < sp.width && sp.minus {
		dst = appendRepeat(dst, ' ', sp.width-n)
	}
	return dst
}

// appendFloat formats f by the floating-point conversion c as glibc does.
func (sp *spec) appendFloat(dst []byte, c byte, f float64) []byte {
	upper := c >= 'A' && c <= 'Z'
	sign := ""
	switch {
	case math.Signbit(f) && !math.IsNaN(f):
		// JS has a single NaN, so its sign bit is not shown.
		sign = "-"
		f = -f
	case sp.plus:
		sign = "+"
	case sp.space:
		sign = " "
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		body := "inf"
		if math.IsNaN(f) {
			body = "nan"
		}
		if upper {
			body = "INF"
			if math.IsNaN(f) {
				body = "NAN"
			}
		}
		return sp.pad(dst, sign, "", []byte(body), false)
	}

	var buf [96]byte
	var body []byte
	prefix := ""
	prec := sp.prec
	switch c | 0x20 {
	case 'f':
		if prec < 0 {
			prec = 6
		}
		body = strconv.AppendFloat(buf[:0], f, 'f', prec, 64)
		if sp.hash && prec == 0 {
			body = append(body, '.')
		}
	case 'e':
		if prec < 0 {
			prec = 6
		}
		body = strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		if sp.hash && prec == 0 {
			body = insertByte(body, 1, '.')
		}
	case 'g':
		body = appendFloatG(buf[:0], f, prec, sp.hash)
	case 'a':
		prefix = "0x"
		if upper {
			prefix = "0X"
		}
		body = appendFloatHex(buf[:0], f, prec, sp.hash)
	}
	if upper {
		for k, b := range body {
			if b >= 'a' && b <= 'z' {
				body[k] = b - 'a' + 'A'
			}
		}
	}
	return sp.pad(dst, sign, prefix, body, sp.zero)
}

// appendFloatG formats the non-negative finite f as C's %g: %e or %f
// depending on the exponent, trailing zeros removed unless hash is set.
func appendFloatG(dst []byte, f float64, prec int, hash bool) []byte {
	if prec < 0 {
		prec = 6
	} else if prec == 0 {
		prec = 1
	}
	start := len(dst)
	// The exponent is the one %e would print after rounding to prec digits.
	dst = strconv.AppendFloat(dst, f, 'e', prec-1, 64)
	e := len(dst) - 1
	for dst[e] != 'e' {
		e--
	}
	exp := 0
	for _, d := range dst[e+2:] {
		exp = exp*10 + int(d-'0')
	}
	if dst[e+1] == '-' {
		exp = -exp
	}
	if exp >= -4 && exp < prec {
		dst = strconv.AppendFloat(dst[:start], f, 'f', prec-1-exp, 64)
		if hash {
			if prec-1-exp == 0 {
				dst = append(dst, '.')
			}
			return dst
		}
		return trimFraction(dst, start, len(dst))
	}
	if hash {
		if prec == 1 {
			dst = insertByte(dst, start+1, '.')
		}
		return dst
	}
	return trimFraction(dst, start, e)
}

// trimFraction removes the trailing zeros of the fraction that ends at end
// in dst[start:], and the decimal point if nothing is left after it.
func trimFraction(dst []byte, start, end int) []byte {
	dot := -1
	for k := start; k < end; k++ {
		if dst[k] == '.' {
			dot = k
			break
		}
	}
	if dot < 0 {
		return dst
	}
	cut := end
	for cut > dot+1 && dst[cut-1] == '0' {
		cut--
	}
	if cut == dot+1 {
		cut = dot
	}
	return append(dst[:cut], dst[end:]...)
}

// appendFloatHex formats the non-negative finite f as glibc's %a without
// its "0x" prefix: a leading 1 (0 for subnormals and zero), the hex fraction
// rounded half to even to prec digits (as many as needed when prec < 0),
// and a binary exponent.
func appendFloatHex(dst []byte, f float64, prec int, hash bool) []byte {
	bits := math.Float64bits(f)
	mant := bits & (1<<52 - 1)
	bexp := int(bits >> 52 & 0x7ff)
	lead := uint64(1)
	exp := bexp - 1023
	switch {
	case bexp == 0 && mant == 0:
		lead, exp = 0, 0
	case bexp == 0:
		lead, exp = 0, -1022
	}
	if prec >= 0 && prec < 13 {
		shift := uint(52 - 4*prec)
		rem := mant & (1<<shift - 1)
		mant >>= shift
		half := uint64(1) << (shift - 1)
		// Ties go to even; with no fraction digits the last digit kept is
		// the leading one.
		odd := mant&1 == 1
		if prec == 0 {
			odd = lead&1 == 1
		}
		if rem > half || rem == half && odd {
			mant++
			if mant>>(4*uint(prec)) != 0 {
				// The carry goes into the leading digit, which glibc
				// prints as 2 rather than renormalizing.
				mant &= 1<<(4*uint(prec)) - 1
				lead++
			}
		}
	}
	dst = append(dst, byte('0'+lead))
	var ndig int
	switch {
	case prec < 0:
		ndig = 13
		for ndig > 0 && mant&0xf == 0 {
			mant >>= 4
			ndig--
		}
	case prec < 13:
		ndig = prec
	default:
		ndig = 13
	}
	if ndig > 0 || hash || prec > 0 {
		dst = append(dst, '.')
	}
	for k := ndig - 1; k >= 0; k-- {
		dst = append(dst, "0123456789abcdef"[mant>>(4*uint(k))&0xf])
	}
	if prec > 13 {
		dst = appendRepeat(dst, '0', prec-13)
	}
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return strconv.AppendInt(dst, int64(exp), 10)
}

// toInt64Ext converts v as QuickJS's JS_ToInt64Ext: a BigInt modulo 2^64,
// anything else by ToNumber then modulo 2^64 (NaN and infinities give 0).
func toInt64Ext(rt *goja.Runtime, v goja.Value) (int64, error) {
	if goja.IsNumber(v) {
		return floatToInt64(v.ToFloat()), nil
	}
	if goja.IsBigInt(v) {
		b, _ := v.Export().(*big.Int)
		u := new(big.Int).Abs(b).Uint64()
		if b.Sign() < 0 {
			u = -u
		}
		return int64(u), nil
	}
	f, err := toFloat64(rt, v)
	return floatToInt64(f), err
}

// toInt32 converts v as ECMAScript's ToInt32.
func toInt32(rt *goja.Runtime, v goja.Value) (int32, error) {
	f, err := toFloat64(rt, v)
	return int32(floatToInt64(f)), err
}

// floatToInt64 truncates f and reduces it modulo 2^64; NaN and infinities
// give 0.
func floatToInt64(f float64) int64 {
	if f > -1<<63 && f < 1<<63 {
		return int64(f)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	// |f| >= 2^63 is an integer: scale its mantissa into 64 bits.
	bits := math.Float64bits(f)
	mant := bits&(1<<52-1) | 1<<52
	shift := int(bits>>52&0x7ff) - 1075
	var u uint64
	if shift < 64 {
		u = mant << uint(shift)
	}
	if f < 0 {
		u = -u
	}
	return int64(u)
}

// toFloat64 converts v by ToNumber. A BigInt is a TypeError, as in QuickJS.
func toFloat64(rt *goja.Runtime, v goja.Value) (float64, error) {
	switch {
	case goja.IsNumber(v):
		return v.ToFloat(), nil
	case goja.IsBigInt(v):
		return 0, newJSError(rt, "TypeError", "cannot convert bigint to number")
	}
	if !mayRunJS(v) {
		return v.ToFloat(), nil
	}
	var f float64
	if ex := rt.Try(func() { f = v.ToFloat() }); ex != nil {
		return 0, ex
	}
	return f, nil
}

// toString converts v by ToString; a Symbol is a TypeError, as in QuickJS.
func toString(rt *goja.Runtime, v goja.Value) (string, error) {
	if _, ok := v.(*goja.Symbol); ok {
		return "", newJSError(rt, "TypeError", "cannot convert symbol to string")
	}
	if !mayRunJS(v) {
		return v.String(), nil
	}
	var s string
	if ex := rt.Try(func() { s = v.String() }); ex != nil {
		return "", ex
	}
	return s, nil
}

// charArg returns the code point %c prints for v: the first character of a
// string (NUL for the empty string), otherwise ToInt32 of v. Values outside
// Unicode, and surrogates, become U+FFFD.
func charArg(rt *goja.Runtime, v goja.Value) (rune, error) {
	var r rune
	if s, ok := v.(goja.String); ok {
		if s.Length() > 0 {
			r = rune(s.CharAt(0))
			if r >= 0xd800 && r < 0xdc00 && s.Length() > 1 {
				if lo := rune(s.CharAt(1)); lo >= 0xdc00 && lo < 0xe000 {
					r = 0x10000 + (r-0xd800)<<10 + lo - 0xdc00
				}
			}
		}
	} else {
		n, err := toInt32(rt, v)
		if err != nil {
			return 0, err
		}
		r = rune(n)
	}
	if r < 0 || r > utf8.MaxRune || r >= 0xd800 && r < 0xe000 {
		r = utf8.RuneError
	}
	return r, nil
}

// mayRunJS reports whether converting v to a primitive may call JS code or
// throw, so must run under rt.Try.
func mayRunJS(v goja.Value) bool {
	switch v.(type) {
	case *goja.Object, *goja.Symbol:
		return true
	}
	return false
}

func invalidSpec(rt *goja.Runtime) error {
	return newJSError(rt, "TypeError", "invalid conversion specifier in format string")
}

func missingArg(rt *goja.Runtime) error {
	return newJSError(rt, "ReferenceError", "missing argument for conversion specifier")
}

// newJSError returns a *goja.Exception holding a new instance of the
// runtime's global error constructor ctor with message msg.
func newJSError(rt *goja.Runtime, ctor, msg string) error {
	var errObj goja.Value
	if c, ok := goja.AssertConstructor(rt.Get(ctor)); ok {
		if obj, err := c(nil, rt.ToValue(msg)); err == nil {
			errObj = obj
		}
	}
	if errObj == nil {
		// The global was replaced by something that is not a constructor.
		errObj = rt.NewTypeError(msg)
	}
	return rt.Try(func() { panic(errObj) })
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// addDigit appends decimal digit c to n, saturating above maxField.
func addDigit(n int, c byte) int {
	if n > maxField {
		return n
	}
	return n*10 + int(c-'0')
}

// decimalLen returns the length of n printed in decimal.
func decimalLen(n int64) int {
	k := 1
	if n < 0 {
		k++
		n = -n
	}
	for n >= 10 {
		n /= 10
		k++
	}
	return k
}

func appendRepeat(dst []byte, b byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, b)
	}
	return dst
}

func insertByte(b []byte, at int, c byte) []byte {
	b = append(b, 0)
	copy(b[at+1:], b[at:])
	b[at] = c
	return b
}
