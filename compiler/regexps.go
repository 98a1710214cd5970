package compiler

import (
	"encoding/json"
	"fmt"
	"strings"
)

// scriptEdit replaces text of the bundle: a regular expression literal, a
// class field's name.
type scriptEdit struct {
	offset   int // of the text, in bytes of the script
	old, new string
}

// rewriteScript applies edits, in the order of their offsets, to b.Script
// and shifts the generated columns of b.SourceMap that follow each edited
// text on its line, so positions after it still map to the user's files.
func rewriteScript(b *Bundle, edits []scriptEdit) error {
	var out strings.Builder
	// shifts[line] lists (column after the literal, change in length), in
	// UTF-16 units as source maps count.
	shifts := map[int][]colShift{}
	prev, line, lineStart := 0, 0, 0
	for _, e := range edits {
		if e.offset < prev || e.offset+len(e.old) > len(b.Script) || b.Script[e.offset:e.offset+len(e.old)] != e.old {
			return fmt.Errorf("rewriting %s: it is not at offset %d of the bundle", e.old, e.offset)
		}
		for i := prev; i < e.offset; i++ {
			if b.Script[i] == '\n' {
				line++
				lineStart = i + 1
			}
		}
		end := utf16Len(b.Script[lineStart : e.offset+len(e.old)])
		shifts[line] = append(shifts[line], colShift{end, utf16Len(e.new) - utf16Len(e.old)})
		out.WriteString(b.Script[prev:e.offset])
		out.WriteString(e.new)
		prev = e.offset + len(e.old)
	}
	out.WriteString(b.Script[prev:])
	m, err := shiftGeneratedColumns(b.SourceMap, shifts)
	if err != nil {
		return err
	}
	b.Script, b.SourceMap = out.String(), m
	return nil
}

type colShift struct{ from, by int }

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// shiftGeneratedColumns moves the mappings of m at or after a shift's
// column on its generated line by the shift's amount. Generated columns are
// delta-coded within a line, so only the lines shifted are re-encoded.
func shiftGeneratedColumns(m []byte, shifts map[int][]colShift) ([]byte, error) {
	var sm map[string]json.RawMessage
	if err := json.Unmarshal(m, &sm); err != nil {
		return nil, fmt.Errorf("reading the source map: %w", err)
	}
	var mappings string
	if err := json.Unmarshal(sm["mappings"], &mappings); err != nil {
		return nil, fmt.Errorf("reading the source map: %w", err)
	}
	lines := strings.Split(mappings, ";")
	for n, ss := range shifts {
		if n >= len(lines) || lines[n] == "" {
			continue
		}
		segs := strings.Split(lines[n], ",")
		old, prevNew := 0, 0
		for i, seg := range segs {
			fields, err := decodeVLQs(seg)
			if err != nil || len(fields) == 0 {
				return nil, fmt.Errorf("reading the source map: bad mapping %q", seg)
			}
			old += fields[0]
			col := old
			for _, s := range ss {
				if old >= s.from {
					col += s.by
				}
			}
			fields[0] = col - prevNew
			prevNew = col
			var b strings.Builder
			for _, f := range fields {
				encodeVLQ(&b, f)
			}
			segs[i] = b.String()
		}
		lines[n] = strings.Join(segs, ",")
	}
	sm["mappings"], _ = json.Marshal(strings.Join(lines, ";"))
	return json.Marshal(sm)
}
