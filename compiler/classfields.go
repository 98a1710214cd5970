package compiler

import (
	"errors"
	"regexp"
	"strings"

	"github.com/dop251/goja/parser"
)

// goja's parser rejects a class field named get, set, static or async
// (`class P { get = () => 1 }`), reading the name as the start of an
// accessor or a modifier; it accepts the same field with its name quoted,
// which means the same thing. esbuild prints such names bare, so when goja
// fails to parse a bundle at one of them, the name is quoted there and the
// bundle parsed again. Only a failed parse is touched: a bundle goja reads
// is never changed.

// contextualFieldNames are the names goja misreads as a class field's.
var contextualFieldNames = map[string]bool{"get": true, "set": true, "static": true, "async": true}

// quoteClassFields quotes the class field name at which err, goja's error
// parsing b.Script, stopped, shifting the source map to match. It reports
// whether it changed anything.
func quoteClassFields(b *Bundle, err error) (bool, error) {
	var list parser.ErrorList
	if !errors.As(err, &list) {
		return false, nil
	}
	// The errors' positions are mapped to the user's files; the bundle's
	// own are those of a parse without the map.
	_, raw := parser.ParseFile(nil, b.Name, b.Script, 0, parser.WithDisableSourceMaps)
	if !errors.As(raw, &list) {
		return false, nil
	}
	lineStarts := []int{0}
	for i := 0; i < len(b.Script); i++ {
		if b.Script[i] == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	// Only the first error: the parser's later ones follow from it and
	// may stand anywhere.
	if len(list) == 0 {
		return false, nil
	}
	p := list[0].Position
	if p.Line < 1 || p.Line > len(lineStarts) {
		return false, nil
	}
	at := lineStarts[p.Line-1] + columnOffset(b.Script[lineStarts[p.Line-1]:], p.Column-1)
	off, name, ok := fieldNameBefore(b.Script, at)
	if !ok {
		return false, nil
	}
	return true, rewriteScript(b, []scriptEdit{{offset: off, old: name, new: `"` + name + `"`}})
}

// columnOffset is the byte offset in line of the character at index col
// (characters counted as goja counts them, one per rune).
func columnOffset(line string, col int) int {
	for i := range line {
		if col == 0 {
			return i
		}
		col--
	}
	return len(line)
}

// misreadField matches a class member that is a field named get, set,
// static or async: at the start of a line or after `{`, `;` or `}`, the
// name, then `=` (not `==` or `=>`) or `;`.
var misreadField = regexp.MustCompile(`(?:^|[{;}])[ \t]*(get|set|static|async)[ \t]*(?:=[^=>]|;)`)

// fieldNameBefore finds the last field name goja misreads on the line of
// offset at, up to at (goja reports the error a little past the name),
// and returns its offset.
func fieldNameBefore(s string, at int) (int, string, bool) {
	start := strings.LastIndexByte(s[:at], '\n') + 1
	end := strings.IndexByte(s[at:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += at
	}
	line := s[start:end]
	best := -1
	for _, m := range misreadField.FindAllStringSubmatchIndex(line, -1) {
		if start+m[2] <= at {
			best = m[2]
		}
	}
	if best < 0 {
		return 0, "", false
	}
	name := line[best:]
	name = name[:strings.IndexAny(name, " \t=;")]
	if !contextualFieldNames[name] {
		return 0, "", false
	}
	return start + best, name, true
}
