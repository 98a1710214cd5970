package compiler

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-sourcemap/sourcemap"

	"github.com/gojsc/gojsc/internal/fuzzseed"
)

// FuzzCompile runs the bundle and validate stages on any source, as a
// JavaScript or TypeScript entry. Each must give a bundle goja compiles or
// errors that name their kind, the user's file (never the absolute path)
// and a line in it; none may panic.
func FuzzCompile(f *testing.F) {
	fuzzseed.Add(f, func(name string, data []byte) []any {
		return []any{string(data), strings.HasSuffix(name, ".ts"), false, false}
	})
	known := []string{"os", "process", "std"}
	f.Fuzz(func(t *testing.T, src string, ts, module, minify bool) {
		for _, dev := range []string{"/dev", "/proc", "/sys"} {
			// Importing a device blocks or never ends, as it would for a
			// user; the fuzzer need not find that.
			if strings.Contains(src, dev) {
				t.Skip()
			}
		}
		dir := t.TempDir()
		entry := "main.js"
		if ts {
			entry = "main.ts"
		}
		if err := os.WriteFile(filepath.Join(dir, entry), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		opts := Options{Entry: entry, WorkingDir: dir, Module: module, Minify: minify}
		b, err := BundleScript(opts, known, []string{"os", "std"})
		if err == nil {
			if !strings.HasSuffix(b.Script, "//# sourceMappingURL="+b.Name+".map\n") {
				t.Fatalf("bundle does not end with its source map comment:\n%s", b.Script)
			}
			var sm struct {
				Version  int
				Mappings string
			}
			if err := json.Unmarshal(b.SourceMap, &sm); err != nil || sm.Version != 3 {
				t.Fatalf("bundle's source map is not a version 3 map (%v):\n%s", err, b.SourceMap)
			}
			if strings.Trim(sm.Mappings, ";") != "" {
				if _, err := sourcemap.Parse("", b.SourceMap); err != nil {
					t.Fatalf("bundle's source map does not parse: %v\n%s", err, b.SourceMap)
				}
			}
			segments(t, sm.Mappings)
			err = Validate(b, func(f string) string {
				data, _ := os.ReadFile(filepath.Join(dir, f))
				return string(data)
			})
		}
		if err == nil {
			return
		}
		checkCompileError(t, err, dir, src)
	})
}

// checkCompileError checks what a user would see of a failed build of src
// in dir.
func checkCompileError(t *testing.T, err error, dir, src string) {
	t.Helper()
	msg := err.Error()
	if msg == "" {
		t.Fatalf("empty error message for %q", src)
	}
	if strings.Contains(msg, dir) && !strings.Contains(src, dir) {
		t.Fatalf("error for %q names the absolute path: %s", src, msg)
	}
	var es Errors
	if !errors.As(err, &es) {
		if !errors.Is(err, ErrOptions) {
			t.Fatalf("error for %q is neither a source error nor an option error: %v", src, err)
		}
		return
	}
	if len(es) == 0 {
		t.Fatalf("empty error list for %q", src)
	}
	for _, e := range es {
		if e.Message == "" {
			t.Fatalf("error without a message for %q: %#v", src, e)
		}
		if !errors.Is(e, ErrSyntax) && !errors.Is(e, ErrResolve) && !errors.Is(e, ErrUnsupported) && !errors.Is(e, ErrOptions) {
			t.Fatalf("error of no known kind for %q: %#v", src, e)
		}
		if e.File != "" && (e.Line < 1 || e.Column < 0) {
			t.Fatalf("error for %q at %s line %d column %d: %v", src, e.File, e.Line, e.Column, e)
		}
	}
}

// FuzzSourceMapLookup validates a script that is not valid for goja with
// any source map: mapping its errors' positions back must not panic,
// whatever the map holds.
func FuzzSourceMapLookup(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any {
		// A plain seed is a source map; the script has an error on line 3.
		return []any{"var a = 1;\nvar b = 2;\nvar c = a +;\n", data}
	})
	f.Fuzz(func(t *testing.T, script string, sourceMap []byte) {
		b := &Bundle{Name: "main.js", Script: script, SourceMap: sourceMap}
		err := Validate(b, func(string) string { return "line 1\nline 2\nline 3\n" })
		if err == nil {
			return
		}
		if err.Error() == "" {
			t.Fatalf("empty error for %q", script)
		}
	})
}

// FuzzShiftOriginalColumns shifts the original columns of any mappings
// string. When it succeeds, exactly one field of one segment changes, by
// one, and it is the first original column.
func FuzzShiftOriginalColumns(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any { return []any{string(data)} })
	f.Fuzz(func(t *testing.T, mappings string) {
		got, err := shiftOriginalColumns(mappings)
		if err != nil {
			return
		}
		in, ok := decodeSegments(mappings)
		if !ok {
			// Only segments up to the first with an original column are
			// read, so a bad one after it is not shiftOriginalColumns's to
			// report (adjustSourceMap's check of the indices does).
			return
		}
		out := segments(t, got)
		if len(in) != len(out) {
			t.Fatalf("%q → %q: %d segments, want %d", mappings, got, len(out), len(in))
		}
		shifted := false
		for i := range in {
			a, b := in[i], out[i]
			if len(a) != len(b) {
				t.Fatalf("%q → %q: segment %d has %d fields, want %d", mappings, got, i, len(b), len(a))
			}
			for k := range a {
				want := a[k]
				if k == 3 && !shifted {
					want++
					shifted = true
				}
				if b[k] != want {
					t.Fatalf("%q → %q: segment %d field %d is %d, want %d", mappings, got, i, k, b[k], want)
				}
			}
		}
		list := quote(strings.Repeat("x", 64))
		list = "[" + strings.Repeat(list+",", 63) + list + "]"
		in2 := []byte(`{"version":3,"sources":` + list + `,"names":` + list + `,"mappings":` + quote(mappings) + `}`)
		m, err := adjustSourceMap(in2, 2)
		if bad := checkIndices(in2); bad != nil {
			if err == nil {
				t.Fatalf("adjustSourceMap accepted mappings %q: %v", mappings, bad)
			}
			return
		}
		if err != nil {
			t.Fatalf("adjustSourceMap of mappings %q: %v", mappings, err)
		}
		var sm struct{ Mappings string }
		if err := json.Unmarshal(m, &sm); err != nil || sm.Mappings != ";;"+got {
			t.Fatalf("adjustSourceMap of mappings %q = %s (%v), want mappings %q", mappings, m, err, ";;"+got)
		}
	})
}

// segments decodes every segment of a mappings string.
func segments(t *testing.T, mappings string) [][]int {
	t.Helper()
	out, ok := decodeSegments(mappings)
	if !ok {
		t.Fatalf("mappings %q do not decode", mappings)
	}
	return out
}

func decodeSegments(mappings string) ([][]int, bool) {
	var out [][]int
	for _, line := range strings.Split(mappings, ";") {
		for _, seg := range strings.Split(line, ",") {
			fields, err := decodeVLQs(seg)
			if err != nil {
				return nil, false
			}
			out = append(out, fields)
		}
	}
	return out, true
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// FuzzVLQ encodes any number and decodes it back: every value the
// source-map format can hold (32 bits) must round-trip, and encoding any
// other must still end.
func FuzzVLQ(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any { return []any{int64(len(data))} })
	f.Fuzz(func(t *testing.T, v int64) {
		var b strings.Builder
		encodeVLQ(&b, int(v))
		if v < -maxVLQ || v > maxVLQ {
			return
		}
		got, err := decodeVLQs(b.String())
		if err != nil || len(got) != 1 || int64(got[0]) != v {
			t.Fatalf("%d encoded as %q decodes to %v, %v", v, b.String(), got, err)
		}
	})
}
