package compiler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A hostileCase is one malformed or hostile input to the compiler.
type hostileCase struct {
	name  string
	files map[string]string // written into a fresh directory; "->target" makes a symlink
	fifos []string          // named pipes to make
	entry string
	ok    bool     // the input is valid: bundling and validation succeed
	want  []string // substrings of the error; the first names the file (and place)
	skip  string   // why the case is not run yet
}

// hostileCases are malformed and hostile inputs that must each give a clean
// error (or build, where they are valid JavaScript). Bad flag values, the
// output path and injection through -M belong to the command line's and the
// build's tests.
func hostileCases() []hostileCase {
	r := strings.Repeat
	rnd := rand.New(rand.NewPCG(1, 2))
	garbage := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rnd.IntN(256))
		}
		return string(b)
	}
	main := func(src string) map[string]string { return map[string]string{"main.js": src} }
	imports := func(spec string) map[string]string {
		return map[string]string{"main.js": "import x from " + fmt.Sprintf("%q", spec) + ";\nprint(x);\n"}
	}
	cases := []hostileCase{
		// Bytes that are not JavaScript.
		{name: "NUL bytes", files: main("print(1);\x00\x00\n"), want: []string{"main.js:1:10: ERROR"}},
		{name: "NUL in a string", files: main("print(\"a\x00b\");\n"), ok: true},
		{name: "control character", files: main("print(1);\x01\n"), want: []string{"main.js:1:10: ERROR"}},
		{name: "invalid UTF-8 in a string", files: main("print(\"\xff\xfe\xc3\");\n"), ok: true},
		{name: "invalid UTF-8 in code", files: main("print(1);\xff\n"), want: []string{"main.js:1:10: ERROR"}},
		{name: "UTF-8 BOM", files: main("\ufeffprint(1);\n"), ok: true},
		{name: "UTF-16 text with BOM", files: main("\xff\xfep\x00r\x00i\x00n\x00t\x00"), want: []string{"main.js:1:1: ERROR"}},
		{name: "lone surrogate escape", files: main("print(\"\\uD800\");\n"), ok: true},
		{name: "line separator in a string", files: main("print(\"a\u2028b\");\n"), ok: true},
		{name: "empty file", files: main(""), ok: true},
		{name: "only a comment", files: main("// nothing\n"), ok: true},
		{name: "only a hashbang", files: main("#!/usr/bin/env qjs"), ok: true},
		{name: "CRLF line endings", files: main("let a = 1;\r\nlet b = ;\r\n"), want: []string{"main.js:2:9: ERROR"}},

		// Unterminated constructs.
		{name: "unterminated string", files: main("print(\"abc);\n"), want: []string{"main.js:1:13: ERROR: Unterminated string literal"}},
		{name: "unterminated template", files: main("print(`abc);\n"), want: []string{"main.js:2:1: ERROR: Unterminated"}},
		{name: "unterminated template substitution", files: main("print(`a${1 + `);\n"), want: []string{"main.js:2:1: ERROR: Unterminated"}},
		{name: "unterminated regexp", files: main("let re = /abc;\n"), want: []string{"main.js:1:15: ERROR: Unterminated regular expression"}},
		{name: "unterminated comment", files: main("print(1); /* abc\n"), want: []string{"main.js:2:1: ERROR: Expected \"*/\" to terminate multi-line comment", "The multi-line comment starts here"}},
		{name: "unclosed brace", files: main("function f() {\n  print(1);\n"), want: []string{"main.js:3:1: ERROR: Unexpected end of file"}},
		{name: "stray closer", files: main("print(1));\n"), want: []string{"main.js:1:9: ERROR"}},
		{name: "invalid regexp", files: main("print(/(/.test(\"\"));\n"), want: []string{"main.js:1:7: ERROR: invalid regular expression: Unterminated group", "Check the regular expression"}},
		{name: "regexp v flag", files: main("print(/[(]/v);\n"), want: []string{"main.js:1:7: ERROR", "Invalid regular expression: /[(]/v: Invalid character in character class"}},
		{name: "with in strict mode", files: main("\"use strict\";\nwith (Math) print(PI);\n"), want: []string{"main.js:2:1: ERROR", "With statements cannot be used in strict mode"}},
		{name: "with in a classic script", files: main("with (Math) print(PI);\n"), ok: true},
		{name: "await in a classic script", files: main("function f() { await 1; }\n"), want: []string{"main.js:1:16: ERROR"}},
		{name: "JSX in a .js file", files: main("print(<div/>);\n"), want: []string{"main.js:1:7: ERROR", "JSX"}},
		{name: "TypeScript syntax error", files: map[string]string{"main.ts": "let x: = 1;\n"}, entry: "main.ts", want: []string{"main.ts:1:8: ERROR"}},
		{name: "TypeScript in a .js file", files: main("let x: number = 1;\n"), want: []string{"main.js:1:6: ERROR"}},
		{name: "unterminated JSX", files: map[string]string{"main.tsx": "const e = <div>\n"}, entry: "main.tsx", want: []string{"main.tsx:2:1: ERROR: Unexpected end of file before a closing \"div\" tag"}},
		{name: "binary garbage", files: main(garbage(4096)), want: []string{"main.js:1:"}},
		{name: "more binary garbage", files: main(garbage(64)), want: []string{"main.js:1:"}},

		// Sizes and shapes.
		{name: "huge identifier", files: main("var " + r("a", 1<<20) + " = 1;\nprint(1);\n"), ok: true},
		{name: "huge string", files: main("print(\"" + r("x", 4<<20) + "\".length);\n"), ok: true},
		{name: "long single line", files: main(r("x = 1;", 200000)), ok: true},
		{name: "deep brackets", files: main("print(" + r("[", 100000) + r("]", 100000) + ");\n"), want: []string{"main.js:1:262: ERROR: nesting too deep: 100001 levels, limit 256"}},
		{name: "deep parentheses", files: main("print(" + r("(", 100000) + "1" + r(")", 100000) + ");\n"), want: []string{"main.js:1:262: ERROR: nesting too deep"}},
		{name: "deep blocks", files: main(r("{", 100000) + r("}", 100000)), want: []string{"main.js:1:257: ERROR: nesting too deep"}},
		{name: "deep arrow functions", files: main("let f = " + r("a => ", 10000) + "a;\n"), want: []string{"main.js:1:", "nesting too deep"}},
		{name: "deep template literals", files: main("let s = " + r("`${", 1000) + r("}`", 1000) + ";\n"), want: []string{"main.js:1:", "nesting too deep"}},
		{name: "deep unclosed brackets", files: main(r("[", 100000)), want: []string{"main.js:1:257: ERROR: nesting too deep"}},
		{name: "long expression", files: main("print(1" + r(" + 1", 100000) + ");\n"), want: []string{"main.js:1:7: ERROR: expression too long"}},
		{name: "long string concatenation", files: main("var s = \"a\"\n" + r("  + \"a\"\n", 20000) + ";\n"), want: []string{"main.js:1:9: ERROR: expression too long"}},
		{name: "long logical chain", files: main("var x = 1;\nprint(x" + r(" && x", 20000) + ");\n"), want: []string{"main.js:2:7: ERROR: expression too long"}},
		{name: "many short statements", files: main(r("x = 1 + 2 + 3\n", 20000)), ok: true},

		// Imports.
		{name: "missing import", files: imports("./nope.js"), want: []string{"main.js:1:15: ERROR: Could not resolve \"./nope.js\""}},
		{name: "empty import path", files: imports(""), want: []string{"main.js:1:15: ERROR"}},
		{name: "import of ..", files: imports(".."), want: []string{"main.js:1:15: ERROR: Could not resolve \"..\""}},
		{name: "import of /", files: imports("/"), want: []string{"main.js:1:15: ERROR: Could not resolve \"/\""}},
		{name: "import of a directory", files: map[string]string{"main.js": "import \"./lib\";\n", "lib/x.js": "print(1);\n"}, want: []string{"main.js:1:8: ERROR: Could not resolve \"./lib\""}},
		{name: "import of a file with a slash", files: map[string]string{"main.js": "import \"./lib.js/\";\n", "lib.js": "print(1);\n"}, want: []string{"main.js:1:8: ERROR: Could not resolve \"./lib.js/\""}},
		{name: "import of /dev/zero", files: imports("/dev/zero"), want: []string{"main.js:1:15: ERROR: /dev/zero is a character device, not a regular file"}},
		{name: "import of /dev/urandom", files: imports("/dev/urandom"), want: []string{"main.js:1:15: ERROR: /dev/urandom is a character device"}},
		{name: "import of /dev/null", files: imports("/dev/null"), want: []string{"main.js:1:15: ERROR: /dev/null is a character device"}},
		{name: "import of /proc/self/mem", files: imports("/proc/self/mem"), want: []string{"main.js:1:15: ERROR: reading /proc/", "/mem: input/output error"}},
		{name: "import of a FIFO", files: imports("./pipe.js"), fifos: []string{"pipe.js"}, want: []string{"main.js:1:15: ERROR: pipe.js is a named pipe (FIFO), not a regular file"}},
		{name: "import of a symlink to /dev/zero", files: map[string]string{"main.js": "import \"./z.js\";\n", "z.js": "->/dev/zero"}, want: []string{"main.js:1:8: ERROR", "is a character device"}},
		{name: "import of a dangling symlink", files: map[string]string{"main.js": "import \"./gone.js\";\n", "gone.js": "->nowhere.js"}, want: []string{"main.js:1:8: ERROR", "gone.js"}},
		{name: "symlink loop", files: map[string]string{"main.js": "import \"./a.js\";\n", "a.js": "->b.js", "b.js": "->a.js"}, want: []string{"main.js:1:8: ERROR", "a.js"}},
		{name: "import with a query", files: map[string]string{"main.js": "import \"./lib.js?x=1\";\n", "lib.js": "print(1);\n"}, ok: true},
		{name: "import cycle", files: map[string]string{"main.js": "import { b } from \"./b.js\";\nexport const a = 1;\nprint(b);\n", "b.js": "import { a } from \"./main.js\";\nexport const b = 2;\nexport function f() { return a; }\n"}, ok: true},
		{name: "self-import", files: map[string]string{"main.js": "import * as self from \"./main.js\";\nexport const a = 1;\nprint(self.a);\n"}, ok: true},
		{name: "re-export of itself", files: map[string]string{"main.js": "export * from \"./main.js\";\nprint(1);\n"}, ok: true},
		{name: "syntax error in an import", files: map[string]string{"main.js": "import \"./lib.js\";\n", "lib.js": "let = ;\n"}, want: []string{"lib.js:1:"}},
		{name: "deep nesting in an import", files: map[string]string{"main.js": "import \"./lib.js\";\n", "lib.js": r("{", 1000) + r("}", 1000)}, want: []string{"lib.js:1:257: ERROR: nesting too deep", "imported by main.js:1:8"}},
		{name: "JSON that is not JSON", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d);\n", "d.json": "{a: 1}"}, want: []string{"d.json:1:2: ERROR: Expected string in JSON"}},
		{name: "big JSON that is not JSON", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d);\n", "d.json": "[" + r("1,", 40000) + "]"}, want: []string{"d.json:1:80001: ERROR"}},
		{name: "JSON with a BOM", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d.a);\n", "d.json": "\ufeff{\"a\": 1}"}, ok: true},
		{name: "JSON scalar", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d);\n", "d.json": "\"just a string\""}, ok: true},
		{name: "deep JSON", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d);\n", "d.json": r("[", 10000) + r("]", 10000)}, want: []string{"d.json:1:257: ERROR: nesting too deep"}},
		{name: "empty JSON", files: map[string]string{"main.js": "import d from \"./d.json\";\nprint(d);\n", "d.json": ""}, want: []string{"d.json:1:1: ERROR: Unexpected end of file in JSON"}},
		{name: "unknown extension", files: map[string]string{"main.js": "import d from \"./d.xyz\";\nprint(d);\n", "d.xyz": "1"}, want: []string{"main.js:1:15: ERROR: No loader is configured for \".xyz\" files: d.xyz"}},
		{name: "WebAssembly import", files: map[string]string{"main.js": "import w from \"./m.wasm\";\nprint(w);\n", "m.wasm": "\x00asm\x01\x00\x00\x00"}, want: []string{"main.js:1:15: ERROR: m.wasm is WebAssembly, which gojsc programs cannot run"}},
		{name: "binary import", files: map[string]string{"main.js": "import d from \"./d.bin\";\nprint(d.length);\n", "d.bin": "\x00\xff"}, ok: true},
		{name: "entry with an unknown extension", files: map[string]string{"main.xyz": "print(1);\n"}, entry: "main.xyz", want: []string{"entry script main.xyz is not a JavaScript or TypeScript file"}},
		{name: "entry without an extension", files: map[string]string{"main": "print(1);\n"}, entry: "main", ok: true},
		{name: "unsupported import attribute", files: map[string]string{"main.js": "import d from \"./d.txt\" with { type: \"css\" };\nprint(d);\n", "d.txt": "x"}, want: []string{"main.js:1:", "\"css\""}},
		{name: "text import", files: map[string]string{"main.js": "import d from \"./d.txt\";\nprint(d);\n", "d.txt": "\x00\xff binary"}, ok: true},
		{name: "broken package.json", files: map[string]string{"main.js": "import p from \"pkg\";\nprint(p);\n", "node_modules/pkg/package.json": "{not json", "node_modules/pkg/index.js": "export default 1;\n"}, want: []string{"package.json:1:"}},
		{name: "package main is a FIFO", files: map[string]string{"main.js": "import p from \"pkg\";\nprint(p);\n", "node_modules/pkg/package.json": "{\"main\": \"p.js\"}"}, fifos: []string{"node_modules/pkg/p.js"}, want: []string{"main.js:1:15: ERROR: node_modules/pkg/p.js is a named pipe (FIFO)"}},
		{name: "package.json is a FIFO", files: map[string]string{"main.js": "import p from \"pkg\";\nprint(p);\n", "node_modules/pkg/index.js": "export default 1;\n"}, fifos: []string{"node_modules/pkg/package.json"}, want: []string{"main.js:1:15: ERROR: node_modules/pkg/package.json is a named pipe (FIFO)"}},
		{name: "scoped package.json is a FIFO", files: map[string]string{"main.js": "import p from \"@s/pkg/sub.js\";\nprint(p);\n", "node_modules/@s/pkg/sub.js": "export default 1;\n"}, fifos: []string{"node_modules/@s/pkg/package.json"}, want: []string{"main.js:1:15: ERROR: node_modules/@s/pkg/package.json is a named pipe (FIFO)"}},
		{name: "tsconfig.json is a FIFO", files: map[string]string{"main.ts": "print(1);\n"}, entry: "main.ts", fifos: []string{"tsconfig.json"}, want: []string{"tsconfig.json is a named pipe (FIFO)"}},
		{name: "package.json of an imported directory is a FIFO", files: map[string]string{"main.js": "import \"./sub/x.js\";\n", "sub/x.js": "print(1);\n"}, fifos: []string{"sub/package.json"}, want: []string{"main.js:1:8: ERROR: sub/package.json is a named pipe (FIFO)"}},
		{name: "package main is a directory", files: map[string]string{"main.js": "import p from \"pkg\";\nprint(p);\n", "node_modules/pkg/package.json": "{\"main\": \"lib\"}", "node_modules/pkg/lib/index.js": "export default 1;\n"}, ok: true},
		{name: "native module not linked", files: imports("process"), want: []string{"main.js:1:15: ERROR: native module \"process\" is not linked"}},
		{name: "node built-in", files: imports("http"), want: []string{"main.js:1:15: ERROR: Node's built-in module \"http\" is not provided"}},

		// Entries.
		{name: "entry is a FIFO", fifos: []string{"main.js"}, want: []string{"entry script main.js is a named pipe (FIFO), not a regular file"}},
		{name: "entry is a directory", files: map[string]string{"main.js/x.js": "1"}, want: []string{"entry script main.js is a directory"}},
		{name: "entry with a trailing slash", files: main("print(1);\n"), entry: "main.js/", want: []string{"entry script main.js/ is not a directory"}},
		{name: "entry with a trailing slash and dot", files: main("print(1);\n"), entry: "main.js/.", want: []string{"entry script main.js/. is not a directory"}},
		{name: "entry through a file", files: main("print(1);\n"), entry: "main.js/../main.js", want: []string{"entry script main.js/../main.js is not a directory"}},
		{name: "entry is /dev/zero", entry: "/dev/zero", want: []string{"entry script /dev/zero is a character device"}},
		{name: "entry is a symlink to /dev/urandom", files: map[string]string{"main.js": "->/dev/urandom"}, want: []string{"entry script main.js is a character device"}},
		{name: "missing entry", entry: "nope.js", want: []string{"entry script nope.js does not exist"}},
		{name: "entry is a symlink loop", files: map[string]string{"main.js": "->main.js"}, want: []string{"reading entry script main.js: too many levels of symbolic links"}},
	}
	// File names with characters that shells, Go source and messages treat
	// specially: as an entry with a syntax error, the message names them;
	// as an import, they build.
	// esbuild shows a backslash in a file name as a slash.
	for _, name := range []string{"a b.js", "it's.js", "a\"b.js", "a\nb.js", "-rf.js", "--help.js", "ünï.js", "日本.ts", "$(x).js", "a\\b.js", "a%b.js", "a;b.js", "a`b.js", ".js", r("n", 200) + ".js"} {
		cases = append(cases,
			hostileCase{name: "entry named " + name, files: map[string]string{name: "let = ;\n"}, entry: name, want: []string{strings.ReplaceAll(name, "\\", "/") + ":1:7: ERROR: Unexpected \";\""}},
			hostileCase{name: "import named " + name, files: map[string]string{"main.js": "import x from " + fmt.Sprintf("%q", "./"+name) + ";\nprint(x);\n", name: "export default 1;\n"}, ok: true},
		)
	}
	// esbuild reads a * in an entry or import path as a glob pattern; that
	// belongs to how the command line passes the entry.
	cases = append(cases,
		hostileCase{name: "entry named a*b.js", files: map[string]string{"a*b.js": "print(1);\n"}, entry: "a*b.js", ok: true},
		hostileCase{name: "import named a*b.js", files: map[string]string{"main.js": "import x from \"./a*b.js\";\nprint(x);\n", "a*b.js": "export default 1;\n"}, ok: true, skip: "esbuild does not resolve an import path with *"},
	)
	return cases
}

// panicText is what a Go panic or stack trace leaves in a message.
var panicText = regexp.MustCompile(`panic:|goroutine \d|\.go:\d+|runtime error`)

// TestHostileInputs compiles every hostile case in process, as far as the
// go command: each either fails before it with a clean error naming the
// file, or gets there (the go command here is missing on purpose). Nothing
// may replace or remove a previous output or leave a temporary file.
func TestHostileInputs(t *testing.T) {
	var tried, clean, built, other, skipped int
	for _, tc := range hostileCases() {
		if tc.skip != "" {
			skipped++
			t.Run(tc.name, func(t *testing.T) { t.Skip(tc.skip) })
			continue
		}
		tried++
		passed := t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				var err error
				if target, ok := strings.CutPrefix(content, "->"); ok {
					err = os.Symlink(target, p)
				} else {
					err = os.WriteFile(p, []byte(content), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			for _, name := range tc.fifos {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := syscall.Mkfifo(p, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			entry := tc.entry
			if entry == "" {
				entry = "main.js"
			}
			prev := []byte("previous build\n")
			out := filepath.Join(dir, "out", "app")
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(out, prev, 0o755); err != nil {
				t.Fatal(err)
			}
			err := compileWithin(t, Options{Entry: entry, WorkingDir: dir, Output: out, GoCommand: filepath.Join(dir, "no-go")})
			msg := fmt.Sprint(err)
			switch {
			case err == nil:
				t.Fatal("compiled without a go command")
			case tc.ok && !errors.Is(err, ErrNoGo):
				t.Errorf("valid input failed: %v", err)
			case !tc.ok && errors.Is(err, ErrNoGo):
				t.Errorf("bad input built")
			case panicText.MatchString(msg):
				t.Errorf("message shows Go internals:\n%s", msg)
			case !tc.ok && strings.Contains(msg, dir):
				t.Errorf("message shows a path the user did not write:\n%s", msg)
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message lacks %q:\n%s", w, msg)
				}
			}
			if got, err := os.ReadFile(out); err != nil || !bytes.Equal(got, prev) {
				t.Errorf("previous output replaced or removed: %q, %v", got, err)
			}
			if entries, _ := os.ReadDir(filepath.Dir(out)); len(entries) != 1 {
				t.Errorf("files left beside the output: %v", entries)
			}
		})
		switch {
		case !passed:
			other++
		case tc.ok:
			built++
		default:
			clean++
		}
	}
	t.Logf("hostile inputs: %d tried, %d clean errors, %d valid and built, %d other; %d skipped", tried, clean, built, other, skipped)
}

// testContext is done a little before the test's deadline, so that a
// test that would hang fails with a message instead.
func testContext(t *testing.T) (context.Context, context.CancelFunc) {
	if d, ok := t.Deadline(); ok {
		return context.WithDeadline(context.Background(), d.Add(-time.Until(d)/10))
	}
	return context.WithCancel(context.Background())
}

// compileWithin runs Compile, failing the test if it does not return by
// the test's deadline (a FIFO would block a read forever).
func compileWithin(t *testing.T, opts Options) error {
	t.Helper()
	ctx, cancel := testContext(t)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		_, err := Compile(ctx, opts)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		t.Fatalf("compiling %q did not finish", opts.Entry)
		return nil
	}
}
