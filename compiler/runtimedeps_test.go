package compiler

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/gojsc/gojsc"
)

// runtime.sum and runtimeRequires are parts of gojsc's own go.sum and
// go.mod.
func TestRuntimeDepsAreGojscs(t *testing.T) {
	sum, err := gojsc.Source.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	own := strings.Split(string(sum), "\n")
	for _, line := range strings.Split(strings.TrimSpace(string(runtimeSum)), "\n") {
		if !slices.Contains(own, line) {
			t.Errorf("runtime.sum line %q is not in gojsc's go.sum", line)
		}
	}
	mod, _ := gojsc.Source.ReadFile("go.mod")
	if got := runtimeRequirements(parseGoMod(mod).requires); len(got) != len(runtimeRequires) {
		t.Errorf("gojsc's go.mod requires %v of the runtime's modules %v", got, runtimeRequires)
	}
}

// A package written with -e builds with plain go build, and go mod tidy
// leaves its go.mod and go.sum as they are, whatever built-in modules it
// links; no network is used (GOPROXY=off), only the module cache.
func TestExportIsTidy(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build and go mod tidy")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"plain.js":  "print(1);\n",
		"all.js":    "import * as std from 'std';\nimport * as os from 'os';\nimport { open } from 'process';\nprint(typeof std.urlGet, typeof os.exec, typeof open);\n",
		"worker.js": "import * as os from 'os';\nprint(1);\n",
	})
	tests := []struct {
		name  string
		opts  Options
		build bool
		want  string
	}{
		{"plain", Options{Entry: "plain.js"}, false, ""},
		{"all", Options{Entry: "all.js", Modules: []ModuleSpec{{Name: "process"}}}, true, "function function function\n"},
		{"dynamic", Options{Entry: "plain.js", Dynamic: []string{"worker.js"}}, false, ""},
	}
	env := append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOTOOLCHAIN=local", "GOFLAGS=")
	run := func(dir string, env []string, args ...string) []byte {
		t.Helper()
		cmd := exec.Command(goTool, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s %v: %v\n%s", goTool, args, err, out)
		}
		return out
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pkg := filepath.Join(dir, tc.name)
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
			if tc.build {
				run(pkg, env, "build", "-o", "app", ".")
				if out := run(pkg, env, "run", "."); string(out) != tc.want {
					t.Errorf("the program printed %q, want %q", out, tc.want)
				}
			}
			run(pkg, append(env, "GOFLAGS=-mod=mod"), "mod", "tidy")
			if got := read("go.mod"); !bytes.Equal(got, mod) {
				t.Errorf("go mod tidy changed go.mod (update runtimeRequires in runtimedeps.go)\n--- gojsc wrote\n%s\n--- tidy wrote\n%s", mod, got)
			}
			if got := read("go.sum"); !bytes.Equal(got, sum) {
				t.Errorf("go mod tidy changed go.sum (copy what tidy wrote to compiler/runtime.sum)\n--- gojsc wrote\n%s\n--- tidy wrote\n%s", sum, got)
			}
			run(pkg, env, "mod", "verify")
		})
	}
}
