package compiler

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestInstallFile checks that the executable replaces the output whole or
// not at all, and that a failure leaves no temporary file behind.
func TestInstallFile(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "built")
	if err := os.WriteFile(src, []byte("new executable"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "app")
	if err := os.WriteFile(out, []byte("previous"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := installFile(src, out); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); string(b) != "new executable" {
		t.Fatalf("output holds %q", b)
	}
	if st, _ := os.Stat(out); st.Mode().Perm()&0o111 == 0 {
		t.Errorf("output is not executable: %v", st.Mode())
	}

	// A directory in the way makes the final rename fail.
	blocked := filepath.Join(dir, "blocked")
	if err := os.MkdirAll(filepath.Join(blocked, "x"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := installFile(src, blocked); err == nil {
		t.Fatal("installing over a non-empty directory succeeded")
	}
	if err := installFile(filepath.Join(dir, "missing"), out); err == nil {
		t.Fatal("installing a missing file succeeded")
	}
	if b, _ := os.ReadFile(out); string(b) != "new executable" {
		t.Fatalf("a failed install changed the output: %q", b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// TestOutputOnlyReplacesRegularFiles checks that an output path holding a
// FIFO, a character device, a directory or a symbolic link to one of those
// is refused, both before the build and when the executable is installed,
// and left as it was; a symbolic link to a regular file is replaced itself,
// as go build does.
func TestOutputOnlyReplacesRegularFiles(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "built")
	if err := os.WriteFile(src, []byte("new executable"), 0o644); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, dir, map[string]string{"m.js": "print(1);\n", "dir/x": "x", "target": "kept"})
	mk := map[string]func(p string) error{
		"fifo":           func(p string) error { return syscall.Mkfifo(p, 0o644) },
		"directory":      func(p string) error { return os.Mkdir(p, 0o755) },
		"link to a fifo": func(p string) error { return os.Symlink("fifo", p) },
		"link to a dir":  func(p string) error { return os.Symlink("dir", p) },
		"character device": func(p string) error {
			if os.Geteuid() != 0 {
				return errSkip
			}
			return mknodNull(p)
		},
	}
	want := map[string]string{
		"fifo":             "is a named pipe (FIFO)",
		"directory":        "is a directory",
		"link to a fifo":   "is a symbolic link to a named pipe (FIFO)",
		"link to a dir":    "is a symbolic link to a directory",
		"character device": "is a character device",
	}
	for _, name := range []string{"fifo", "directory", "link to a fifo", "link to a dir", "character device"} {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(name, " ", "-"))
			if err := mk[name](p); err == errSkip {
				t.Skip("making a device needs root on Linux")
			} else if err != nil {
				t.Fatal(err)
			}
			before, err := os.Lstat(p)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Compile(context.Background(), Options{Entry: "m.js", Output: p, WorkingDir: dir})
			if err == nil || !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), want[name]) {
				t.Errorf("Compile: error %v, want one saying %q", err, want[name])
			}
			err = installFile(src, p)
			if err == nil || !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), want[name]) {
				t.Errorf("installFile: error %v, want one saying %q", err, want[name])
			}
			after, err := os.Lstat(p)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("the output was replaced: %v, %v", after.Mode(), err)
			}
		})
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink("target", link); err != nil {
		t.Fatal(err)
	}
	if err := installFile(src, link); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "target")); string(b) != "kept" {
		t.Errorf("the link's target was written: %q", b)
	}
	if st, _ := os.Lstat(link); !st.Mode().IsRegular() {
		t.Errorf("the link was not replaced: %v", st.Mode())
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

var errSkip = errors.New("skip")
