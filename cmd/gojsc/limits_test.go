package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestInputLimits runs gojsc on inputs that once hung it, exhausted memory
// or took minutes: each must fail at once with exit status 1, a message
// naming the file, and the previous output left alone. The in-process
// table of hostile inputs is in the compiler's tests.
func TestInputLimits(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		fifo  string
		entry string
		want  []string
	}{
		{name: "FIFO entry", fifo: "main.js", entry: "main.js", want: []string{"entry script main.js is a named pipe (FIFO), not a regular file"}},
		{name: "FIFO import", fifo: "lib.js", files: map[string]string{"main.js": "import \"./lib.js\";\n"}, entry: "main.js", want: []string{"main.js:1:8: ERROR: lib.js is a named pipe (FIFO)"}},
		{name: "import of /dev/zero", files: map[string]string{"main.js": "import z from \"/dev/zero\";\nprint(z);\n"}, entry: "main.js", want: []string{"main.js:1:15: ERROR: /dev/zero is a character device, not a regular file"}},
		{name: "entry with a trailing slash", files: map[string]string{"m.js": "print(1);\n"}, entry: "m.js/", want: []string{"entry script m.js/ is not a directory"}},
		{name: "10k nested functions", files: map[string]string{"main.mjs": "export " + strings.Repeat("function f(a) { let b = a;\n", 10000) + strings.Repeat("}", 10000)}, entry: "main.mjs", want: []string{"main.mjs:257:11: ERROR: nesting too deep: 10000 levels, limit 256"}},
		{name: "200k-term expression", files: map[string]string{"main.js": "print(1" + strings.Repeat("+1", 200000) + ");\n"}, entry: "main.js", want: []string{"main.js:1:7: ERROR: expression too long: 200000 chained operators, limit 1024"}},
	}
	gojsc := gojsctest.Gojsc(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tc.fifo != "" {
				if err := syscall.Mkfifo(filepath.Join(dir, tc.fifo), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			prev := []byte("previous build\n")
			if err := os.WriteFile(filepath.Join(dir, "app"), prev, 0o755); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			r := gojsctest.Run(t, dir, nil, nil, gojsc, "-o", "app", tc.entry)
			t.Logf("gojsc took %v", time.Since(start))
			stderr := string(r.Stderr)
			if r.Exit != 1 {
				t.Errorf("exit status %d, want 1\nstderr:\n%s", r.Exit, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic") {
				t.Errorf("stderr shows Go internals:\n%s", stderr)
			}
			if got, err := os.ReadFile(filepath.Join(dir, "app")); err != nil || !bytes.Equal(got, prev) {
				t.Errorf("previous output replaced or removed: %q, %v", got, err)
			}
		})
	}
}
