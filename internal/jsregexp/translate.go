package jsregexp

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"
)

// Error is a syntax error in a regular expression, as JavaScript reports
// it (a SyntaxError).
type Error struct {
	Pattern, Flags string
	// Offset is where in Pattern the error was found, in runes.
	Offset int
	Msg    string
}

func (e *Error) Error() string {
	return fmt.Sprintf("Invalid regular expression: /%s/%s: %s", e.Pattern, e.Flags, e.Msg)
}

// Needed reports whether Translate would change a pattern: it has the v
// flag, or the u flag and a property escape. It is meant to be cheap
// enough to call on every RegExp construction.
func Needed(pattern, flags string) bool {
	if strings.IndexByte(flags, 'v') >= 0 {
		return true
	}
	return strings.IndexByte(flags, 'u') >= 0 && (strings.Contains(pattern, `\p`) || strings.Contains(pattern, `\P`))
}

// Translate rewrites a pattern and its flags into an equivalent pattern
// that goja runs correctly: property escapes become classes of explicit
// ranges, a v-flag pattern becomes a u-flag one. What needs no rewriting
// (see Needed) is returned as it is; what is not valid JavaScript is an
// *Error. The d flag is left to goja, which rejects it.
func Translate(pattern, flags string) (string, string, error) {
	if !Needed(pattern, flags) {
		return pattern, flags, nil
	}
	if strings.Count(flags, "v")+strings.Count(flags, "u") > 1 {
		return "", "", &Error{Pattern: pattern, Flags: flags, Msg: "Invalid flags"}
	}
	t := &translator{
		src:   []rune(pattern),
		v:     strings.IndexByte(flags, 'v') >= 0,
		icase: strings.IndexByte(flags, 'i') >= 0,
	}
	if err := t.run(); err != nil {
		err.Pattern, err.Flags = pattern, flags
		return "", "", err
	}
	return t.out.String(), strings.Replace(flags, "v", "u", 1), nil
}

type translator struct {
	src      []rune
	i        int
	v, icase bool
	out      strings.Builder
}

func (t *translator) fail(format string, args ...any) *Error {
	return &Error{Offset: t.i, Msg: fmt.Sprintf(format, args...)}
}

func (t *translator) peek(k int) rune {
	if t.i+k < len(t.src) {
		return t.src[t.i+k]
	}
	return -1
}

func (t *translator) run() *Error {
	inClass := false // a u-mode class, copied through
	for t.i < len(t.src) {
		c := t.src[t.i]
		switch {
		case c == '\\' && (t.peek(1) == 'p' || t.peek(1) == 'P'):
			start := t.i
			s, err := t.propertyEscape()
			if err != nil {
				return err
			}
			if !inClass {
				writeClass(&t.out, s)
				continue
			}
			// A property escape cannot end a range: [a-\p{L}], [\p{L}-z].
			if start >= 2 && t.src[start-1] == '-' && t.src[start-2] != '[' && !(t.src[start-2] == '^' && start >= 3 && t.src[start-3] == '[') {
				return &Error{Offset: start, Msg: "Invalid character class"}
			}
			if t.peek(0) == '-' && t.peek(1) != ']' {
				return t.fail("Invalid character class")
			}
			writeRanges(&t.out, s)
		case c == '\\':
			if t.i+1 >= len(t.src) {
				return t.fail("\\ at end of pattern")
			}
			t.out.WriteRune(c)
			t.out.WriteRune(t.src[t.i+1])
			t.i += 2
		case c == '[' && t.v:
			s, strs, err := t.class()
			if err != nil {
				return err
			}
			writeSetWithStrings(&t.out, s, strs)
		case c == '[':
			inClass = true
			t.out.WriteRune(c)
			t.i++
		case c == ']':
			inClass = false
			t.out.WriteRune(c)
			t.i++
		default:
			t.out.WriteRune(c)
			t.i++
		}
	}
	if inClass {
		return t.fail("Unterminated character class")
	}
	return nil
}

// propertyEscape reads \p{...} or \P{...} at t.i.
func (t *translator) propertyEscape() (runeSet, *Error) {
	negate := t.src[t.i+1] == 'P'
	start := t.i
	t.i += 2
	if t.peek(0) != '{' {
		return nil, t.fail("Invalid property name")
	}
	end := t.i + 1
	for end < len(t.src) && t.src[end] != '}' {
		end++
	}
	if end >= len(t.src) {
		return nil, t.fail("Invalid property name")
	}
	body := string(t.src[t.i+1 : end])
	s, err := property(body)
	if err != nil {
		if t.v && !negate && stringProperties[body] {
			return nil, &Error{Offset: start, Msg: fmt.Sprintf("the property of strings \\p{%s} is not supported", body)}
		}
		return nil, &Error{Offset: start, Msg: "Invalid property name"}
	}
	t.i = end + 1
	if t.v && t.icase {
		s = foldSet(s)
	}
	if negate {
		s = t.complement(s)
	}
	return s, nil
}

// stringProperties are the properties of strings the v flag allows; their
// data (emoji sequences) is not in the tables.
var stringProperties = map[string]bool{
	"Basic_Emoji": true, "Emoji_Keycap_Sequence": true, "RGI_Emoji_Modifier_Sequence": true,
	"RGI_Emoji_Flag_Sequence": true, "RGI_Emoji_Tag_Sequence": true, "RGI_Emoji_ZWJ_Sequence": true,
	"RGI_Emoji": true,
}

// complement is CharacterComplement: under the v and i flags, the universe
// is the code points that are their own simple case folding.
func (t *translator) complement(s runeSet) runeSet {
	if t.v && t.icase {
		return subtract(foldedAll(), s)
	}
	return complement(s)
}

// fold is MaybeSimpleCaseFolding of one code point.
func (t *translator) fold(c rune) rune {
	if t.v && t.icase {
		return simpleFold(c)
	}
	return c
}

// strSet is the strings of a v-mode class (those not one code point long).
type strSet map[string]bool

// operand is one ClassSetOperand or range of a v-mode class.
type operand struct {
	set    runeSet
	strs   strSet
	char   rune // a single ClassSetCharacter, or -1
	isChar bool
}

// class reads a v-mode class at t.i (on its '[') and evaluates it.
func (t *translator) class() (runeSet, strSet, *Error) {
	start := t.i
	t.i++
	negate := false
	if t.peek(0) == '^' {
		negate = true
		t.i++
	}
	s, strs, err := t.classContents()
	if err != nil {
		return nil, nil, err
	}
	if t.peek(0) != ']' {
		return nil, nil, &Error{Offset: start, Msg: "Unterminated character class"}
	}
	t.i++
	if negate {
		if len(strs) > 0 {
			return nil, nil, &Error{Offset: start, Msg: "Negated character class may contain strings"}
		}
		s = t.complement(s)
	}
	return s, strs, nil
}

func (t *translator) classContents() (runeSet, strSet, *Error) {
	if t.peek(0) == ']' {
		return nil, nil, nil
	}
	first, err := t.operand()
	if err != nil {
		return nil, nil, err
	}
	if first.isChar && ((t.peek(0) == '&' && t.peek(1) == '&') || (t.peek(0) == '-' && t.peek(1) == '-')) {
		first = t.charOperand(first)
	}
	switch {
	case t.peek(0) == '&' && t.peek(1) == '&':
		s, strs := first.set, first.strs
		for t.peek(0) == '&' && t.peek(1) == '&' {
			t.i += 2
			if t.peek(0) == '&' {
				return nil, nil, t.fail("Invalid set operation in character class")
			}
			o, err := t.operand()
			if err != nil {
				return nil, nil, err
			}
			o = t.charOperand(o)
			s = intersect(s, o.set)
			next := strSet{}
			for k := range strs {
				if o.strs[k] {
					next[k] = true
				}
			}
			strs = next
		}
		if t.peek(0) != ']' {
			return nil, nil, t.fail("Invalid set operation in character class")
		}
		return s, strs, nil
	case t.peek(0) == '-' && t.peek(1) == '-':
		s, strs := first.set, first.strs
		for t.peek(0) == '-' && t.peek(1) == '-' {
			t.i += 2
			o, err := t.operand()
			if err != nil {
				return nil, nil, err
			}
			o = t.charOperand(o)
			s = subtract(s, o.set)
			next := strSet{}
			for k := range strs {
				if !o.strs[k] {
					next[k] = true
				}
			}
			strs = next
		}
		if t.peek(0) != ']' {
			return nil, nil, t.fail("Invalid set operation in character class")
		}
		return s, strs, nil
	}
	// A union of operands and ranges.
	var spans []span
	strs := strSet{}
	o := first
	for {
		if o.isChar && t.peek(0) == '-' && t.peek(1) != '-' {
			t.i++
			hi, err := t.operand()
			if err != nil {
				return nil, nil, err
			}
			if !hi.isChar {
				return nil, nil, t.fail("Invalid character class")
			}
			lo, h := o.char, hi.char
			if lo > h {
				return nil, nil, t.fail("Range out of order in character class")
			}
			r := runeSet{{lo, h}}
			if t.v && t.icase {
				r = foldSet(r)
			}
			spans = append(spans, r...)
		} else {
			o = t.charOperand(o)
			spans = append(spans, o.set...)
			for k := range o.strs {
				strs[k] = true
			}
		}
		if t.peek(0) == ']' || t.peek(0) < 0 {
			break
		}
		if (t.peek(0) == '&' && t.peek(1) == '&') || (t.peek(0) == '-' && t.peek(1) == '-') {
			return nil, nil, t.fail("Invalid set operation in character class")
		}
		var err *Error
		if o, err = t.operand(); err != nil {
			return nil, nil, err
		}
	}
	return normalize(spans), strs, nil
}

// operand reads a nested class, a class escape, \q{...} or a character.
func (t *translator) operand() (operand, *Error) {
	c := t.peek(0)
	switch {
	case c < 0:
		return operand{}, t.fail("Unterminated character class")
	case c == '[':
		s, strs, err := t.class()
		return operand{set: s, strs: strs}, err
	case c == '\\':
		switch n := t.peek(1); n {
		case 'p', 'P':
			s, err := t.propertyEscape()
			return operand{set: s}, err
		case 'd', 'D', 's', 'S', 'w', 'W':
			t.i += 2
			s := classEscape(n|0x20, t.icase && t.v)
			if t.v && t.icase {
				s = foldSet(s)
			}
			if n < 'a' {
				s = t.complement(s)
			}
			return operand{set: s}, nil
		case 'q':
			return t.stringDisjunction()
		}
		r, err := t.charEscape(true)
		return operand{char: r, isChar: true}, err
	case strings.ContainsRune("()[]{}/-|", c):
		return operand{}, t.fail("Invalid character in character class")
	case c == t.peek(1) && strings.ContainsRune("&!#$%*+,.:;<=>?@^`~", c):
		return operand{}, t.fail("Invalid set operation in character class")
	}
	t.i++
	return operand{char: c, isChar: true}, nil
}

// charOperand gives a single-character operand its set.
func (t *translator) charOperand(o operand) operand {
	if o.isChar {
		c := t.fold(o.char)
		o.set = runeSet{{c, c}}
	}
	return o
}

// classEscape is \d, \s or \w. With the u and i flags \w also has the two
// code points whose simple case folding is in it.
func classEscape(c rune, icaseUnicode bool) runeSet {
	switch c {
	case 'd':
		return runeSet{{'0', '9'}}
	case 's':
		return normalize([]span{{9, 13}, {' ', ' '}, {0xa0, 0xa0}, {0x1680, 0x1680}, {0x2000, 0x200a},
			{0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f}, {0x3000, 0x3000}, {0xfeff, 0xfeff}})
	}
	w := []span{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}}
	if icaseUnicode {
		w = append(w, span{0x17f, 0x17f}, span{0x212a, 0x212a})
	}
	return normalize(w)
}

// stringDisjunction reads \q{...}.
func (t *translator) stringDisjunction() (operand, *Error) {
	t.i += 2
	if t.peek(0) != '{' {
		return operand{}, t.fail("Invalid escape")
	}
	t.i++
	var singles []span
	strs := strSet{}
	var cur []rune
	for {
		c := t.peek(0)
		switch {
		case c < 0:
			return operand{}, t.fail("Invalid escape")
		case c == '|' || c == '}':
			t.i++
			if len(cur) == 1 {
				singles = append(singles, span{cur[0], cur[0]})
			} else {
				strs[string(cur)] = true
			}
			cur = nil
			if c == '}' {
				return operand{set: normalize(singles), strs: strs}, nil
			}
			continue
		case c == '\\':
			r, err := t.charEscape(true)
			if err != nil {
				return operand{}, err
			}
			cur = append(cur, t.fold(r))
		case strings.ContainsRune("()[]{}/-|", c):
			return operand{}, t.fail("Invalid character in character class")
		case c == t.peek(1) && strings.ContainsRune("&!#$%*+,.:;<=>?@^`~", c):
			return operand{}, t.fail("Invalid set operation in character class")
		default:
			t.i++
			cur = append(cur, t.fold(c))
		}
	}
}

// charEscape reads a CharacterEscape (or, in a class, \b and \-) at t.i.
func (t *translator) charEscape(inClass bool) (rune, *Error) {
	t.i++ // the backslash
	c := t.peek(0)
	t.i++
	switch c {
	case 'b':
		if inClass {
			return 8, nil
		}
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case 'c':
		if l := t.peek(0); l >= 'a' && l <= 'z' || l >= 'A' && l <= 'Z' {
			t.i++
			return l % 32, nil
		}
	case '0':
		if d := t.peek(0); d < '0' || d > '9' {
			return 0, nil
		}
	case 'x':
		if v, ok := t.hex(2); ok {
			return v, nil
		}
	case 'u':
		if t.peek(0) == '{' {
			end := t.i + 1
			v := rune(0)
			for end < len(t.src) && isHex(t.src[end]) && v <= maxRune {
				v = v*16 + hexVal(t.src[end])
				end++
			}
			if end > t.i+1 && end < len(t.src) && t.src[end] == '}' && v <= maxRune {
				t.i = end + 1
				return v, nil
			}
			break
		}
		if v, ok := t.hex(4); ok {
			// A surrogate pair written as two escapes is one code point.
			if utf16.IsSurrogate(v) && v < 0xdc00 && t.peek(0) == '\\' && t.peek(1) == 'u' {
				save := t.i
				t.i += 2
				if lo, ok := t.hex(4); ok && lo >= 0xdc00 && lo <= 0xdfff {
					return utf16.DecodeRune(v, lo), nil
				}
				t.i = save
			}
			return v, nil
		}
	case -1:
		return 0, t.fail("\\ at end of pattern")
	default:
		if strings.ContainsRune("^$\\.*+?()[]{}|/", c) || inClass && t.v && strings.ContainsRune("&-!#%,:;<=>@`~", c) {
			return c, nil
		}
		if inClass && c == '-' {
			return c, nil
		}
	}
	t.i--
	return 0, t.fail("Invalid escape")
}

func (t *translator) hex(n int) (rune, bool) {
	if t.i+n > len(t.src) {
		return 0, false
	}
	v := rune(0)
	for _, c := range t.src[t.i : t.i+n] {
		if !isHex(c) {
			return 0, false
		}
		v = v*16 + hexVal(c)
	}
	t.i += n
	return v, true
}

func isHex(c rune) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c rune) rune {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// writeClass writes s as a u-mode class.
func writeClass(b *strings.Builder, s runeSet) {
	b.WriteByte('[')
	writeRanges(b, s)
	b.WriteByte(']')
}

// writeRanges writes the spans of s as class ranges.
func writeRanges(b *strings.Builder, s runeSet) {
	for _, r := range s {
		writeChar(b, r.lo)
		if r.hi > r.lo {
			if r.hi > r.lo+1 {
				b.WriteByte('-')
			}
			writeChar(b, r.hi)
		}
	}
}

// writeChar writes a code point so that it means itself in a class or
// outside one, under the u flag, and needs no escaping in a literal.
func writeChar(b *strings.Builder, c rune) {
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		b.WriteRune(c)
		return
	}
	fmt.Fprintf(b, "\\u{%X}", c)
}

// writeSetWithStrings writes a v-mode class: a class, or with strings an
// alternation trying the longest strings first, then the code points, then
// the empty string.
func writeSetWithStrings(b *strings.Builder, s runeSet, strs strSet) {
	if len(strs) == 0 {
		writeClass(b, s)
		return
	}
	list := make([][]rune, 0, len(strs))
	empty := false
	for k := range strs {
		if k == "" {
			empty = true
			continue
		}
		list = append(list, []rune(k))
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return string(list[i]) < string(list[j])
	})
	b.WriteString("(?:")
	for i, str := range list {
		if i > 0 {
			b.WriteByte('|')
		}
		for _, c := range str {
			writeChar(b, c)
		}
	}
	if len(s) > 0 {
		if len(list) > 0 {
			b.WriteByte('|')
		}
		writeClass(b, s)
	}
	if empty {
		b.WriteByte('|')
	}
	b.WriteByte(')')
}
