package std_test

import (
	"bufio"
	"io"
	"os/exec"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestTerminalReadFlushesStdout checks that a prompt written to a buffered
// (non-terminal) stdout is flushed before the program blocks reading a line
// from a terminal on stdin, as C's stdio does.
func TestTerminalReadFlushesStdout(t *testing.T) {
	exe := compileScript(t, "prompt.js", `import * as std from "std";
std.out.puts("name? ");
const name = std.in.getline();
print("hello " + name);
`)
	master, slave := gojsctest.OpenPty(t)
	defer master.Close()
	cmd := exec.Command(exe)
	cmd.Stdin = slave
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	slave.Close()
	defer cmd.Process.Kill()

	r := bufio.NewReader(out)
	prompt := make(chan string, 1)
	go func() {
		b := make([]byte, len("name? "))
		_, err := io.ReadFull(r, b)
		if err != nil {
			prompt <- err.Error()
			return
		}
		prompt <- string(b)
	}()
	select {
	case p := <-prompt:
		if p != "name? " {
			t.Fatalf("prompt = %q", p)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the prompt was not flushed before reading from the terminal")
	}
	if _, err := master.Write([]byte("ada\n")); err != nil {
		t.Fatal(err)
	}
	rest, _ := r.ReadString('\n')
	if rest != "hello ada\n" {
		t.Errorf("after the prompt: %q", rest)
	}
	if err := cmd.Wait(); err != nil {
		t.Errorf("wait: %v", err)
	}
}
