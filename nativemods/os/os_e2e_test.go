package os_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestWriteToClosedStdout checks that os.write to a stdout whose reader is
// gone ends the program by SIGPIPE, as a C program does, rather than
// leaving it to spin on -EPIPE.
func TestWriteToClosedStdout(t *testing.T) {
	dir := t.TempDir()
	src := `import * as os from "os";
const b = new Uint8Array(4096).fill(65);
for (let i = 0; i < 1e6; i++) os.write(1, b.buffer, 0, b.length);
os.write(2, new Uint8Array([33]).buffer, 0, 1);
`
	script := filepath.Join(dir, "w.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := gojsctest.Compile(t, script)
	r := gojsctest.Run(t, "", nil, nil, "bash", "-c", `"$0" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"`, exe)
	if got := strings.TrimSpace(string(r.Stdout)); got != "141" || len(r.Stderr) != 0 {
		t.Fatalf("status %q (want 141, killed by SIGPIPE), stderr %q", got, r.Stderr)
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	gojsctest.Cleanup()
	os.Exit(code)
}
