package compiler

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/jsrt"
)

// runBundle runs a bundle on the runtime, as the program built from it
// would, and returns its stdout, stderr and exit status.
func runBundle(t *testing.T, b *Bundle) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	status, err := jsrt.Run(context.Background(), jsrt.Program{Source: b.Script, SourceMap: b.SourceMap, Modules: b.Imports},
		jsrt.Config{Args: []string{"app"}, Env: []string{}, Stdout: &stdout, Stderr: &stderr})
	if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), status
}

// TestStdinEntry checks that the entry "-" reads the script from
// Options.Stdin, resolves its imports from the working directory and is
// named <stdin> in messages.
func TestStdinEntry(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"lib.js": "export const x = 42;\n", "data.json": `{"y": 1}`})
	bundleStdin := func(src string) (*Bundle, error) {
		return BundleScript(Options{Entry: StdinEntry, Stdin: strings.NewReader(src), WorkingDir: dir}, nil, nil)
	}

	b, err := bundleStdin("import { x } from \"./lib.js\";\nimport d from \"./data.json\";\nprint(x + d.y);\n")
	if err != nil {
		t.Fatal(err)
	}
	if out, errOut, status := runBundle(t, b); out != "43\n" || errOut != "" || status != 0 {
		t.Errorf("ran with stdout %q, stderr %q, status %d; want 43, nothing, 0", out, errOut, status)
	}

	// A classic script (no import) is read from stdin too.
	b, err = bundleStdin("var g = 2;\nprint(globalThis.g * 3);\nthrow new Error(\"boom\");\n")
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, status := runBundle(t, b)
	if out != "6\n" || !strings.Contains(errOut, "Error: boom") || status != 1 {
		t.Errorf("ran with stdout %q, stderr %q, status %d; want 6, the error, 1", out, errOut, status)
	}

	_, err = bundleStdin("let a = 1;\nlet b = ;\n")
	var se *SourceError
	if !errors.As(err, &se) || se.File != stdinName || se.Line != 2 {
		t.Errorf("syntax error on stdin: %v; want one at %s:2", err, stdinName)
	}
	_, err = BundleScript(Options{Entry: StdinEntry, WorkingDir: dir}, nil, nil)
	if !errors.Is(err, ErrOptions) {
		t.Errorf("no Stdin: %v; want a bad option", err)
	}
	if got := DefaultOutput(StdinEntry); got != "a.out" {
		t.Errorf("DefaultOutput(-) = %q, want a.out", got)
	}
}

// TestEntryKind checks that only scripts are taken as the entry: a file
// with another extension, an executable or binary data fails with the
// file's name and the extensions accepted.
func TestEntryKind(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"notes.txt": "hello\n",
		"logo.png":  "\x89PNG\r\n\x1a\n\x00\x00",
		"app":       "\x7fELF\x02\x01\x01\x00\x00\x00",
		"blob":      "abc\x00def",
		"script":    "#!/usr/bin/env qjs\nprint(\"é\");\n",
	})
	tests := []struct{ entry, want string }{
		{"notes.txt", "entry script notes.txt is not a JavaScript or TypeScript file: gojsc compiles files ending in .js, .mjs"},
		{"logo.png", "logo.png is not a JavaScript or TypeScript file"},
		{"app", "entry script app is an executable, not a script"},
		{"blob", "entry script blob is binary data, not a script"},
		{"script", ""},
	}
	for _, tc := range tests {
		b, err := BundleScript(Options{Entry: tc.entry, WorkingDir: dir}, nil, nil)
		if tc.want == "" {
			if err != nil {
				t.Errorf("%s: %v", tc.entry, err)
			} else if out, _, status := runBundle(t, b); out != "é\n" || status != 0 {
				t.Errorf("%s ran with %q, status %d", tc.entry, out, status)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrOptions) {
			t.Errorf("%s: %v; want a bad option containing %q", tc.entry, err, tc.want)
		}
	}
}

// TestLeftOutModule checks that a script importing a default module that
// -fno-std or -fno-os left out is told which flag did it.
func TestLeftOutModule(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"main.js": "import * as std from \"std\";\nimport * as os from \"os\";\nstd.puts(os.platform);\n"})
	known, linked := []string{"os", "process", "std"}, []string{"os"}
	_, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir, NoStd: true}, known, linked)
	if err == nil || !strings.Contains(err.Error(), "the script imports the std module, which -fno-std leaves out of this program; drop -fno-std") {
		t.Errorf("-fno-std: %v", err)
	}
	_, err = BundleScript(Options{Entry: "main.js", WorkingDir: dir, NoStd: true, NoOS: true}, known, nil)
	if err == nil || !strings.Contains(err.Error(), "-fno-os leaves out") {
		t.Errorf("-fno-os: %v", err)
	}
}

// TestOutputDirCreated checks that the output's missing directories are
// made, and that a file where a directory should be is refused before
// anything is built.
func TestOutputDirCreated(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	writeFiles(t, dir, map[string]string{"src": "binary", "file": "x"})
	dst := filepath.Join(dir, "a", "b", "app")
	if err := checkOutputDir(dst); err != nil {
		t.Fatal(err)
	}
	if err := installFile(src, dst); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(dst); err != nil || string(b) != "binary" {
		t.Errorf("%s: %q, %v", dst, b, err)
	}
	if err := checkOutputDir(filepath.Join(dir, "file", "app")); err == nil || !strings.Contains(err.Error(), "file is not a directory") {
		t.Errorf("output below a file: %v", err)
	}
}
