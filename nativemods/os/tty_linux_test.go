package os_test

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
	"golang.org/x/sys/unix"
)

// TestRawTerminalRestoredOnSignal checks that a terminal put in raw mode
// gets its settings back when a signal the script does not handle ends
// the program, and that the program still dies by that signal.
func TestRawTerminalRestoredOnSignal(t *testing.T) {
	dir := t.TempDir()
	src := `import * as os from "os";
import * as std from "std";
os.ttySetRaw(0);
print("raw");
std.out.flush();
setTimeout(() => {}, 60000);
`
	script := filepath.Join(dir, "raw.js")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := gojsctest.Compile(t, script)
	master, slave := gojsctest.OpenPty(t)
	defer master.Close()
	defer slave.Close()
	before, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if before.Lflag&unix.ICANON == 0 {
		t.Fatal("a new terminal should start in canonical mode")
	}
	cmd := exec.Command(exe)
	cmd.Stdin = slave
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "raw\n" {
		t.Fatalf("read %q, %v", line, err)
	}
	raw, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if raw.Lflag&unix.ICANON != 0 {
		t.Fatal("ttySetRaw left canonical mode on")
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("program ended with %v, want death by SIGTERM", err)
	}
	after, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if after.Lflag != before.Lflag || after.Iflag != before.Iflag {
		t.Errorf("terminal not restored: lflag %#x, want %#x", after.Lflag, before.Lflag)
	}
}
