//go:build unix

package compiler

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
)

// TestEmbedLoad checks what --embed gives a program run in-process: the
// files under their paths relative to the working directory, hidden ones
// included, each listed in the dependencies.
func TestEmbedLoad(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app.js", "print(1)\n")
	write("assets/a.txt", "A")
	write("assets/deep/.b", "B")
	write("one.txt", "1")
	if err := os.Symlink(filepath.Join(dir, "one.txt"), filepath.Join(dir, "assets", "link.txt")); err != nil {
		t.Fatal(err)
	}
	prog, res, err := Load(context.Background(), Options{Entry: "app.js", WorkingDir: dir, Embed: []string{"assets", filepath.Join(dir, "one.txt"), "./assets/a.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	err = fs.WalkDir(prog.Files, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"assets/a.txt", "assets/deep/.b", "assets/link.txt", "one.txt"}
	if !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
	if b, _ := fs.ReadFile(prog.Files, "assets/link.txt"); string(b) != "1" {
		t.Errorf("the link's file holds %q, want the linked file's", b)
	}
	for _, w := range want {
		if !slices.Contains(res.Dependencies, w) {
			t.Errorf("dependencies %q lack %s", res.Dependencies, w)
		}
	}
}

// TestEmbedRefused checks the --embed paths a build refuses, each with a
// message naming the path.
func TestEmbedRefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte("print(1)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "empty", "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(dir, "pipes"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipes", "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		embed  []string
		goFile string
		want   string
	}{
		{[]string{".."}, "", "not inside the working directory"},
		{[]string{"."}, "", "not inside the working directory"},
		{[]string{"/etc/hostname"}, "", "not inside the working directory"},
		{[]string{"missing"}, "", "--embed missing: no such file"},
		{[]string{"empty"}, "", "no files to embed"},
		{[]string{"pipes/fifo"}, "", "not a regular file or a directory"},
		{[]string{"pipes"}, "", "is not a regular file"},
		{[]string{"app.js"}, filepath.Join(dir, "prog.go"), "--embed with -c"},
	} {
		_, err := Compile(context.Background(), Options{Entry: "app.js", WorkingDir: dir, Embed: tc.embed, GoFile: tc.goFile})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("--embed %q: error %v, want one saying %q", tc.embed, err, tc.want)
		}
	}
}
