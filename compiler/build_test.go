package compiler

import (
	"os"
	"path/filepath"
	"strings"
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
