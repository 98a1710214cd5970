package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestClassicScripts checks which entries run as classic scripts: those
// with neither import nor export, whatever esbuild makes of them.
func TestClassicScripts(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		module bool     // Bundle.Module
		has    []string // substrings of the script
		hasNot []string
	}{
		{
			name:   "lowered syntax keeps use strict and the globals",
			src:    "\"use strict\";\nvar unused = 1;\nasync function* g() { yield 1; }\nprint(g);\n",
			has:    []string{"\"use strict\";\n", "var unused = 1;", "__asyncGenerator"},
			hasNot: []string{"__commonJS", "async function ()"},
		},
		{
			name:   "sloppy-mode syntax",
			src:    "var o = 010;\nvar x;\nprint(delete x);\nfunction f() { var arguments; }\n",
			has:    []string{"var o = 8", "delete x"},
			hasNot: []string{"__commonJS"},
		},
		{
			name: "top-level await",
			src:  "var a = await 1, [b] = [2];\nfunction f() {}\nlet c = 3;\nprint(a, b, c, f);\n",
			has: []string{
				"(async function() {\n  ((__gojsc_g, __gojsc_list) =>",
				`[["a", () => a, `, `["b", () => b, `, `["f", () => f, `,
				"}).call(globalThis).then(void 0, __gojsc_uncaught);",
			},
			hasNot: []string{`["c"`},
		},
		{
			name: "top-level await and use strict",
			src:  "'use strict';\nawait 1;\n",
			has:  []string{"(async function() {\n  \"use strict\";\n"},
		},
		{
			name:   "top-level await with sloppy-mode syntax",
			src:    "await 1;\nwith ({}) print(1);\n",
			has:    []string{"(async function() {\n  await 1;\n  with ({})"},
			hasNot: []string{"\"use strict\""},
		},
		{
			name:   "names are kept only where esbuild renames",
			src:    "function f() {}\nfunction g() {}\n",
			hasNot: []string{"__name"},
		},
		{
			name: "renamed function keeps its name",
			src:  "function f() {}\nvar h = function f() {};\nprint(h.name);\n",
			has:  []string{"__name(function f2() {\n}, \"f\")"},
		},
		{
			name:   "exports make a module",
			src:    "export const a = await 1;\nprint(a);\n",
			module: true,
		},
		{
			name:   "export {} makes a module",
			src:    "await 1;\nexport {};\n",
			module: true,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"main.js": tc.src})
			b, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir}, []string{"os", "std"}, []string{"os", "std"})
			if err != nil {
				t.Fatal(err)
			}
			checkBundle(t, b, tc.module, tc.has, tc.hasNot)
		})
	}
}

// TestDropFirstSourceLine checks the source map of a script given a
// wrapper line: mappings into it go, the others move up a line.
func TestDropFirstSourceLine(t *testing.T) {
	// Generated line 1 maps to original 0:0 (the wrapper), line 2 to 1:2
	// and 1:5, line 3 to 2:0 with name 0.
	in := `{"version":3,"sources":["a.js"],"names":["x"],"mappings":"AAAA;AACE,GAAG;AACHA"}`
	out, err := dropFirstSourceLine([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	// Now: line 1 nothing, line 2 to 0:2 and 0:5, line 3 to 1:0 name 0.
	if want := `"mappings":";AAAE,GAAG;AACHA"`; !strings.Contains(string(out), want) {
		t.Errorf("got %s, want %s", out, want)
	}
}

// TestQuickJSTests bundles QuickJS's own language and built-in tests,
// which are classic scripts using much of what sloppy mode allows, when
// GOJSC_QUICKJS_TESTS names the tests directory of a QuickJS source tree
// (they are not part of this repository). Whether they then pass is
// goja's business; what fails goja's compiler is logged.
func TestQuickJSTests(t *testing.T) {
	dir := os.Getenv("GOJSC_QUICKJS_TESTS")
	if dir == "" {
		t.Skip("set GOJSC_QUICKJS_TESTS to the tests directory of a QuickJS source tree")
	}
	for _, name := range []string{"test_language.js", "test_builtin.js"} {
		t.Run(name, func(t *testing.T) {
			if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
				t.Skip(err)
			}
			b, err := BundleScript(Options{Entry: name, WorkingDir: dir}, []string{"os", "std"}, []string{"os", "std"})
			if err != nil {
				t.Fatal(err)
			}
			if b.Module {
				t.Error("bundled as a module")
			}
			if err := Validate(b, nil); err != nil {
				t.Logf("goja does not compile it: %v", err)
			}
		})
	}
}
