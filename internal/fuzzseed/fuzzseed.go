// Package fuzzseed loads the seed corpora of the module's fuzz targets,
// which live together under testdata/fuzz at the module root rather than
// beside each package, so that they are easy to find and review.
//
// A seed file is either in the format `go test -fuzz` writes for a failing
// input ("go test fuzz v1" and one typed Go literal per line), so a crasher
// it saved is copied in unchanged, or any other file, which the target's
// plain function turns into arguments: a script, a JSON text, a format.
package fuzzseed

import (
	"bufio"
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// header starts a file in the go command's corpus format.
const header = "go test fuzz v1\n"

// Add adds every seed in testdata/fuzz/<f's target name> at the module
// root to f. plain turns a file not in the corpus format (by its name and
// contents) into the target's arguments. A target without seeds fails.
func Add(f *testing.F, plain func(name string, data []byte) []any) {
	f.Helper()
	dir, err := Dir(f.Name())
	if err != nil {
		f.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.Fatalf("reading the seed corpus: %v", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	if len(names) == 0 {
		f.Fatalf("no seeds in %s", dir)
	}
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			f.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte(header)) {
			f.Add(plain(name, data)...)
			continue
		}
		args, err := Parse(data)
		if err != nil {
			f.Fatalf("seed %s: %v", name, err)
		}
		f.Add(args...)
	}
}

// Dir returns the seed directory of the named fuzz target: testdata/fuzz/
// name in the nearest directory above the working directory that holds a
// go.mod.
func Dir(name string) (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "testdata", "fuzz", name), nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("no go.mod above the working directory, so no testdata/fuzz/%s", name)
		}
		dir = parent
	}
}

// Parse reads a file in the go command's corpus format. It knows the types
// fuzz targets here take: string, []byte, bool, int, int64, uint64 and
// float64.
func Parse(data []byte) ([]any, error) {
	if !bytes.HasPrefix(data, []byte(header)) {
		return nil, fmt.Errorf("not in the corpus format: no %q line", strings.TrimSpace(header))
	}
	var args []any
	sc := bufio.NewScanner(bytes.NewReader(data[len(header):]))
	sc.Buffer(nil, len(data)+1)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if bits, ok := strings.CutPrefix(line, "math.Float64frombits("); ok {
			// How the go command writes a NaN with a payload, or -0.
			u, err := strconv.ParseUint(strings.TrimSuffix(bits, ")"), 0, 64)
			if err != nil {
				return nil, fmt.Errorf("line %q: %w", line, err)
			}
			args = append(args, math.Float64frombits(u))
			continue
		}
		typ, lit, ok := strings.Cut(line, "(")
		if !ok || !strings.HasSuffix(lit, ")") {
			return nil, fmt.Errorf("line %q: want type(value)", line)
		}
		lit = lit[:len(lit)-1]
		v, err := parseValue(typ, lit)
		if err != nil {
			return nil, fmt.Errorf("line %q: %w", line, err)
		}
		args = append(args, v)
	}
	return args, sc.Err()
}

func parseValue(typ, lit string) (any, error) {
	switch typ {
	case "string", "[]byte":
		s, err := strconv.Unquote(lit)
		if err != nil {
			return nil, err
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "bool":
		return strconv.ParseBool(lit)
	case "int":
		n, err := strconv.ParseInt(lit, 0, 0)
		return int(n), err
	case "int64":
		return strconv.ParseInt(lit, 0, 64)
	case "uint64":
		return strconv.ParseUint(lit, 0, 64)
	case "float64":
		return strconv.ParseFloat(lit, 64)
	}
	return nil, fmt.Errorf("type %s is not supported", typ)
}
