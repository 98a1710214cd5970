package compiler

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// TestBundleScript checks how an entry runs: classic script (top level at
// global scope), ES module (wrapped so top-level await works) or CommonJS,
// and what the bundle keeps of it.
func TestBundleScript(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		module bool     // Options.Module (-m)
		want   bool     // Bundle.Module
		has    []string // substrings of the script
		hasNot []string
	}{
		{
			name:   "classic script keeps its top level",
			files:  map[string]string{"main.js": "var x = 1;\nfunction f() { return this; }\nprint(x, f());\n"},
			has:    []string{"var x = 1;", "function f()"},
			hasNot: []string{"async function", "__commonJS"},
		},
		{
			name:   "top-level this is still classic",
			files:  map[string]string{"main.js": "print(this === globalThis);\n"},
			has:    []string{"print(this === globalThis)"},
			hasNot: []string{"__commonJS"},
		},
		{
			name:   "ES module is wrapped and loses its exports",
			files:  map[string]string{"main.mjs": "export const a = await Promise.resolve(1);\nprint(a);\n"},
			want:   true,
			has:    []string{"(async function () { \"use strict\";", "__gojsc_uncaught"},
			hasNot: []string{"export {"},
		},
		{
			name:   "CommonJS entry keeps module and exports",
			files:  map[string]string{"main.js": "module.exports = { a: 1 };\nprint(module.exports.a);\n"},
			has:    []string{"__commonJS", "require_main();"},
			hasNot: []string{"export default"},
		},
		{
			name:   "-m makes a classic script a module",
			files:  map[string]string{"main.js": "var x = 1;\nprint(x);\n"},
			module: true,
			want:   true,
			has:    []string{"(async function ()"},
		},
		{
			name:   "hashbang line kept as a comment",
			files:  map[string]string{"main.js": "#!/usr/bin/env qjs\nprint(1);\n"},
			has:    []string{"///usr/bin/env qjs\n"},
			hasNot: []string{"#!"},
		},
		{
			name:   "native imports bind the exports object itself",
			files:  map[string]string{"main.mjs": "import * as std from \"std\";\nstd.puts(\"x\");\n"},
			want:   true,
			has:    []string{"var std = require_std();"},
			hasNot: []string{"__toESM(require_std"},
		},
		{
			name:   "only what goja lacks is lowered",
			files:  map[string]string{"main.mjs": "class A { #p = 1; get p() { return this.#p?.valueOf() ?? 0; } }\nasync function* g() { yield 1; }\nprint(new A().p, g);\n"},
			want:   true,
			has:    []string{"#p = 1", "?.valueOf() ?? 0", "__asyncGenerator"},
			hasNot: []string{"__privateGet"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			entry := ""
			for name := range tc.files {
				entry = name
			}
			b, err := BundleScript(Options{Entry: entry, WorkingDir: dir, Module: tc.module}, []string{"os", "std"}, []string{"os", "std"})
			if err != nil {
				t.Fatal(err)
			}
			checkBundle(t, b, tc.want, tc.has, tc.hasNot)
		})
	}
}

// checkBundle checks that b is a module or a script as module says, holds
// every string of has and none of hasNot, and validates.
func checkBundle(t *testing.T, b *Bundle, module bool, has, hasNot []string) {
	t.Helper()
	if b.Module != module {
		t.Errorf("Module = %v, want %v", b.Module, module)
	}
	for _, s := range has {
		if !strings.Contains(b.Script, s) {
			t.Errorf("script lacks %q:\n%s", s, b.Script)
		}
	}
	for _, s := range hasNot {
		if strings.Contains(b.Script, s) {
			t.Errorf("script has %q:\n%s", s, b.Script)
		}
	}
	if err := Validate(b, nil); err != nil {
		t.Errorf("the bundle does not validate: %v", err)
	}
}

func TestGoMinor(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"go1.26.8", 26, true},
		{"go1.27rc1", 27, true},
		{"go1.9", 9, true},
		{"devel go1.27-abc", 0, false},
		{"go2.0", 0, false},
	}
	for _, tc := range tests {
		got, ok := goMinor(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("goMinor(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestParseGoMod(t *testing.T) {
	gomod := "module example.com/x\n\ngo 1.26.0\n\nrequire github.com/a/b v1.0.0\n\nrequire (\n\tgithub.com/c/d v0.2.0 // indirect\n\tgolang.org/x/sys v0.50.0\n)\n"
	m := parseGoMod([]byte(gomod))
	reqs := m.requires
	want := []requirement{{"github.com/a/b", "v1.0.0"}, {"github.com/c/d", "v0.2.0"}, {"golang.org/x/sys", "v0.50.0"}}
	if m.module != "example.com/x" || m.goVersion != "1.26.0" || len(reqs) != len(want) {
		t.Fatalf("parseGoMod = %+v", m)
	}
	for i := range want {
		if reqs[i] != want[i] {
			t.Errorf("requirement %d = %v, want %v", i, reqs[i], want[i])
		}
	}
}

func TestRelevantLines(t *testing.T) {
	var out strings.Builder
	out.WriteString("go: downloading example.com/x v1.0.0\n\n# example.com/broken\n")
	for i := 0; i < 40; i++ {
		out.WriteString("broken.go:3:1: syntax error\n")
	}
	got := relevantLines(out.String())
	if strings.Contains(got, "downloading") || !strings.HasPrefix(got, "  # example.com/broken") {
		t.Errorf("noise kept or error dropped:\n%s", got)
	}
	if !strings.Contains(got, "11 more lines") || strings.Count(got, "\n") != 30 {
		t.Errorf("not cut to 30 lines and a count:\n%s", got)
	}
}

func TestValidateOptions(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.js": "print(1);\n"})
	tests := []struct {
		opts Options
		want string // error substring; "" for success
	}{
		{Options{}, "no entry script"},
		{Options{Entry: "a.js", Target: "linux"}, "want GOOS/GOARCH"},
		{Options{Entry: "a.js", Target: "plan9/amd64"}, "Unix systems"},
		{Options{Entry: "a.js", StackSize: -1}, "negative"},
		{Options{Entry: "a.js", MemoryLimit: "12X"}, `--memory-limit: memory limit "12X"`},
		{Options{Entry: "a.js", MemoryLimit: "512M"}, ""},
		{Options{Entry: "a.js", Output: "missing/dir/app"}, ""},
		{Options{Entry: "a.js", Output: "a.js/app"}, "a.js is not a directory"},
		{Options{Entry: "a.js", Output: "."}, "is a directory"},
		{Options{Entry: "a.js", GoFlags: []string{"-x", "tags"}}, `go build flag "tags" (GOJSC_GOFLAGS) does not start with -`},
		{Options{Entry: "a.js", Modules: []ModuleSpec{{Name: "x", Path: "example.com/x", Version: "1.0"}}}, `version "1.0" is neither`},
		{Options{Entry: "a.js"}, ""},
	}
	for _, tc := range tests {
		tc.opts.WorkingDir = dir
		_, err := validateOptions(tc.opts)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%+v: %v", tc.opts, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrOptions)):
			t.Errorf("%+v: error %v, want one containing %q that is ErrOptions", tc.opts, err, tc.want)
		}
	}
	o := Options{Entry: "sub/tool.ts", WorkingDir: dir, Target: "linux/arm64", MemoryLimit: "1k"}
	c, err := validateOptions(o)
	if err != nil || c.output != filepath.Join(dir, "tool") {
		t.Errorf("default output %q, %v; want %s", c.output, err, filepath.Join(dir, "tool"))
	}
	if c.goos != "linux" || c.goarch != "arm64" || c.memoryLimit != 1024 || c.goCommand != "go" {
		t.Errorf("config %+v: target, memory limit or go command not filled in", c)
	}
	if o.Output != "" {
		t.Errorf("validateOptions changed the options: Output %q", o.Output)
	}
}
