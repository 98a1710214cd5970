package jsrt_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
	"github.com/gojsc/gojsc/jsrt"
)

func TestParseMemoryLimit(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"1", 1},
		{"512k", 512 << 10},
		{"512K", 512 << 10},
		{"64M", 64 << 20},
		{"2G", 2 << 30},
		{"1T", 1 << 40},
		{"0", jsrt.NoMemoryLimit},
		{"0M", jsrt.NoMemoryLimit},
	}
	for _, tt := range tests {
		if got, err := jsrt.ParseMemoryLimit(tt.in); err != nil || got != tt.want {
			t.Errorf("ParseMemoryLimit(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"", "M", "-1", "1.5G", "12X", "1MB", " 1", "99999999999T"} {
		if got, err := jsrt.ParseMemoryLimit(bad); err == nil {
			t.Errorf("ParseMemoryLimit(%q) = %d, want an error", bad, got)
		}
	}
}

// memoryScript grows its heap without bound given "grow", and allocates
// well under the limit otherwise.
const memoryScript = `const keep = [];
if (scriptArgs[1] === "grow") {
  for (let i = 0; ; i++) keep.push({ i, s: "item " + i });
}
for (let i = 0; i < 10000; i++) keep.push({ i, s: "item " + i });
print("kept", keep.length);
`

// TestMemoryLimit runs a script that allocates without bound under a small
// limit set by the environment: it must end promptly with QuickJS's error
// and status 1, no Go traceback. A script under the limit is unaffected.
func TestMemoryLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles a program with gojsc")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "mem.js"), []byte(memoryScript), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := gojsctest.CompileIn(t, dir, "mem.js")

	start := time.Now()
	r := gojsctest.Run(t, "", []string{"GOJSC_MEMORY_LIMIT=48M"}, nil, exe, "grow")
	took := time.Since(start)
	if r.Exit != 1 || !strings.HasPrefix(string(r.Stderr), "InternalError: out of memory\n    at mem.js:3:") ||
		strings.Contains(string(r.Stderr), "goroutine") || len(r.Stdout) != 0 {
		t.Errorf("grow: exit %d\nstdout:\n%s\nstderr:\n%s", r.Exit, r.Stdout, r.Stderr)
	}
	t.Logf("stopped after %v", took)

	r = gojsctest.Run(t, "", []string{"GOJSC_MEMORY_LIMIT=48M"}, nil, exe)
	if r.Exit != 0 || string(r.Stdout) != "kept 10000\n" || len(r.Stderr) != 0 {
		t.Errorf("bounded: exit %d\nstdout:\n%s\nstderr:\n%s", r.Exit, r.Stdout, r.Stderr)
	}

	r = gojsctest.Run(t, "", []string{"GOJSC_MEMORY_LIMIT=lots"}, nil, exe)
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), `GOJSC_MEMORY_LIMIT: memory limit "lots": want a number of bytes`) {
		t.Errorf("bad limit: exit %d\nstderr:\n%s", r.Exit, r.Stderr)
	}
}
