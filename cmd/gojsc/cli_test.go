package main

import (
	"bytes"
	"debug/macho"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestBadInput checks that every kind of bad input gets a clear message
// naming what is wrong, exit status 1, no Go panic text and no output file,
// and that a previous output file survives a failed build.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string // written into a fresh directory
		args  []string          // before the output flag; "-o app" is added unless noOut
		env   []string
		want  []string // substrings of stderr
	}{
		{
			name:  "syntax error",
			files: map[string]string{"main.js": "let a = 1;\nlet b = ;\n"},
			args:  []string{"main.js"},
			want:  []string{"main.js:2:9: ERROR: Unexpected \";\"", "let b = ;", "^"},
		},
		{
			name:  "syntax error in an imported TypeScript file",
			files: map[string]string{"main.ts": "import { f } from \"./lib.ts\";\nf();\n", "lib.ts": "export function f(): void {\n  return (;\n}\n"},
			args:  []string{"main.ts"},
			want:  []string{"lib.ts:2:11: ERROR"},
		},
		{
			name:  "valid JavaScript goja rejects",
			files: map[string]string{"main.js": "import \"./lib.mjs\";\n", "lib.mjs": "print(1);\nconst {a: [b = 1] = []} = {};\nprint(b);\n"},
			args:  []string{"main.js"},
			want:  []string{"lib.mjs:2:12: ERROR: Invalid destructuring binding target", "goja, the engine gojsc programs run on, does not support it"},
		},
		{
			name:  "missing relative import",
			files: map[string]string{"main.js": "import { x } from \"./nope.js\";\nprint(x);\n"},
			args:  []string{"main.js"},
			want:  []string{"main.js:1:19: ERROR: Could not resolve \"./nope.js\""},
		},
		{
			name:  "missing package",
			files: map[string]string{"main.js": "import left from \"left-pad\";\nprint(left);\n"},
			args:  []string{"main.js"},
			want:  []string{"Could not resolve \"left-pad\"", "native modules available: os, process, std"},
		},
		{
			name:  "node built-in module",
			files: map[string]string{"main.js": "import { request } from \"http\";\nprint(request);\n"},
			args:  []string{"main.js"},
			want:  []string{"main.js:1:25: ERROR: Node's built-in module \"http\" is not provided in gojsc programs yet"},
		},
		{
			name:  "missing -D module",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"-D", "worker.js", "main.js"},
			want:  []string{"-D module worker.js does not exist"},
		},
		{
			name:  "-D module given twice",
			files: map[string]string{"main.js": "print(1);\n", "w.js": "print(2);\n"},
			args:  []string{"-D", "w.js", "-D", "./w.js", "main.js"},
			want:  []string{"-D w.js and -D ./w.js are the same module w.js; give it once"},
		},
		{
			name:  "syntax error in a -D module",
			files: map[string]string{"main.js": "print(1);\n", "w.js": "let x = ;\n"},
			args:  []string{"main.js", "-D", "w.js"},
			want:  []string{"w.js:1:9: ERROR: Unexpected \";\""},
		},
		{
			name:  "bad define",
			files: map[string]string{"main.js": "print(VERSION);\n"},
			args:  []string{"--define", "VERSION=1.2.3", "main.js"},
			want:  []string{"Invalid define value", "--define 'VERSION=\"1.2.3\"'"},
		},
		{
			name:  "native module not linked",
			files: map[string]string{"main.js": "import { open } from \"process\";\nprint(open);\n"},
			args:  []string{"main.js"},
			want:  []string{"main.js:1:22: ERROR", "native module \"process\" is not linked", "-M process"},
		},
		{
			name:  "unknown native module",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"-M", "nosuch", "main.js"},
			want:  []string{"unknown native module \"nosuch\"", "built-in modules: os, process, std"},
		},
		{
			name: "missing entry",
			args: []string{"missing.js"},
			want: []string{"entry script missing.js does not exist"},
		},
		{
			name:  "entry is a directory",
			files: map[string]string{"dir/x.js": "1"},
			args:  []string{"dir"},
			want:  []string{"dir is a directory"},
		},
		{
			name:  "symbol declared twice",
			files: map[string]string{"dup.js": "let a;\nlet a;\n"},
			args:  []string{"dup.js"},
			want:  []string{"dup.js:2:5: ERROR: The symbol \"a\" has already been declared", "dup.js:1:5: NOTE: The symbol \"a\" was originally declared here:\n     1 │ let a;\n       │     ^"},
		},
		{
			name:  "mistyped flag",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"main.js", "--targt", "linux/arm64"},
			want:  []string{"unknown flag -targt (did you mean --target?)"},
		},
		{
			name:  "text file as the entry",
			files: map[string]string{"notes.txt": "hello\n"},
			args:  []string{"notes.txt"},
			want:  []string{"entry script notes.txt is not a JavaScript or TypeScript file", ".js, .mjs, .cjs, .jsx, .ts, .mts, .cts, .tsx"},
		},
		{
			name:  "std left out",
			files: map[string]string{"main.js": "import * as std from \"std\";\nstd.puts(\"x\");\n"},
			args:  []string{"-fno-std", "main.js"},
			want:  []string{"main.js:1:22: ERROR: the script imports the std module, which -fno-std leaves out of this program"},
		},
		{
			name:  "output below a file",
			files: map[string]string{"main.js": "print(1);\n", "file": "x"},
			args:  []string{"-o", "file/dir/app", "main.js"},
			want:  []string{"file is not a directory"},
		},
		{
			name:  "no go on PATH",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"main.js"},
			env:   []string{"PATH=/nonexistent"},
			want:  []string{"\"go\" not found on PATH", "install Go 1.26 or later"},
		},
		{
			name: "go build fails",
			files: map[string]string{
				"main.js":          "print(1);\n",
				"broken/go.mod":    "module example.com/broken\n\ngo 1.26\n",
				"broken/broken.go": "package broken\n\nfunc init() { undefinedCall() }\n",
			},
			args: []string{"-M", "broken=./broken", "main.js"},
			want: []string{"broken.go:3:15: undefined: undefinedCall"},
		},
		{
			name:  "output is the entry",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"-o", "main.js", "main.js"},
			want:  []string{"main.js is one of the program's sources"},
		},
		{
			name:  "bad flag value",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"-S", "deep", "main.js"},
			want:  []string{"invalid value \"deep\" for flag -S"},
		},
		{
			name:  "bad target",
			files: map[string]string{"main.js": "print(1);\n"},
			args:  []string{"--target", "linux", "main.js"},
			want:  []string{"--target \"linux\": want GOOS/GOARCH"},
		},
		{
			name: "no script",
			args: []string{},
			want: []string{"no script given"},
		},
		{
			name:  "regexp v flag",
			files: map[string]string{"main.js": "const ok = /a/g;\nconst re = /[\\p{L}--[a-z]&&b]/v;\n"},
			args:  []string{"main.js"},
			want:  []string{"main.js:2:12: ERROR", "Invalid set operation in character class"},
		},
		{
			name:  "regexp d flag in an imported module",
			files: map[string]string{"main.js": "import { re } from \"./re.mjs\";\nprint(re);\n", "re.mjs": "\nexport const re = /(a)/d;\n"},
			args:  []string{"main.js"},
			want:  []string{"re.mjs:2:19: ERROR", "flag \"d\""},
		},
		{
			name:  "unicode property escape",
			files: map[string]string{"main.ts": "const letters: RegExp = /\\p{Foo}+/u;\nprint(letters.test(\"A\"));\n"},
			args:  []string{"main.ts"},
			want:  []string{"main.ts:1:25: ERROR: Invalid regular expression: /\\p{Foo}+/u: Invalid property name"},
		},
	}
	gojsc := gojsctest.Gojsc(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			for name, content := range tc.files {
				p := filepath.Join(dir, name)
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			args := tc.args
			hasOut := false
			for _, a := range args {
				hasOut = hasOut || a == "-o"
			}
			prev := []byte("previous build\n")
			if !hasOut && len(args) > 0 {
				if err := os.WriteFile(filepath.Join(dir, "app"), prev, 0o755); err != nil {
					t.Fatal(err)
				}
				args = append([]string{"-o", "app"}, args...)
			}
			r := gojsctest.Run(t, dir, tc.env, nil, gojsc, args...)
			stderr := string(r.Stderr)
			if r.Exit != 1 {
				t.Errorf("exit status %d, want 1\nstderr:\n%s", r.Exit, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			for _, bad := range []string{"panic", "goroutine ", "stat ", "exit status", "bad option", "api."} {
				if strings.Contains(stderr, bad) {
					t.Errorf("stderr shows Go internals (%q):\n%s", bad, stderr)
				}
			}
			if !hasOut && len(args) > 0 {
				got, err := os.ReadFile(filepath.Join(dir, "app"))
				if err != nil || !bytes.Equal(got, prev) {
					t.Errorf("previous output was replaced or removed: %q, %v", got, err)
				}
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("left a temporary file behind: %s", e.Name())
				}
			}
		})
	}
}

// TestBigJSON imports a JSON file large enough to be embedded as a string
// for JSON.parse, by default and by name.
func TestBigJSON(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`{"title": "big", "rows": [`)
	for i := 0; i < 5000; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id": %d, "name": "row \u00e9 %d"}`, i, i)
	}
	b.WriteString("]}")
	files := map[string]string{
		"big.json": b.String(),
		"main.js":  "import data from \"./big.json\";\nimport { title } from \"./big.json\";\nprint(title, data.rows.length, data.rows[4999].name);\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-o", "app", "main.js")
	if r.Exit != 0 {
		t.Fatalf("gojsc failed:\n%s", r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "app"))
	if got := string(r.Stdout); got != "big 5000 row é 4999\n" {
		t.Fatalf("printed %q (stderr %q)", got, r.Stderr)
	}
}

// TestVersionAndKeepWork checks --version and that --keep-work leaves the
// generated package behind.
func TestVersionAndKeepWork(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	r := gojsctest.Run(t, "", nil, nil, gojsc, "--version")
	for _, want := range []string{"gojsc version", "goja v0.0.0-", "esbuild v0.", "built with go1."} {
		if !strings.Contains(string(r.Stdout), want) || r.Exit != 0 {
			t.Errorf("--version lacks %q: exit %d, %s", want, r.Exit, r.Stdout)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "k.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = gojsctest.Run(t, dir, nil, nil, gojsc, "--keep-work", "work", "-o", "k", "k.js")
	if r.Exit != 0 {
		t.Fatalf("gojsc failed:\n%s", r.Stderr)
	}
	main, err := os.ReadFile(filepath.Join(dir, "work", "main.go"))
	if err != nil || !bytes.HasPrefix(main, []byte("// Code generated by gojsc")) {
		t.Fatalf("kept work directory has no generated main.go: %v", err)
	}
	// Building again in the same kept directory works.
	if r := gojsctest.Run(t, dir, nil, nil, gojsc, "--keep-work", "work", "-o", "k", "k.js"); r.Exit != 0 {
		t.Fatalf("second build in the kept directory failed:\n%s", r.Stderr)
	}
}

// TestOldGo checks the message for a go command older than gojsc needs.
func TestOldGo(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte("#!/bin/sh\necho go1.21.4\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := gojsctest.Run(t, dir, []string{"PATH=" + bin + ":/usr/bin:/bin"}, nil, gojsctest.Gojsc(t), "-o", "a", "a.js")
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), "is go1.21.4, too old") || !strings.Contains(string(r.Stderr), "install Go 1.26 or later") {
		t.Fatalf("exit %d, stderr:\n%s", r.Exit, r.Stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "a")); err == nil {
		t.Fatal("an output was written")
	}
}

// TestGojscGoflags checks the GOJSC_GOFLAGS escape hatch: its flags reach
// go build, whose output is shown; a value that is not a flag, or a flag go
// build does not know, fails with a message that says so and writes
// nothing.
func TestGojscGoflags(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gojsc := gojsctest.Gojsc(t)
	r := gojsctest.Run(t, dir, []string{"GOJSC_GOFLAGS=-x"}, nil, gojsc, "-o", "a", "a.js")
	if r.Exit != 0 || !strings.Contains(string(r.Stderr), "WORK=") {
		t.Fatalf("GOJSC_GOFLAGS=-x: exit %d, stderr lacks go build -x's WORK= line:\n%s", r.Exit, r.Stderr)
	}
	if r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "a")); string(r.Stdout) != "1\n" {
		t.Fatalf("program built with GOJSC_GOFLAGS=-x printed %q", r.Stdout)
	}
	for _, tc := range []struct{ flags, want string }{
		{"tags=x", `go build flag "tags=x" (GOJSC_GOFLAGS) does not start with -`},
		{"-no-such-flag", "with the extra flags -no-such-flag"},
		{"-no-such-flag", "flag provided but not defined: -no-such-flag"},
	} {
		r := gojsctest.Run(t, dir, []string{"GOJSC_GOFLAGS=" + tc.flags}, nil, gojsc, "-o", "b", "a.js")
		if r.Exit != 1 || !strings.Contains(string(r.Stderr), tc.want) {
			t.Errorf("GOJSC_GOFLAGS=%s: exit %d, stderr lacks %q:\n%s", tc.flags, r.Exit, tc.want, r.Stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "b")); err == nil {
			t.Errorf("GOJSC_GOFLAGS=%s: an output was written", tc.flags)
		}
	}
}

// TestWarnings checks that code which builds but may not do what was meant
// gets esbuild's warning, and the build still succeeds.
func TestWarnings(t *testing.T) {
	dir := t.TempDir()
	src := "const here = import.meta.url;\nprint(typeof here);\n"
	if err := os.WriteFile(filepath.Join(dir, "meta.mjs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-o", "app", "meta.mjs")
	if r.Exit != 0 || !strings.Contains(string(r.Stderr), "meta.mjs:1:14: WARNING: ") {
		t.Fatalf("exit %d, stderr:\n%s", r.Exit, r.Stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "app")); err != nil {
		t.Fatal("no executable written")
	}

	// A script written for Node that takes Node's names from the native os
	// module builds, and is told to import node:os.
	src = "import { homedir } from \"os\";\nprint(typeof homedir);\n"
	if err := os.WriteFile(filepath.Join(dir, "node.mjs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r = gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-o", "node", "node.mjs")
	want := `node.mjs:1:25: WARNING: "os" here is the native os module, which has no "homedir": for Node's os module, import "node:os"`
	if r.Exit != 0 || !strings.Contains(string(r.Stderr), want) {
		t.Fatalf("exit %d, stderr:\n%s\nwant %s", r.Exit, r.Stderr, want)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "node"))
	if string(r.Stdout) != "undefined\n" || r.Exit != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
	}
}

// TestSymlinkedEntry compiles an ES module entry reached through a
// symbolic link: it still runs as a module (top-level await works).
func TestSymlinkedEntry(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	src := "export const x = await Promise.resolve(\"linked module\");\nprint(x);\n"
	if err := os.WriteFile(filepath.Join(dir, "src", "main.mjs"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join("src", "main.mjs"), filepath.Join(dir, "link.mjs")); err != nil {
		t.Fatal(err)
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-o", "app", "link.mjs")
	if r.Exit != 0 {
		t.Fatalf("gojsc failed:\n%s", r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "app"))
	if string(r.Stdout) != "linked module\n" || r.Exit != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
	}
}

// TestReproducible checks that the same input compiled twice gives
// byte-identical executables, even from different directories and with
// different user cache directories (where the runtime source is kept), and
// that no path of the builder's machine ends up in the executable.
func TestReproducible(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	var bins [][]byte
	for i := 0; i < 2; i++ {
		dir := t.TempDir()
		src := "import * as std from \"std\";\nprint(\"same\", typeof std.exit);\n"
		if err := os.WriteFile(filepath.Join(dir, "same.js"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		// The second build keeps its runtime source in another user cache
		// directory; GOCACHE is named so that it stays the warm one, which
		// would otherwise move with XDG_CACHE_HOME.
		env := []string{"XDG_CACHE_HOME=" + otherCache(t), "GOCACHE=" + gojsctest.GoEnv(t, "GOCACHE")}
		if i == 0 {
			env = nil // the user's own cache
		}
		r := gojsctest.Run(t, dir, env, nil, gojsc, "-o", "same", "same.js")
		if r.Exit != 0 {
			t.Fatalf("gojsc failed:\n%s", r.Stderr)
		}
		b, err := os.ReadFile(filepath.Join(dir, "same"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{dir, os.Getenv("HOME")} {
			if p != "" && p != "/" && bytes.Contains(b, []byte(p)) {
				t.Errorf("the executable contains the path %s", p)
			}
		}
		bins = append(bins, b)
	}
	if !bytes.Equal(bins[0], bins[1]) {
		t.Fatalf("two builds of the same script differ (%d and %d bytes)", len(bins[0]), len(bins[1]))
	}
}

// TestOfflineOutsideRepo copies gojsc out of the repository and compiles
// there with GOPROXY=off: everything a build needs comes from the compiler
// binary and the module cache.
func TestOfflineOutsideRepo(t *testing.T) {
	dir := t.TempDir()
	gojsc := filepath.Join(dir, "gojsc")
	data, err := os.ReadFile(gojsctest.Gojsc(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(gojsc, data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "offline.js"), []byte("print(\"built offline\");\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := []string{"GOPROXY=off", "GOFLAGS=-mod=mod", "GONOSUMDB=", "GOSUMDB=off"}
	r := gojsctest.Run(t, dir, env, nil, gojsc, "-o", "offline", "offline.js")
	if r.Exit != 0 {
		t.Fatalf("offline build failed:\n%s", r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "offline"))
	if got := string(r.Stdout); got != "built offline\n" || r.Exit != 0 {
		t.Fatalf("offline binary printed %q, exit %d", got, r.Exit)
	}
}

// crossTargets are the systems gojsc cross-compiles for in the tests: one
// of each poller (epoll, kqueue, none on Windows) and CPU family.
var crossTargets = []string{"linux/arm64", "freebsd/amd64", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64"}

// crossPrograms are the targets TestCrossCompile links a whole program for,
// with what file(1) says of each output; -short links only the first two.
var crossPrograms = []struct{ target, want string }{
	{"windows/amd64", "PE32+ executable (console) x86-64, for MS Windows"},
	{"darwin/arm64", "Mach-O 64-bit arm64 executable"},
	{"windows/arm64", "PE32+ executable (console) Aarch64, for MS Windows"},
	{"darwin/amd64", "Mach-O 64-bit x86_64 executable"},
	{"linux/arm64", "ELF 64-bit LSB executable, ARM aarch64"},
	{"freebsd/amd64", "ELF 64-bit LSB executable, x86-64"},
}

// TestCrossCompile compiles the runtime and every built-in native module for
// each cross target, which is where a target breaks (build tags, syscalls),
// and links whole programs, checking each executable's kind with file(1)
// (and a Mach-O header's CPU with debug/macho).
func TestCrossCompile(t *testing.T) {
	root := gojsctest.Root()
	for _, target := range crossTargets {
		t.Run(strings.ReplaceAll(target, "/", "-"), func(t *testing.T) {
			goos, goarch, _ := strings.Cut(target, "/")
			env := []string{"GOOS=" + goos, "GOARCH=" + goarch, "CGO_ENABLED=0", "GOTOOLCHAIN=local", "GOWORK=off"}
			r := gojsctest.Run(t, root, env, nil, "go", "build", "./jsrt/...", "./nativemods/...")
			if r.Exit != 0 {
				t.Fatalf("go build for %s failed:\n%s", target, r.Stderr)
			}
		})
	}
	fileCmd, fileErr := exec.LookPath("file")
	for i, p := range crossPrograms {
		if testing.Short() && i >= 2 {
			break
		}
		t.Run("program-"+strings.ReplaceAll(p.target, "/", "-"), func(t *testing.T) {
			dir := t.TempDir()
			src := "import * as std from \"std\";\nimport * as os from \"os\";\nimport { open } from \"process\";\nimport fs from \"node:fs\";\nprint(typeof std.open, typeof os.exec, typeof open, typeof fs.readFileSync, typeof fetch);\n"
			if err := os.WriteFile(filepath.Join(dir, "cross.js"), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "--target", p.target, "-M", "process", "-o", "cross", "cross.js")
			if r.Exit != 0 {
				t.Fatalf("cross build failed:\n%s", r.Stderr)
			}
			out := filepath.Join(dir, "cross")
			if p.target == "darwin/arm64" {
				f, err := macho.Open(out)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if f.Cpu != macho.CpuArm64 {
					t.Fatalf("cpu %v, want arm64", f.Cpu)
				}
			}
			if fileErr != nil {
				t.Skip("no file command:", fileErr)
			}
			got, err := exec.Command(fileCmd, "-b", out).Output()
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(string(got), p.want) {
				t.Fatalf("file says %q, want %q", got, p.want)
			}
		})
	}
}

// TestLinksOnlyWhatIsUsed checks that the default modules are linked only
// into programs that import them, and that -M always links.
func TestLinksOnlyWhatIsUsed(t *testing.T) {
	tests := []struct {
		name, src string
		flags     []string
		want      string
	}{
		{"hello links nothing", "print(1);\n", nil, "native modules none, wrote"},
		{"import of os", "import * as os from \"os\";\nprint(os.getpid() > 0);\n", nil, "native modules os, wrote"},
		{"qjs: prefix", "import * as std from \"qjs:std\";\nstd.puts(\"x\");\n", nil, "native modules std, wrote"},
		{"-M links unused modules", "print(1);\n", []string{"-M", "process"}, "native modules process, wrote"},
	}
	gojsc := gojsctest.Gojsc(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append(append([]string{"-v"}, tc.flags...), "-o", "app", "app.js")
			r := gojsctest.Run(t, dir, nil, nil, gojsc, args...)
			if r.Exit != 0 || !strings.Contains(string(r.Stderr), tc.want) {
				t.Fatalf("exit %d, stderr lacks %q:\n%s", r.Exit, tc.want, r.Stderr)
			}
		})
	}
}

// TestExportDir checks that -e writes a Go package that go build builds as
// it is.
func TestExportDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "exp.ts"), []byte("const n: number = 6 * 7;\nprint(`answer ${n}`);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-e", "pkg", "exp.ts")
	if r.Exit != 0 {
		t.Fatalf("gojsc -e failed:\n%s", r.Stderr)
	}
	for _, f := range []string{"main.go", "go.mod", "go.sum", "main.js", "main.js.map"} {
		if _, err := os.Stat(filepath.Join(dir, "pkg", f)); err != nil {
			t.Errorf("exported package lacks %s", f)
		}
	}
	r = gojsctest.Run(t, filepath.Join(dir, "pkg"), []string{"GOFLAGS=", "GOWORK=off", "GOTOOLCHAIN=local"}, nil, "go", "build", "-o", "../exp", ".")
	if r.Exit != 0 {
		t.Fatalf("go build in the exported package failed:\n%s", r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "exp"))
	if got := string(r.Stdout); got != "answer 42\n" {
		t.Fatalf("exported build printed %q", got)
	}
	// Exporting again over a package gojsc wrote is fine; over anything
	// else it is refused and nothing is touched.
	if r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-e", "pkg", "exp.ts"); r.Exit != 0 {
		t.Fatalf("exporting over an exported package failed:\n%s", r.Stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-e", ".", "exp.ts")
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), "holds no package gojsc generated") {
		t.Fatalf("exporting over a user's directory: exit %d\n%s", r.Exit, r.Stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "main.go")); string(b) != "package main\n" {
		t.Fatalf("the user's main.go was overwritten")
	}
}
