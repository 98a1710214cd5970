package main

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// helloModule copies examples/hello-module into a directory of its own
// under parent, as a user's module living outside this repository.
func helloModule(t *testing.T, parent string) string {
	t.Helper()
	src := filepath.Join(gojsctest.Root(), "examples", "hello-module")
	dst := filepath.Join(parent, "hello-module")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"go.mod", "go.sum", "hello.go"} {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(dst, f), string(data))
	}
	return dst
}

// userModule writes a Go module example.com/<name> holding one package
// with the given source, requiring gojsc as the hello example does.
func userModule(t *testing.T, parent, name, source string) string {
	t.Helper()
	hello := helloModule(t, t.TempDir())
	gomod, err := os.ReadFile(filepath.Join(hello, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(parent, name)
	writeFile(t, filepath.Join(dir, "go.mod"), strings.Replace(string(gomod), "module example.com/hello", "module example.com/"+name, 1))
	sum, _ := os.ReadFile(filepath.Join(hello, "go.sum"))
	writeFile(t, filepath.Join(dir, "go.sum"), string(sum))
	writeFile(t, filepath.Join(dir, name+".go"), source)
	return dir
}

func writeFile(t *testing.T, p, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHelloModuleOutsideRepo links the example module from a folder outside
// the repository, by a relative path as its README shows.
func TestHelloModuleOutsideRepo(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	helloModule(t, work)
	writeFile(t, filepath.Join(work, "app.js"), `
import { greet, greetLater, version } from "hello";
greetLater("later", 50).then((s) => print(s));
print(greet("world"), version);
try { greet(); } catch (e) { print(e.name + ": " + e.message); }
try { greetLater("x", -1); } catch (e) { print(e.name + ": " + e.message); }
`)
	exe := gojsctest.CompileIn(t, work, "app.js", "-M", "hello=./hello-module")
	r := gojsctest.Run(t, work, nil, nil, exe)
	want := "hello, world 1.0.0\nTypeError: greet: name must be a string\nRangeError: greetLater: delay -1 is negative\nhello, later\n"
	if string(r.Stdout) != want || len(r.Stderr) != 0 || r.Exit != 0 {
		t.Errorf("got exit %d, stdout:\n%s\nstderr:\n%s\nwant stdout:\n%s", r.Exit, r.Stdout, r.Stderr, want)
	}
}

// boomSource is a module whose function panics in Go.
const boomSource = `// Package boom panics.
package boom

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "boom", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		e.Func("boom", func(call goja.FunctionCall) goja.Value {
			var m map[string]int
			m["x"] = 1 // a Go runtime error: assignment to entry in nil map
			return nil
		})
		return nil
	}})
}
`

// TestModulePanicIsJSException: a Go panic in a module function reaches the
// script as an Error it can catch, and uncaught it ends the program as any
// exception does, without a Go stack dump.
func TestModulePanicIsJSException(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	userModule(t, work, "boom", boomSource)
	writeFile(t, filepath.Join(work, "app.js"), `
import { boom } from "boom";
try {
  boom();
} catch (e) {
  print("caught:", e instanceof Error, e.message);
}
print("still running");
boom();
print("not reached");
`)
	exe := gojsctest.CompileIn(t, work, "app.js", "-M", "boom=./boom")
	r := gojsctest.Run(t, work, nil, nil, exe)
	wantOut := "caught: true native function boom failed: assignment to entry in nil map\nstill running\n"
	if string(r.Stdout) != wantOut {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.Stdout, wantOut)
	}
	stderr := string(r.Stderr)
	if r.Exit != 1 || !strings.HasPrefix(stderr, "Uncaught") || !strings.Contains(stderr, "assignment to entry in nil map") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and an uncaught exception report without a Go stack dump", r.Exit, stderr)
	}
}

// TestModuleLinkErrors: a -M that cannot work fails the build with one
// clear line and writes no executable.
func TestModuleLinkErrors(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	userModule(t, work, "silent", "// Package silent registers nothing.\npackage silent\n")
	userModule(t, work, "other", `// Package other registers a name it was not linked under.
package other

import "github.com/gojsc/gojsc/jsrt"

func init() {
	jsrt.Register(jsrt.Module{Name: "other-name", Load: func(*jsrt.VM, *jsrt.Exports) error { return nil }})
}
`)
	dup := `// Package %s registers "dup".
package %s

import "github.com/gojsc/gojsc/jsrt"

func init() {
	jsrt.Register(jsrt.Module{Name: "dup", Load: func(*jsrt.VM, *jsrt.Exports) error { return nil }})
}
`
	userModule(t, work, "dupa", strings.ReplaceAll(dup, "%s", "dupa"))
	userModule(t, work, "dupb", strings.ReplaceAll(dup, "%s", "dupb"))
	writeFile(t, filepath.Join(work, "nomod", "nomod.go"), "package nomod\n")
	writeFile(t, filepath.Join(work, "app.js"), `print("hi");`+"\n")

	tests := []struct {
		name  string
		flags []string
		want  []string // substrings of the one error line
	}{
		{"missing folder", []string{"-M", "hello=./no-such-dir"},
			[]string{"-M hello=./no-such-dir", "directory", "no-such-dir not found"}},
		{"no registration", []string{"-M", "silent=./silent"},
			[]string{"-M silent=./silent", "package example.com/silent does not register native module \"silent\"", "jsrt.Register"}},
		{"registers another name", []string{"-M", "mine=./other"},
			[]string{"package example.com/other does not register native module \"mine\"", "register only other-name"}},
		{"name registered twice", []string{"-M", "a=./dupa", "-M", "b=./dupb"},
			[]string{"native module \"dup\" registered twice", "example.com/dupa", "example.com/dupb"}},
		{"no go.mod", []string{"-M", "nomod=./nomod"},
			[]string{"-M nomod=./nomod", "no go.mod", "go mod init"}},
		{"unknown built-in", []string{"-M", "nosuch"},
			[]string{"unknown native module \"nosuch\"", "built-in modules:", "process"}},
		{"one name, two packages", []string{"-M", "x=./silent", "-M", "x=./other"},
			[]string{"native module \"x\" is linked twice"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			out := filepath.Join(t.TempDir(), "app")
			args := append(append([]string{}, tt.flags...), "-o", out, "app.js")
			r := gojsctest.Run(t, work, nil, nil, gojsctest.Gojsc(t), args...)
			stderr := strings.TrimSuffix(string(r.Stderr), "\n")
			if r.Exit != 1 || len(r.Stdout) != 0 {
				t.Errorf("exit %d, stdout %q; want exit 1 and no output", r.Exit, r.Stdout)
			}
			if strings.Contains(stderr, "\n") || !strings.HasPrefix(stderr, "gojsc: ") {
				t.Errorf("stderr is not one gojsc error:\n%s", stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s was written despite the error", out)
			}
		})
	}
}

// TestPublishedModule links a module by import path from a module proxy
// (a file:// one standing in for the network) into an empty module cache,
// pinned and as latest, and fails clearly when no proxy may be asked.
func TestPublishedModule(t *testing.T) {
	t.Parallel()
	realCache := gojsctest.GoEnv(t, "GOMODCACHE")
	work := t.TempDir()
	proxy := t.TempDir()
	cache := t.TempDir()
	t.Cleanup(func() {
		// The module cache is read-only; go clean can remove it.
		gojsctest.Run(t, "", []string{"GOMODCACHE=" + cache}, nil, "go", "clean", "-modcache")
	})
	publish(t, proxy, "example.com/pubhello", "v1.0.0", helloModule(t, t.TempDir()))
	writeFile(t, filepath.Join(work, "app.js"), "import { greet } from \"hello\";\nprint(greet(\"proxy\"));\n")
	env := []string{
		"GOMODCACHE=" + cache,
		"GOPROXY=file://" + filepath.ToSlash(proxy) + ",file://" + filepath.ToSlash(filepath.Join(realCache, "cache", "download")),
		"GONOSUMDB=example.com", "GOSUMDB=off", "GOFLAGS=",
	}
	for _, spec := range []string{"hello=example.com/pubhello@v1.0.0", "hello=example.com/pubhello"} {
		out := filepath.Join(t.TempDir(), "app")
		r := gojsctest.Run(t, work, env, nil, gojsctest.Gojsc(t), "-M", spec, "-o", out, "app.js")
		if r.Exit != 0 {
			t.Fatalf("gojsc -M %s: exit %d\n%s", spec, r.Exit, r.Stderr)
		}
		if r := gojsctest.Run(t, work, nil, nil, out); string(r.Stdout) != "hello, proxy\n" {
			t.Errorf("-M %s: program printed %q (stderr %q)", spec, r.Stdout, r.Stderr)
		}
	}

	env[1] = "GOPROXY=off"
	r := gojsctest.Run(t, work, env, nil, gojsctest.Gojsc(t), "-M", "x=example.com/not-published@v1.2.3", "-o", filepath.Join(work, "x"), "app.js")
	for _, want := range []string{"-M x=example.com/not-published@v1.2.3", "module cache", "go mod download example.com/not-published@v1.2.3"} {
		if r.Exit != 1 || !strings.Contains(string(r.Stderr), want) {
			t.Errorf("exit %d, stderr lacks %q:\n%s", r.Exit, want, r.Stderr)
		}
	}
}

// publish writes the module in dir to a file:// module proxy as mod@version.
func publish(t *testing.T, proxy, mod, version, dir string) {
	t.Helper()
	at := filepath.Join(proxy, filepath.FromSlash(mod), "@v")
	gomod := strings.Replace(readFile(t, filepath.Join(dir, "go.mod")), "module example.com/hello", "module "+mod, 1)
	writeFile(t, filepath.Join(at, "list"), version+"\n")
	writeFile(t, filepath.Join(at, version+".info"), `{"Version":"`+version+`","Time":"2024-01-02T03:04:05Z"}`)
	writeFile(t, filepath.Join(at, version+".mod"), gomod)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"go.mod", "go.sum", "hello.go"} {
		content := readFile(t, filepath.Join(dir, name))
		if name == "go.mod" {
			content = gomod
		}
		w, err := zw.Create(mod + "@" + version + "/" + name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(at, version+".zip"), buf.String())
}

func readFile(t *testing.T, p string) string {
	t.Helper()
	data, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// versionSource is a module with a version set at link time and a
// function that only a build tag adds.
const versionSource = `// Package ver reports its version.
package ver

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// Version is set with -ldflags -X.
var Version = "dev"

// extra is set by extra.go, built with the tag extra.
var extra = false

func init() {
	jsrt.Register(jsrt.Module{Name: "ver", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		e.Func("version", func(goja.FunctionCall) goja.Value { return vm.Runtime().ToValue(Version) })
		e.Func("extra", func(goja.FunctionCall) goja.Value { return vm.Runtime().ToValue(extra) })
		return nil
	}})
}
`

// TestGoBuildPassThrough checks --ldflags, --tags and --trimpath=false
// reaching go build: a native module's variable set with -X, a file built
// only with a tag, the build's paths kept.
func TestGoBuildPassThrough(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	dir := userModule(t, work, "ver", versionSource)
	writeFile(t, filepath.Join(dir, "extra.go"), "//go:build extra\n\npackage ver\n\nfunc init() { extra = true }\n")
	writeFile(t, filepath.Join(work, "app.js"), "import { version, extra } from \"ver\";\nprint(version(), extra());\n")
	exe := gojsctest.CompileIn(t, work, "app.js", "-M", "ver=./ver", "--tags", "extra,other", "--ldflags", "-X example.com/ver.Version=1.2.3")
	r := gojsctest.Run(t, work, nil, nil, exe)
	if string(r.Stdout) != "1.2.3 true\n" || r.Exit != 0 {
		t.Errorf("stdout %q, exit %d, stderr %s; want \"1.2.3 true\"", r.Stdout, r.Exit, r.Stderr)
	}
	// --trimpath=false keeps the build's paths: the work directory's.
	exe = gojsctest.CompileIn(t, work, "app.js", "-M", "ver=./ver", "--trimpath=false")
	if b, err := os.ReadFile(exe); err != nil || !bytes.Contains(b, []byte("gojsc-build-")) {
		t.Errorf("--trimpath=false: the executable holds no build path (%v)", err)
	}
	r = gojsctest.Run(t, work, nil, nil, gojsctest.Gojsc(t), "app.js", "-M", "ver=./ver", "--tags", "bad tag")
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), `--tags: "bad tag" is not a build tag`) {
		t.Errorf("a bad tag: exit %d, %s", r.Exit, r.Stderr)
	}
}
