package compiler

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Source-map edits the runtime needs. goja reports a mapped position with
// the map's 0-based original column, where stack traces (QuickJS's, V8's)
// count from 1; and the module wrapper adds a line at the top.

// adjustSourceMap shifts every mapping down by lines generated lines and
// every original column right by one.
func adjustSourceMap(m []byte, lines int) ([]byte, error) {
	var sm map[string]json.RawMessage
	if err := json.Unmarshal(m, &sm); err != nil {
		return nil, fmt.Errorf("reading esbuild's source map: %w", err)
	}
	var mappings string
	if err := json.Unmarshal(sm["mappings"], &mappings); err != nil {
		return nil, fmt.Errorf("reading esbuild's source map: %w", err)
	}
	if err := checkIndices(m); err != nil {
		return nil, fmt.Errorf("reading esbuild's source map: %w", err)
	}
	mappings, err := shiftOriginalColumns(mappings)
	if err != nil {
		return nil, err
	}
	sm["mappings"], _ = json.Marshal(strings.Repeat(";", lines) + mappings)
	return json.Marshal(sm)
}

// checkIndices reports a mapping that names a source or a name the map m
// does not list: go-sourcemap, through which goja maps stack traces,
// indexes its sources without checking and would panic on one.
func checkIndices(m []byte) error {
	var sm struct {
		Sources  []json.RawMessage
		Names    []json.RawMessage
		Mappings string
		Sections []struct{ Map json.RawMessage }
	}
	if err := json.Unmarshal(m, &sm); err != nil {
		return err
	}
	for _, sec := range sm.Sections {
		if len(sec.Map) > 0 {
			if err := checkIndices(sec.Map); err != nil {
				return err
			}
		}
	}
	source, name := 0, 0
	for _, line := range strings.Split(sm.Mappings, ";") {
		for _, seg := range strings.Split(line, ",") {
			fields, err := decodeVLQs(seg)
			if err != nil {
				return err
			}
			if len(fields) >= 2 {
				// The format wants 1, 4 or 5 fields; go-sourcemap takes a
				// source from the second.
				source += fields[1]
				if source < 0 || source >= len(sm.Sources) {
					return fmt.Errorf("mapping %q names source %d of %d", seg, source, len(sm.Sources))
				}
			}
			if len(fields) >= 5 {
				name += fields[4]
				if name < 0 || name >= len(sm.Names) {
					return fmt.Errorf("mapping %q names name %d of %d", seg, name, len(sm.Names))
				}
			}
		}
	}
	return nil
}

// shiftOriginalColumns adds one to every original column. Original columns
// are delta-coded across the whole map, so only the first segment that has
// one changes.
func shiftOriginalColumns(mappings string) (string, error) {
	start := 0
	for i := 0; i <= len(mappings); i++ {
		if i < len(mappings) && mappings[i] != ',' && mappings[i] != ';' {
			continue
		}
		seg := mappings[start:i]
		fields, err := decodeVLQs(seg)
		if err != nil {
			return "", fmt.Errorf("reading esbuild's source map: %w", err)
		}
		if len(fields) >= 4 {
			fields[3]++
			var b strings.Builder
			for _, f := range fields {
				encodeVLQ(&b, f)
			}
			return mappings[:start] + b.String() + mappings[i:], nil
		}
		start = i + 1
	}
	return mappings, nil
}

const base64Digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// maxVLQ is the largest magnitude a source-map VLQ may hold: the format
// limits values to 32 bits.
const maxVLQ = 1 << 31

// decodeVLQs decodes the base64 VLQs of one segment.
func decodeVLQs(s string) ([]int, error) {
	var out []int
	value, shift := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base64Digits, s[i])
		if d < 0 {
			return nil, fmt.Errorf("bad base64 digit %q in mapping %q", s[i], s)
		}
		value |= (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			if shift > 30 {
				return nil, fmt.Errorf("VLQ longer than 32 bits in mapping %q", s)
			}
			continue
		}
		if value>>1 > maxVLQ {
			return nil, fmt.Errorf("VLQ longer than 32 bits in mapping %q", s)
		}
		if value&1 != 0 {
			out = append(out, -(value >> 1))
		} else {
			out = append(out, value>>1)
		}
		value, shift = 0, 0
	}
	if shift != 0 {
		return nil, fmt.Errorf("unterminated VLQ in mapping %q", s)
	}
	return out, nil
}

// encodeVLQ appends v as a base64 VLQ. Unsigned arithmetic keeps the
// loop finite for any v, though only 32-bit values decode back.
func encodeVLQ(b *strings.Builder, v int) {
	u := uint64(v) << 1
	if v < 0 {
		u = uint64(-v)<<1 | 1
	}
	for {
		d := u & 31
		u >>= 5
		if u > 0 {
			d |= 32
		}
		b.WriteByte(base64Digits[d])
		if u == 0 {
			return
		}
	}
}
