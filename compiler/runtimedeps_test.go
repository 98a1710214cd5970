package compiler

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gojsc/gojsc"
)

var update = flag.Bool("update", false, "TestExportIsTidy rewrites runtimedeps.txt from what go mod tidy writes")

// runtimedeps.txt names packages of gojsc, and its modules and go.sum lines
// are parts of gojsc's own go.mod and go.sum.
func TestRuntimeDepsAreGojscs(t *testing.T) {
	table, err := parseRuntimeDeps(runtimeDepsText)
	if err != nil {
		t.Fatal(err)
	}
	sum, err := gojsc.Source.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Split(string(sum), "\n")
	mod, _ := gojsc.Source.ReadFile("go.mod")
	versions := map[string]string{}
	for _, r := range parseGoMod(mod).requires {
		versions[r.Path] = r.Version
	}
	known := map[string]bool{basePackage: true}
	for _, c := range builtinCases() {
		known[c.pkg] = true
	}
	if len(table[basePackage].requires) == 0 {
		t.Errorf("runtimedeps.txt lists no module for %s", basePackage)
	}
	for pkg, d := range table {
		if !known[pkg] {
			t.Errorf("runtimedeps.txt lists %s, no package a program links (run TestExportIsTidy -update)", pkg)
		}
		for _, r := range d.requires {
			if versions[r] == "" {
				t.Errorf("runtimedeps.txt: %s requires %s, which gojsc's go.mod does not", pkg, r)
			}
		}
		for _, line := range d.sums {
			if !slices.Contains(own, line) {
				t.Errorf("runtimedeps.txt: %s's go.sum line %q is not in gojsc's go.sum", pkg, line)
			}
		}
	}
	// Sorted as go mod tidy sorts, whatever the order of the packages.
	reqs, sums, err := runtimeDeps([]string{"nativemods/web/url", "nativemods/node/buffer"}, parseGoMod(mod).requires)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.IsSortedFunc(reqs, func(a, b requirement) int { return strings.Compare(a.Path, b.Path) }) {
		t.Errorf("requirements not sorted: %v", reqs)
	}
	lines := strings.Split(strings.TrimSuffix(string(sums), "\n"), "\n")
	if got := sortSums(slices.Clone(lines)); got != string(sums) {
		t.Errorf("go.sum not sorted:\n%s", sums)
	}
}

// tidied are the go.mod and go.sum go mod tidy wrote for a program, and
// the packages of gojsc the program linked.
type tidied struct {
	mod, sum []byte
	linked   []string
}

// A tidyCase is a program TestExportIsTidy exports.
type tidyCase struct {
	name string
	// pkg is the package of gojsc the program links besides the default
	// ones, whose needs it measures for runtimedeps.txt; "" for none.
	pkg    string
	script string
	opts   Options
	build  bool
	want   string
}

// builtinCases returns a program for each package of gojsc a program may
// link besides jsrt: each built-in native module, std's HTTP client.
func builtinCases() []tidyCase {
	var cases []tidyCase
	for _, name := range append(builtinModules(), platformModules()...) {
		c := tidyCase{
			name:   name,
			script: fmt.Sprintf("import * as m from %q;\nprint(typeof m);\n", name),
		}
		c.pkg, _ = gojscPackage(builtinImport(name))
		if !isPlatformModule(name) {
			c.opts.Modules = []ModuleSpec{{Name: name}}
		}
		cases = append(cases, c)
	}
	urlget, _ := gojscPackage(builtinImport("std/urlget"))
	return append(cases, tidyCase{
		name:   "urlGet",
		pkg:    urlget,
		script: "import * as std from 'std';\nprint(typeof std.urlGet);\n",
	})
}

// A package written with -e builds with plain go build, and go mod tidy
// leaves its go.mod and go.sum as they are, whatever built-in modules it
// links: a hello world, each built-in package alone, all of them; no
// network is used (GOPROXY=off), only the module cache. With -update, it
// writes runtimedeps.txt from what go mod tidy writes instead.
func TestExportIsTidy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build and go mod tidy")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"worker.js": "import * as os from 'os';\nprint(1);\n"})
	cases := []tidyCase{
		{name: "plain", pkg: basePackage, script: "print(1);\n"},
		{name: "all", script: "import * as std from 'std';\nimport * as os from 'os';\nimport { open } from 'process';\nprint(typeof std.urlGet, typeof os.exec, typeof open);\n",
			opts: Options{Modules: []ModuleSpec{{Name: "process"}}}, build: true, want: "function function function\n"},
		{name: "dynamic", script: "print(1);\n", opts: Options{Dynamic: []string{"worker.js"}}},
	}
	builtins := builtinCases()
	every := tidyCase{name: "every"}
	for i, c := range builtins {
		// Each case's script, its namespace renamed.
		every.script += strings.ReplaceAll(c.script, " m)", fmt.Sprint(" m", i, ")"))
		every.script = strings.Replace(every.script, " m ", fmt.Sprint(" m", i, " "), 1)
		every.opts.Modules = append(every.opts.Modules, c.opts.Modules...)
	}
	cases = append(append(cases, builtins...), every)

	env := append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=")
	run := func(t *testing.T, dir string, env []string, args ...string) []byte {
		t.Helper()
		cmd := exec.Command(goTool, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", goTool, args, err, out)
		}
		return out
	}
	results := map[string]tidied{}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			pkg := filepath.Join(dir, fmt.Sprint("p", i))
			tc.opts.Entry = fmt.Sprint(i, ".js")
			writeFiles(t, dir, map[string]string{tc.opts.Entry: tc.script})
			tc.opts.WorkingDir, tc.opts.ExportDir = dir, pkg
			if _, err := Compile(context.Background(), tc.opts); err != nil {
				t.Fatal(err)
			}
			read := func(name string) []byte {
				data, err := os.ReadFile(filepath.Join(pkg, name))
				if err != nil {
					t.Fatal(err)
				}
				return data
			}
			mod, sum := read("go.mod"), read("go.sum")
			if tc.build && !*update {
				run(t, pkg, env, "build", "-o", "app", ".")
				out, err := exec.Command(filepath.Join(pkg, "app")).CombinedOutput()
				if err != nil {
					t.Errorf("running the program: %v", err)
				}
				if string(out) != tc.want {
					t.Errorf("the program printed %q, want %q", out, tc.want)
				}
			}
			run(t, pkg, append(env, "GOFLAGS=-mod=mod"), "mod", "tidy")
			if *update {
				if tc.pkg != "" {
					results[tc.pkg] = tidied{read("go.mod"), read("go.sum"), linkedPackages(read("main.go"))}
				}
				return
			}
			if got := read("go.mod"); !bytes.Equal(got, mod) {
				t.Errorf("go mod tidy changed go.mod (run this test with -update)\n--- gojsc wrote\n%s\n--- tidy wrote\n%s", mod, got)
			}
			if got := read("go.sum"); !bytes.Equal(got, sum) {
				t.Errorf("go mod tidy changed go.sum (run this test with -update)\n--- gojsc wrote\n%s\n--- tidy wrote\n%s", sum, got)
			}
			if tc.name == "every" {
				// Once, with every module (it hashes each one's files).
				run(t, pkg, env, "mod", "verify")
			}
		})
	}
	if *update && !t.Failed() {
		if len(results) != len(builtins)+1 {
			t.Fatalf("-update measured %d packages of %d: run all of TestExportIsTidy", len(results), len(builtins)+1)
		}
		writeRuntimeDeps(t, results)
	}
}

// linkedPackages returns the packages of gojsc a generated main.go
// imports, but basePackage.
func linkedPackages(mainGo []byte) []string {
	var pkgs []string
	for _, line := range strings.Split(string(mainGo), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "_" {
			if p, ok := gojscPackage(strings.Trim(f[1], `"`)); ok {
				pkgs = append(pkgs, p)
			}
		}
	}
	return pkgs
}

// writeRuntimeDeps writes runtimedeps.txt from the tidied go.mod and go.sum
// of the program of each package: what it needs beyond the programs of the
// other packages it links (basePackage's always), which their blocks list.
func writeRuntimeDeps(t *testing.T, results map[string]tidied) {
	needs := func(pkg string) (reqs, sums []string) {
		r, ok := results[pkg]
		if !ok {
			t.Fatalf("no program measured the needs of %s", pkg)
		}
		for _, req := range parseGoMod(r.mod).requires {
			if req.Path != gojsc.ModulePath {
				reqs = append(reqs, req.Path)
			}
		}
		return reqs, strings.Split(strings.TrimSuffix(string(r.sum), "\n"), "\n")
	}
	var pkgs []string
	for pkg := range results {
		if pkg != basePackage {
			pkgs = append(pkgs, pkg)
		}
	}
	slices.Sort(pkgs)
	var b strings.Builder
	b.WriteString(`# Generated by go test ./compiler -run TestExportIsTidy -update; do not edit.
#
# What a program gojsc generates needs of Go modules besides gojsc, by the
# package of gojsc it links (see runtimeDepsText in runtimedeps.go): the
# modules go mod tidy requires and the go.sum lines it keeps. A package
# lists what it needs beyond jsrt, which every program links.
`)
	for _, pkg := range append([]string{basePackage}, pkgs...) {
		reqs, sums := needs(pkg)
		if pkg != basePackage {
			for _, other := range append([]string{basePackage}, results[pkg].linked...) {
				if other == pkg {
					continue
				}
				oreqs, osums := needs(other)
				if other == basePackage {
					for _, x := range append(slices.Clone(oreqs), osums...) {
						if !slices.Contains(reqs, x) && !slices.Contains(sums, x) {
							t.Errorf("the program of %s needs less than hello's (%s): runtimedeps.txt cannot say so", pkg, x)
						}
					}
				}
				reqs = slices.DeleteFunc(reqs, func(r string) bool { return slices.Contains(oreqs, r) })
				sums = slices.DeleteFunc(sums, func(s string) bool { return slices.Contains(osums, s) })
			}
		}
		if len(reqs) == 0 && len(sums) == 0 {
			continue
		}
		slices.Sort(reqs)
		fmt.Fprintf(&b, "\n%s\n", pkg)
		for _, r := range reqs {
			fmt.Fprintf(&b, "\trequire %s\n", r)
		}
		for _, s := range strings.Split(strings.TrimSuffix(sortSums(sums), "\n"), "\n") {
			if s != "" {
				fmt.Fprintf(&b, "\tsum %s\n", s)
			}
		}
	}
	if err := os.WriteFile("runtimedeps.txt", []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote runtimedeps.txt; run the test again without -update to check it")
}
