package jsregexp

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// binaryProperties maps each name and alias of ECMAScript's table of
// binary Unicode properties (table-binary-unicode-properties) to the
// property's long name.
var binaryProperties = func() map[string]string {
	m := map[string]string{}
	for _, p := range [][2]string{
		{"ASCII", ""}, {"ASCII_Hex_Digit", "AHex"}, {"Alphabetic", "Alpha"}, {"Any", ""},
		{"Assigned", ""}, {"Bidi_Control", "Bidi_C"}, {"Bidi_Mirrored", "Bidi_M"},
		{"Case_Ignorable", "CI"}, {"Cased", ""}, {"Changes_When_Casefolded", "CWCF"},
		{"Changes_When_Casemapped", "CWCM"}, {"Changes_When_Lowercased", "CWL"},
		{"Changes_When_NFKC_Casefolded", "CWKCF"}, {"Changes_When_Titlecased", "CWT"},
		{"Changes_When_Uppercased", "CWU"}, {"Dash", ""}, {"Default_Ignorable_Code_Point", "DI"},
		{"Deprecated", "Dep"}, {"Diacritic", "Dia"}, {"Emoji", ""}, {"Emoji_Component", "EComp"},
		{"Emoji_Modifier", "EMod"}, {"Emoji_Modifier_Base", "EBase"}, {"Emoji_Presentation", "EPres"},
		{"Extended_Pictographic", "ExtPict"}, {"Extender", "Ext"}, {"Grapheme_Base", "Gr_Base"},
		{"Grapheme_Extend", "Gr_Ext"}, {"Hex_Digit", "Hex"}, {"IDS_Binary_Operator", "IDSB"},
		{"IDS_Trinary_Operator", "IDST"}, {"ID_Continue", "IDC"}, {"ID_Start", "IDS"},
		{"Ideographic", "Ideo"}, {"Join_Control", "Join_C"}, {"Logical_Order_Exception", "LOE"},
		{"Lowercase", "Lower"}, {"Math", ""}, {"Noncharacter_Code_Point", "NChar"},
		{"Pattern_Syntax", "Pat_Syn"}, {"Pattern_White_Space", "Pat_WS"}, {"Quotation_Mark", "QMark"},
		{"Radical", ""}, {"Regional_Indicator", "RI"}, {"Sentence_Terminal", "STerm"},
		{"Soft_Dotted", "SD"}, {"Terminal_Punctuation", "Term"}, {"Unified_Ideograph", "UIdeo"},
		{"Uppercase", "Upper"}, {"Variation_Selector", "VS"}, {"White_Space", "space"},
		{"XID_Continue", "XIDC"}, {"XID_Start", "XIDS"},
	} {
		m[p[0]] = p[0]
		if p[1] != "" {
			m[p[1]] = p[0]
		}
	}
	return m
}()

// UnicodeVersion is the version of the Unicode data the translator uses:
// that of Go's unicode package, which the generated tables match.
const UnicodeVersion = ucdVersion

var (
	propMu    sync.Mutex
	propCache = map[string]runeSet{}
)

// property returns the code points of the property escape body
// (what is between the braces of \p{...}), or an error naming it.
func property(body string) (runeSet, error) {
	propMu.Lock()
	defer propMu.Unlock()
	if s, ok := propCache[body]; ok {
		return s, nil
	}
	s, err := lookup(body)
	if err != nil {
		return nil, err
	}
	propCache[body] = s
	return s, nil
}

func lookup(body string) (runeSet, error) {
	name, value, hasValue := strings.Cut(body, "=")
	if !hasValue {
		if short, ok := gcAliases[name]; ok {
			return category(short), nil
		}
		if long, ok := binaryProperties[name]; ok {
			return binaryProperty(long), nil
		}
		return nil, fmt.Errorf("invalid property name \\p{%s}", body)
	}
	switch name {
	case "General_Category", "gc":
		if short, ok := gcAliases[value]; ok {
			return category(short), nil
		}
	case "Script", "sc", "Script_Extensions", "scx":
		if long, ok := scriptAliases[value]; ok {
			if name == "Script" || name == "sc" {
				return script(long), nil
			}
			return scriptExt(long), nil
		}
	default:
		return nil, fmt.Errorf("invalid property name \\p{%s}", body)
	}
	return nil, fmt.Errorf("invalid property value \\p{%s}", body)
}

// category returns a General_Category value by its short name.
func category(short string) runeSet {
	switch short {
	case "Cn":
		return unassigned()
	case "C":
		return union(fromTable(unicode.C), unassigned())
	}
	return fromTable(unicode.Categories[short])
}

// unassigned is General_Category=Unassigned: what no other category has.
func unassigned() runeSet {
	var all runeSet
	for _, c := range []string{"L", "M", "N", "P", "S", "Z", "Cc", "Cf", "Co", "Cs"} {
		all = union(all, fromTable(unicode.Categories[c]))
	}
	return complement(all)
}

// script returns a Script value by its long name.
func script(long string) runeSet {
	if t, ok := unicode.Scripts[long]; ok {
		return fromTable(t)
	}
	// Unknown, the script of what no other has.
	var all runeSet
	for _, t := range unicode.Scripts {
		all = union(all, fromTable(t))
	}
	return complement(all)
}

// scriptExt returns a Script_Extensions value: the code points of the
// script whose extensions are not listed, and those whose list has it.
func scriptExt(long string) runeSet {
	return union(subtract(script(long), decodeRanges(scriptExtensions[""])), decodeRanges(scriptExtensions[long]))
}

func binaryProperty(long string) runeSet {
	switch long {
	case "Any":
		return runeSet{{0, maxRune}}
	case "ASCII":
		return runeSet{{0, 0x7f}}
	case "Assigned":
		return complement(unassigned())
	}
	if t, ok := unicode.Properties[long]; ok {
		return fromTable(t)
	}
	return decodeRanges(ucdProperties[long])
}

var (
	foldOnce sync.Once
	folds    map[rune]rune
)

// simpleFold is scf, the simple case folding of c.
func simpleFold(c rune) rune {
	foldOnce.Do(func() {
		folds = map[rune]rune{}
		b := []byte(simpleFolds)
		prev := rune(0)
		for len(b) > 0 {
			d, n := uvarint(b)
			b = b[n:]
			to, m := varint(b)
			b = b[m:]
			prev += rune(d)
			folds[prev] = prev + rune(to)
		}
	})
	if f, ok := folds[c]; ok {
		return f
	}
	return c
}

// foldSet is MaybeSimpleCaseFolding: the simple case folding of every code
// point of s.
func foldSet(s runeSet) runeSet {
	simpleFold(0)
	var add []span
	var drop []span
	for c, f := range folds {
		if s.contains(c) {
			add = append(add, span{f, f})
			drop = append(drop, span{c, c})
		}
	}
	if len(add) == 0 {
		return s
	}
	return union(subtract(s, normalize(drop)), normalize(add))
}

// foldedAll is every code point that is its own simple case folding, the
// universe of complements under the v and i flags.
func foldedAll() runeSet {
	simpleFold(0)
	var changed []span
	for c := range folds {
		changed = append(changed, span{c, c})
	}
	return complement(normalize(changed))
}
