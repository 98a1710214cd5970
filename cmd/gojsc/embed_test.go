package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/jstest"
)

// TestEmbedInProcess runs the golden scripts of --embed in the test
// process, as gojsc run does (TestE2E builds them): the files come from
// disk at load time, and the scripts read them, away from the disk, with
// the same output as the executable.
func TestEmbedInProcess(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "e2e", "compiler")
	dir, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"embed.js", "embed_node.js"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			tmp := t.TempDir()
			r := jstest.Run(t, name, jstest.Options{
				Dir:   dir,
				Flags: strings.Fields(directives(src)["flags"]),
				Env:   append(os.Environ(), "TMPDIR="+tmp),
			})
			want, err := os.ReadFile(filepath.Join(dir, stem(name)+".stdout"))
			if err != nil {
				t.Fatal(err)
			}
			if string(r.Stdout) != string(want) || r.Exit != 0 || len(r.Stderr) != 0 {
				t.Errorf("exit %d, stderr %q, stdout differs:\n--- want\n%s\n--- got\n%s", r.Exit, r.Stderr, want, r.Stdout)
			}
		})
	}
}
