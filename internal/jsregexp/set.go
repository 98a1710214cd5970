package jsregexp

import (
	"encoding/binary"
	"sort"
	"unicode"
)

// maxRune is the last code point.
const maxRune = unicode.MaxRune

// span is a range of code points, both ends included.
type span struct{ lo, hi rune }

// runeSet is a set of code points: sorted, disjoint, non-adjacent spans.
type runeSet []span

// normalize sorts and merges spans into a runeSet.
func normalize(s []span) runeSet {
	sort.Slice(s, func(i, j int) bool { return s[i].lo < s[j].lo })
	var out runeSet
	for _, r := range s {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			out[n-1].hi = max(out[n-1].hi, r.hi)
			continue
		}
		out = append(out, r)
	}
	return out
}

func union(a, b runeSet) runeSet {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	all := make([]span, 0, len(a)+len(b))
	return normalize(append(append(all, a...), b...))
}

// complement is every code point not in a.
func complement(a runeSet) runeSet {
	var out runeSet
	next := rune(0)
	for _, r := range a {
		if r.lo > next {
			out = append(out, span{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= maxRune {
		out = append(out, span{next, maxRune})
	}
	return out
}

func intersect(a, b runeSet) runeSet {
	var out runeSet
	for i, j := 0, 0; i < len(a) && j < len(b); {
		lo, hi := max(a[i].lo, b[j].lo), min(a[i].hi, b[j].hi)
		if lo <= hi {
			out = append(out, span{lo, hi})
		}
		if a[i].hi < b[j].hi {
			i++
		} else {
			j++
		}
	}
	return out
}

func subtract(a, b runeSet) runeSet { return intersect(a, complement(b)) }

func (s runeSet) contains(c rune) bool {
	i := sort.Search(len(s), func(i int) bool { return s[i].hi >= c })
	return i < len(s) && s[i].lo <= c
}

// fromTable converts one of Go's unicode tables.
func fromTable(t *unicode.RangeTable) runeSet {
	var s []span
	for _, r := range t.R16 {
		if r.Stride == 1 {
			s = append(s, span{rune(r.Lo), rune(r.Hi)})
			continue
		}
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			s = append(s, span{c, c})
		}
	}
	for _, r := range t.R32 {
		if r.Stride == 1 {
			s = append(s, span{rune(r.Lo), rune(r.Hi)})
			continue
		}
		for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
			s = append(s, span{c, c})
		}
	}
	return normalize(s)
}

// decodeRanges decodes a table of tables.go: per span, the gap from the end
// of the previous one and the length less one, as uvarints.
func decodeRanges(enc string) runeSet {
	b := []byte(enc)
	var out runeSet
	next := rune(0)
	for len(b) > 0 {
		gap, n := binary.Uvarint(b)
		b = b[n:]
		length, m := binary.Uvarint(b)
		b = b[m:]
		lo := next + rune(gap)
		out = append(out, span{lo, lo + rune(length)})
		next = lo + rune(length) + 1
	}
	return out
}

func uvarint(b []byte) (uint64, int) { return binary.Uvarint(b) }
func varint(b []byte) (int64, int)   { return binary.Varint(b) }
