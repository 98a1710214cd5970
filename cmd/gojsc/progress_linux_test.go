package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// slowGo is a go command that builds as a cold build does, slowly and
// naming the packages it compiles (go build -v), and lists the last two
// as stale.
const slowGo = `#!/bin/sh
case "$1" in
env) echo go1.26.0 ;;
list) echo github.com/gojsc/gojsc/jsrt; echo gojsc.local/app ;;
build)
	out=""; prev=""
	for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
	for p in runtime github.com/dop251/goja github.com/gojsc/gojsc/jsrt gojsc.local/app; do
		echo "$p" >&2; sleep 0.6
	done
	printf '#!/bin/sh\necho built\n' > "$out" ;;
esac
`

// TestProgressOnTerminal runs gojsc on a pseudo-terminal with a go
// command as slow as a cold build, and checks the live line: packages
// compiled out of the total and the time, erased at the end. The same
// build with stderr on a pipe prints nothing about progress, being
// shorter than the few seconds after which it would.
func TestProgressOnTerminal(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	if err := os.Mkdir(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bin, "go"), []byte(slowGo), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "NO_COLOR=")

	master, slave := gojsctest.OpenPty(t)
	defer master.Close()
	cmd := exec.CommandContext(gojsctest.Context(t), gojsc, "a.js", "-o", "app")
	cmd.Dir, cmd.Env = dir, env
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	var out bytes.Buffer
	copied := make(chan struct{})
	go func() {
		io.Copy(&out, master) // ends with EIO once gojsc has exited
		close(copied)
	}()
	err := cmd.Wait()
	<-copied
	got := out.String()
	if err != nil {
		t.Fatalf("gojsc: %v\n%q", err, got)
	}
	for _, want := range []string{"\r\x1b[Kgojsc: building: ", "/4 packages compiled, 1s", "4/4 packages compiled, linking, 2s"} {
		if !strings.Contains(got, want) {
			t.Errorf("terminal output %q lacks %q", got, want)
		}
	}
	if !strings.HasSuffix(got, "\r\x1b[K") || strings.Contains(got, "\n") {
		t.Errorf("terminal output %q: the live line is not alone and erased at the end", got)
	}

	r := gojsctest.Run(t, dir, []string{"PATH=" + bin + ":" + os.Getenv("PATH")}, nil, gojsc, "a.js", "-o", "app2")
	if r.Exit != 0 || len(r.Stderr) != 0 {
		t.Errorf("without a terminal: exit %d, stderr %q; want 0 and nothing", r.Exit, r.Stderr)
	}
}
