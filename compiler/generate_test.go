package compiler

import (
	"bytes"
	"go/format"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestRuntimeCacheHealed damages the cached runtime source in every way a
// disk or a user can (a file truncated, deleted, edited, added, replaced
// by a link) and checks that the next use finds it and restores the tree.
func TestRuntimeCacheHealed(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the cache directory is set through XDG_CACHE_HOME")
	}
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	dir, err := runtimeSource()
	if err != nil || dir == "" {
		t.Fatalf("runtimeSource: %q, %v", dir, err)
	}
	files := runtimeFiles()
	if !sameRuntime(dir, files) {
		t.Fatal("a fresh cache does not match the embedded source")
	}
	file := filepath.Join(dir, "jsrt", "vm.go")
	if _, err := os.Stat(file); err != nil {
		t.Fatal(err)
	}
	damage := map[string]func() error{
		"truncated": func() error { return os.Truncate(file, 10) },
		"deleted":   func() error { return os.Remove(file) },
		"edited": func() error {
			b, err := os.ReadFile(file)
			if err != nil {
				return err
			}
			b[len(b)/2] ^= 1
			return os.WriteFile(file, b, 0o644)
		},
		"added": func() error {
			return os.WriteFile(filepath.Join(dir, "jsrt", "evil.go"), []byte("package jsrt\n"), 0o644)
		},
		"symlinked":   func() error { os.Remove(file); return os.Symlink("/dev/null", file) },
		"go.mod gone": func() error { return os.Remove(filepath.Join(dir, "go.mod")) },
	}
	for name, fn := range damage {
		if err := fn(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if sameRuntime(dir, files) {
			t.Errorf("%s: damage not detected", name)
		}
		got, err := runtimeSource()
		if err != nil || got != dir {
			t.Fatalf("%s: runtimeSource: %q, %v", name, got, err)
		}
		if !sameRuntime(dir, files) {
			t.Errorf("%s: the cache was not restored", name)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(dir))
	if len(entries) != 1 {
		t.Errorf("the cache holds more than the runtime tree: %v", entries)
	}
}

// BenchmarkRuntimeSource measures what a warm build pays to find and
// check the cached runtime source.
func BenchmarkRuntimeSource(b *testing.B) {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	if _, err := runtimeSource(); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := runtimeSource(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestModcheckTemplate checks that the native-module check's program is
// gofmt-clean Go importing each user's package.
func TestModcheckTemplate(t *testing.T) {
	src, err := render("modcheck.go.tmpl", modcheckData{Imports: []string{"example.com/a", "example.com/b/c"}})
	if err != nil {
		t.Fatal(err)
	}
	formatted, err := format.Source(src)
	if err != nil || !bytes.Equal(formatted, src) {
		t.Fatalf("not gofmt-clean Go (%v):\n%s", err, src)
	}
	for _, imp := range []string{"\t_ \"example.com/a\"\n", "\t_ \"example.com/b/c\"\n", "jsrt.Registered()"} {
		if !bytes.Contains(src, []byte(imp)) {
			t.Errorf("lacks %q:\n%s", imp, src)
		}
	}
}
