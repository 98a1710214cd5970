package compiler

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

func TestScanShape(t *testing.T) {
	r := strings.Repeat
	tests := []struct {
		name string
		src  string
		d    dialect
		want string // substring of the problem; "" for none
		at   string // the source from the problem's offset starts with this
	}{
		{name: "shallow", src: "function f() { if (a) { return [1, (2)]; } }"},
		{name: "deep brackets", src: "x = 1;\nlet a = [[[[[1]]]]];", want: "nesting too deep: 5 levels, limit 4", at: "[1]"},
		{name: "deep functions", src: r("function f() {", 5) + r("}", 5), want: "nesting too deep", at: "() {}"},
		{name: "arrow bodies count", src: "f = " + r("a => ", 5) + "a;", want: "nesting too deep", at: "=> a;"},
		{name: "arrows end at ; and newlines", src: r("f = a => a;\n", 10) + r("g = b => b\n", 10)},
		{name: "brackets in strings", src: `s = "((((((" + '[[[[[[' + "\"((((((";`},
		{name: "brackets in comments", src: "// ((((((\n/* [[[[[[\n */ x = 1;"},
		{name: "brackets in a regexp", src: "re = /[(((((]\\/(((((/g; x = a / b / c;"},
		{name: "brackets in a template", src: "t = `((((((${a}[[[[[[`;"},
		{name: "template substitutions nest", src: "t = `${`${`${`${`${x}`}`}`}`}`;", want: "nesting too deep"},
		{name: "unterminated comment", src: "x = 1; /* (((((((("},
		{name: "stray closers ignored", src: ")))]]]}}}" + r("(", 4) + r(")", 4)},
		{name: "closer heals stray openers", src: r("{ x = /(/; }\n", 10)},
		{name: "long chain", src: "x = 1" + r(" + 1", 5) + ";", want: "expression too long: 5 chained operators, limit 4", at: "1 + 1"},
		{name: "chain over lines", src: "x = 'a' +\n'b' +\n'c' +\n'd'\n+ 'e'\n+ 'f';", want: "expression too long", at: "'a'"},
		{name: "chains end at statements", src: r("a = b + c + d\n", 20)},
		{name: "chains end at commas", src: "f(" + r("a + b, ", 20) + ");"},
		{name: "parentheses keep their own chain", src: "x = (a + b + c) * (d + e + f);"},
		{name: "assignment is no operator", src: "a = b = c = d = e = f = g;"},
		{name: "in and instanceof count", src: "x = a in b in c in d in e in f;", want: "expression too long"},
		{name: "increments are no operators", src: "x = a++ + b++ - c-- - d--;"},
		{name: "division after a value", src: "x = a / b / c / d / e / f;", want: "expression too long"},
		{name: "JSX tags are no operators", src: "x = <a>\n<b>\n<c>\n<d>\n<e></e></d></c></b></a>;", d: dialect{jsx: true}},
		{name: "TypeScript unions are no operators", src: "type T = 'a' | 'b' | 'c' | 'd' | 'e' | 'f';\nlet x: A & B & C & D & E & F;", d: dialect{ts: true}},
		{name: "TypeScript still counts logical operators", src: "x = a || b || c || d || e || f;", d: dialect{ts: true}, want: "expression too long"},
		{name: "hashbang", src: "#!/usr/bin/env qjs ((((((\nx = 1;"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := scanShape(tc.src, tc.d, 4, 4)
			switch {
			case tc.want == "" && p != nil:
				t.Fatalf("problem %q at %d in %q", p.Message, p.Offset, tc.src)
			case tc.want != "" && p == nil:
				t.Fatalf("no problem found in %q", tc.src)
			case tc.want != "" && !strings.Contains(p.Message, tc.want):
				t.Fatalf("problem %q, want %q", p.Message, tc.want)
			case tc.at != "" && !strings.HasPrefix(tc.src[p.Offset:], tc.at):
				t.Fatalf("problem at %q, want at %q", tc.src[p.Offset:], tc.at)
			}
		})
	}
}

func TestPosition(t *testing.T) {
	src := "a\r\nbc\nd" + strings.Repeat("x", 200) + "!" + strings.Repeat("y", 200)
	if line, col, text := position(src, 4); line != 2 || col != 1 || text != "bc" {
		t.Errorf("position 4 = %d, %d, %q", line, col, text)
	}
	off := strings.Index(src, "!")
	line, col, text := position(src, off)
	if line != 3 || col != 201 || text != "" {
		t.Errorf("position %d = %d, %d, %q", off, line, col, text)
	}
}

// bundleWithin runs BundleScript and Validate, failing the test if they
// do not finish by the test's deadline (a FIFO would block them forever).
func bundleWithin(t *testing.T, opts Options) error {
	t.Helper()
	ctx, cancel := testContext(t)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		b, err := BundleScript(opts, []string{"os", "std"}, []string{"os", "std"})
		if err == nil {
			err = Validate(b, nil)
		}
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		t.Fatalf("bundling %s did not finish", opts.Entry)
		return nil
	}
}

// TestSourceFiles checks that entries and imports must be regular files
// within the size limit, refused before they are read.
func TestSourceFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		writeFiles(t, dir, map[string]string{name: content})
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.js"), 0o644); err != nil {
		t.Fatal(err)
	}
	write("m.js", "print(1);\n")
	write("sub/x.js", "print(1);\n")
	write("imports-fifo.js", "import \"./fifo.js\";\n")
	write("imports-zero.js", "import \"/dev/zero\";\n")
	write("imports-dir.js", "import \"./sub/\";\n")
	write("imports-slash.js", "import \"./m.js/\";\n")
	write("imports-big.js", "import \"./big.js\";\n")
	big, err := os.Create(filepath.Join(dir, "big.js"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(MaxSourceSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	big.Close()

	tests := []struct {
		entry string
		want  []string
	}{
		{"fifo.js", []string{"entry script fifo.js is a named pipe (FIFO), not a regular file"}},
		{"imports-fifo.js", []string{"imports-fifo.js:1:8: ERROR: fifo.js is a named pipe (FIFO), not a regular file"}},
		{"imports-zero.js", []string{"imports-zero.js:1:8: ERROR: /dev/zero is a character device, not a regular file"}},
		{"sub", []string{"entry script sub is a directory"}},
		{"m.js/", []string{"entry script m.js/ is not a directory"}},
		{"imports-dir.js", []string{"imports-dir.js:1:8: ERROR: Could not resolve \"./sub/\""}},
		{"imports-slash.js", []string{"imports-slash.js:1:8: ERROR: Could not resolve \"./m.js/\""}},
		{"big.js", []string{"entry script big.js is 64.0 MiB, more than the limit of 64 MiB for a source file"}},
		{"imports-big.js", []string{"imports-big.js:1:8: ERROR: big.js is 64.0 MiB, more than the limit of 64 MiB"}},
	}
	for _, tc := range tests {
		t.Run(tc.entry, func(t *testing.T) {
			err := bundleWithin(t, Options{Entry: tc.entry, WorkingDir: dir})
			if err == nil {
				t.Fatal("bundled")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
	// An absolute entry keeps its trailing slash too.
	if err := bundleWithin(t, Options{Entry: filepath.Join(dir, "m.js") + "/", WorkingDir: dir}); err == nil || !strings.Contains(err.Error(), "is not a directory") {
		t.Errorf("absolute m.js/: %v", err)
	}
	for _, name := range []string{filepath.Join(dir, "fifo.js"), "/dev/zero", dir} {
		if _, err := readSource(name, name); !errors.Is(err, ErrLimit) {
			t.Errorf("readSource(%s) = %v, want ErrLimit", name, err)
		}
	}
}

// TestShapeLimits checks that the shapes that make esbuild or goja
// superlinearly slow fail fast with their place, and that big flat data
// still builds.
func TestShapeLimits(t *testing.T) {
	r := strings.Repeat
	var fns strings.Builder
	for i := 0; i < 10000; i++ {
		fns.WriteString("function f(a) { let b = a + 1;\n")
	}
	fns.WriteString(r("}", 10000))
	var rows strings.Builder
	rows.WriteString("[")
	for i := 0; rows.Len() < 5<<20; i++ { // 5 MB
		fmt.Fprintf(&rows, "{\"id\": %d, \"tags\": [\"a\", \"b\"], \"n\": {\"x\": 1.5}},\n", i)
	}
	rows.WriteString("{}]")
	tests := []struct {
		name  string
		files map[string]string
		want  string // error substring; "" for success
	}{
		{"10k nested functions", map[string]string{"main.mjs": "export " + fns.String()}, "main.mjs:257:11: ERROR: nesting too deep: 10000 levels, limit 256"},
		{"10k nested arrays", map[string]string{"main.js": "print(" + r("[", 10000) + r("]", 10000) + ");"}, "main.js:1:262: ERROR: nesting too deep: 10001 levels, limit 256\n  Nesting this deep"},
		{"200k-term expression", map[string]string{"main.js": "var x = 0;\nprint(1" + r("+1", 200000) + ");\n"}, "main.js:2:7: ERROR: expression too long: 200000 chained operators, limit 1024"},
		{"in an import", map[string]string{"main.js": "import \"./lib.js\";\n", "lib.js": "var s = 'a'" + r(" + 'a'", 100000) + ";\n"}, "lib.js:1:9: ERROR: expression too long"},
		{"5 MB JSON import", map[string]string{"main.js": "import rows from \"./rows.json\";\nprint(rows.length);\n", "rows.json": rows.String()}, ""},
		{"1 MB array literal", map[string]string{"main.js": "var rows = " + rows.String()[:strings.LastIndex(rows.String()[:1<<20], "\n")+1] + "{}];\nprint(rows.length);\n"}, ""},
		{"long flat sequences", map[string]string{"main.js": "var a = [" + r("1,", 200000) + "];\nf(" + r("x, ", 100000) + "x);\n" + r("x++;\n", 100000)}, ""},
		{"chain at the limit", map[string]string{"main.js": "print(1" + r("+1", MaxOperatorChain) + ");\n"}, ""},
		{"nesting at the limit", map[string]string{"main.js": "print(" + r("[", MaxNesting-1) + r("]", MaxNesting-1) + ");\n"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			entry := ""
			for name := range tc.files {
				if strings.HasPrefix(name, "main.") {
					entry = name
				}
			}
			start := time.Now()
			err := bundleWithin(t, Options{Entry: entry, WorkingDir: dir})
			t.Logf("%v", time.Since(start))
			switch {
			case tc.want == "" && err != nil:
				t.Fatal(err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrLimit)):
				t.Fatalf("error %v, want one containing %q that is ErrLimit", err, tc.want)
			}
		})
	}
}

// TestBundleShapeLimits checks the scan of the bundle before goja
// compiles it, and that its errors point at the user's file.
func TestBundleShapeLimits(t *testing.T) {
	dir := t.TempDir()
	src := "var x = 1;\nprint(x + x + x + x + x + x);\n"
	if err := os.WriteFile(filepath.Join(dir, "main.mjs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := BundleScript(Options{Entry: "main.mjs", WorkingDir: dir}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	sources := func(string) string { return src }
	err = validate(b, sources, limits{nesting: 100, chain: 3, total: 1 << 20})
	want := "main.mjs:2:7: ERROR: expression too long: 5 chained operators, limit 3\n     2 │ print(x + x + x + x + x + x);\n       │       ^"
	if err == nil || !strings.Contains(err.Error(), want) || !errors.Is(err, ErrLimit) {
		t.Errorf("error %v, want one containing %q that is ErrLimit", err, want)
	}
	if err := validate(b, sources, limits{nesting: 1, chain: 100, total: 1 << 20}); err == nil || !strings.Contains(err.Error(), "nesting too deep") {
		t.Errorf("error %v, want nesting too deep", err)
	}
}

// TestTotalSourceSize checks the limit on all the sources of one build.
func TestTotalSourceSize(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.js", "b.js"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(strings.Repeat("x;\n", 200000)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var total atomic.Int64
	lim := limits{nesting: 10, chain: 10, total: 1 << 20}
	if res, _ := loadSource(filepath.Join(dir, "a.js"), dir, lim, &total); len(res.Errors) != 0 {
		t.Fatalf("a.js refused: %v", res.Errors[0].Text)
	}
	res, _ := loadSource(filepath.Join(dir, "b.js"), dir, lim, &total)
	want := "the program's source files add up to more than the limit of 1 MiB with b.js"
	if len(res.Errors) != 1 || res.Errors[0].Text != want {
		t.Fatalf("b.js: %+v, want the error %q", res.Errors, want)
	}
}
