package compiler

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestDependencies checks that a build lists every file it read: the
// entry first, its imports, JSON and text files, the package.json files
// esbuild consulted, and the local native module's Go sources; and that
// the dependency file is a make rule with an empty rule per prerequisite.
func TestDependencies(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"app/main.js":                       "import { x } from \"./lib/x.js\";\nimport d from \"./data.json\";\nimport n from \"./notes.txt\";\nimport pad from \"pad\";\nprint(x, d, n, pad);\n",
		"app/lib/x.js":                      "export const x = 1;\n",
		"app/data.json":                     "{\"a\": 1}\n",
		"app/notes.txt":                     "hi\n",
		"app/unused.js":                     "print(2);\n",
		"app/package.json":                  "{\"name\": \"app\"}\n",
		"app/node_modules/pad/package.json": "{\"name\": \"pad\", \"main\": \"i.js\"}\n",
		"app/node_modules/pad/i.js":         "module.exports = 3;\n",
		"app/my dir/m.js":                   "export {};\n",
		"app/mod/go.mod":                    "module example.com/mod\n\ngo 1.26\n",
		"app/mod/mod.go":                    "package mod\n",
		"app/mod/mod_test.go":               "package mod\n",
		"app/mod/sub/sub.go":                "package sub\n",
		"app/mod/testdata/x.go":             "package x\n",
	})
	wd := filepath.Join(dir, "app")
	res, err := Compile(context.Background(), Options{
		Entry: "main.js", WorkingDir: wd, ExportDir: "pkg", DepFile: "deps/pkg.d", NoStd: true, NoOS: true,
		Modules: []ModuleSpec{{Name: "mod", Path: "./mod"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"main.js", "data.json", "lib/x.js", "node_modules/pad/i.js", "node_modules/pad/package.json", "notes.txt", "package.json",
		"mod/go.mod", "mod/mod.go", "mod/sub/sub.go"}
	if !slices.Equal(res.Dependencies, want) {
		t.Errorf("dependencies:\n%q\nwant\n%q", res.Dependencies, want)
	}
	got, err := os.ReadFile(filepath.Join(wd, "deps/pkg.d"))
	if err != nil {
		t.Fatal(err)
	}
	wantRule := "pkg: \\\n  main.js \\\n  data.json \\\n  lib/x.js \\\n"
	if !strings.HasPrefix(string(got), wantRule) || !strings.Contains(string(got), "\n\nmod/sub/sub.go:\n") || strings.Contains(string(got), "\nmain.js:") {
		t.Errorf("dependency file:\n%s", got)
	}

	// A failed build leaves the dependency file of the last good one.
	writeFiles(t, wd, map[string]string{"lib/x.js": "export const x = ;\n"})
	if _, err := Compile(context.Background(), Options{Entry: "main.js", WorkingDir: wd, ExportDir: "pkg", DepFile: "deps/pkg.d", NoStd: true, NoOS: true,
		Modules: []ModuleSpec{{Name: "mod", Path: "./mod"}}}); err == nil {
		t.Fatal("a syntax error built")
	}
	if again, _ := os.ReadFile(filepath.Join(wd, "deps/pkg.d")); string(again) != string(got) {
		t.Errorf("a failed build changed the dependency file:\n%s", again)
	}
}

func TestDepRule(t *testing.T) {
	rule, err := depRule("my app", []string{"a b.js", "c#d.js", "e$f.js"}, true)
	if err != nil {
		t.Fatal(err)
	}
	want := "my\\ app: \\\n  a\\ b.js \\\n  c\\#d.js \\\n  e$$f.js\n\nc\\#d.js:\n\ne$$f.js:\n"
	if rule != want {
		t.Errorf("rule:\n%s\nwant\n%s", rule, want)
	}
	if _, err := depRule("app", []string{"a\nb.js"}, true); err == nil {
		t.Error("a line break in a file name was written")
	}
}
