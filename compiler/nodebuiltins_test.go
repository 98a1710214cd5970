package compiler

import (
	"errors"
	"strings"
	"testing"
)

// TestNodeBuiltins checks what a Node built-in's name means: in an npm
// package's code Node's module (not provided yet: a build error naming the
// package, at the import), never the native module of that name; in the
// user's code the native modules keep their bare names and "node:" means
// Node's.
func TestNodeBuiltins(t *testing.T) {
	pkg := func(index string) map[string]string {
		return map[string]string{
			"main.js":                       "import p from \"pkg\";\nprint(p);\n",
			"node_modules/pkg/package.json": `{"name": "pkg", "main": "index.js"}`,
			"node_modules/pkg/index.js":     index,
		}
	}
	with := func(files map[string]string, more map[string]string) map[string]string {
		for k, v := range more {
			files[k] = v
		}
		return files
	}
	tests := []struct {
		name    string
		files   map[string]string
		want    []string // substrings of the error; nil: it builds
		imports []string // Bundle.Imports when it builds
		// node lists Node's and the Web's modules that exist besides the
		// native ones; preload is then Bundle.Preload.
		node    []string
		preload []string
	}{
		{
			name:    "a package's path is node:path when provided",
			files:   pkg("module.exports = require(\"path\").sep;\n"),
			node:    []string{"node:path"},
			imports: []string{"node:path"},
		},
		{
			name:    "a provided built-in beats an npm shim of its name",
			files:   with(pkg("module.exports = require(\"events\").name;\n"), map[string]string{"node_modules/events/package.json": `{"main": "e.js"}`, "node_modules/events/e.js": "exports.name = \"events shim\";\n"}),
			node:    []string{"node:events"},
			imports: []string{"node:events"},
		},
		{
			name:    "a package's os is node:os, a package's fs/promises node:fs/promises",
			files:   pkg("module.exports = [require(\"os\"), require(\"fs/promises\"), require(\"node:os\")];\n"),
			node:    []string{"node:fs/promises", "node:os"},
			imports: []string{"node:fs/promises", "node:os"},
		},
		{
			name:    "the user's bare path is node:path, the user's os the native one",
			files:   map[string]string{"main.js": "import * as os from \"os\";\nimport path from \"path\";\nprint(os.platform, path.sep);\n"},
			node:    []string{"node:os", "node:path"},
			imports: []string{"node:path", "os"},
		},
		{
			name:    "a global links its module",
			files:   map[string]string{"main.js": "export {};\nconsole.log(process.argv.length, typeof Buffer);\n"},
			node:    []string{"node:buffer", "node:process"},
			imports: []string{"node:buffer", "node:process"},
		},
		{
			name:  "a global not used links nothing",
			files: map[string]string{"main.js": "export {};\nconst process = 1;\nconsole.log(process);\n"},
			node:  []string{"node:buffer", "node:process"},
		},
		{
			name:    "a classic script's globals are preloaded",
			files:   map[string]string{"main.js": "var n = process.argv.length;\nprint(n);\n"},
			node:    []string{"node:buffer", "node:process"},
			imports: []string{"node:process"},
			preload: []string{"node:process"},
		},
		{
			name:  "a provided module's sibling that is not provided",
			files: map[string]string{"main.js": "import * as os from \"node:os\";\nprint(os);\n"},
			node:  []string{"node:path"},
			want:  []string{`Node's built-in module "node:os" is not provided in gojsc programs yet`},
		},
		{
			name:  "a package's os is Node's",
			files: pkg("const os = require(\"os\");\nmodule.exports = os.EOL;\n"),
			want:  []string{`node_modules/pkg/index.js:1:20: ERROR: npm package "pkg" imports Node's built-in module "os", which gojsc programs do not provide yet`, `"os" means Node's module, never the native module`},
		},
		{
			name:  "a package's process is Node's",
			files: pkg("import { env } from \"process\";\nexport default env;\n"),
			want:  []string{`node_modules/pkg/index.js:1:21: ERROR: npm package "pkg" imports Node's built-in module "process"`},
		},
		{
			name:  "a scoped package's node:fs",
			files: map[string]string{"main.js": "import p from \"@scope/pkg\";\nprint(p);\n", "node_modules/@scope/pkg/package.json": `{"main": "lib/i.js"}`, "node_modules/@scope/pkg/lib/i.js": "\n  module.exports = require(\"node:fs\");\n"},
			want:  []string{`node_modules/@scope/pkg/lib/i.js:2:28: ERROR: npm package "@scope/pkg" imports Node's built-in module "node:fs"`},
		},
		{
			name:  "a package's fs/promises",
			files: pkg("module.exports = require(\"fs/promises\");\n"),
			want:  []string{`index.js:1:26: ERROR: npm package "pkg" imports Node's built-in module "fs/promises"`},
		},
		{
			name:  "a require the package guards with try builds",
			files: pkg("let os;\ntry { os = require(\"os\"); } catch { os = null; }\nmodule.exports = os;\n"),
		},
		{
			name:  "an npm package of a built-in's name is bundled",
			files: with(pkg("module.exports = require(\"events\").name;\n"), map[string]string{"node_modules/events/package.json": `{"main": "e.js"}`, "node_modules/events/e.js": "exports.name = \"events shim\";\n"}),
		},
		{
			name:    "a package's qjs:os is the native module",
			files:   pkg("module.exports = require(\"qjs:os\");\n"),
			imports: []string{"os"},
		},
		{
			name:    "a package's std is the native module",
			files:   pkg("module.exports = require(\"std\");\n"),
			imports: []string{"std"},
		},
		{
			name:  "a package's browser map may disable a built-in",
			files: with(pkg("module.exports = require(\"os\");\n"), map[string]string{"node_modules/pkg/package.json": `{"main": "index.js", "browser": {"os": false}}`}),
		},
		{
			name:    "the user's os is the native module",
			files:   map[string]string{"main.js": "import * as os from \"os\";\nprint(os.platform);\n"},
			imports: []string{"os"},
		},
		{
			name:  "the user's node:os is Node's",
			files: map[string]string{"main.js": "import * as os from \"node:os\";\nprint(os);\n"},
			want:  []string{`main.js:1:21: ERROR: Node's built-in module "node:os" is not provided in gojsc programs yet`, `The native module os is imported as "os".`},
		},
		{
			name:  "the user's fs",
			files: map[string]string{"main.js": "\nconst fs = require(\"fs\");\n"},
			want:  []string{`main.js:2:20: ERROR: Node's built-in module "fs" is not provided in gojsc programs yet`, "Use the std and os modules"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			known := append([]string{"os", "process", "std"}, tc.node...)
			b, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir}, known, []string{"os", "std"})
			if tc.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if strings.Join(b.Imports, ",") != strings.Join(tc.imports, ",") {
					t.Errorf("imports %v, want %v", b.Imports, tc.imports)
				}
				if strings.Join(b.Preload, ",") != strings.Join(tc.preload, ",") {
					t.Errorf("preload %v, want %v", b.Preload, tc.preload)
				}
				return
			}
			if err == nil {
				t.Fatalf("built:\n%s", b.Script)
			}
			if !errors.Is(err, ErrResolve) {
				t.Errorf("error is not ErrResolve: %v", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
		})
	}
}
