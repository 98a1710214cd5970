//go:build unix

package process

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"golang.org/x/sys/unix"
)

// current is the test being run; tests here run one at a time.
var current struct {
	t       *testing.T
	results []any
}

// The helpers a test script gets, standing in for the os module.
func init() {
	jsrt.Register(jsrt.Module{Name: "processtest", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		t := current.t
		e.Set("done", func(v goja.Value) { current.results = append(current.results, v.Export()) })
		// onReadable(fd, fn) / onReadable(fd, null): the loop's fd handler,
		// as os.setReadHandler uses it.
		e.Set("onReadable", func(fd int, fn goja.Value) {
			var h func()
			if cb, ok := goja.AssertFunction(fn); ok {
				h = func() { vm.Call(cb, goja.Undefined()) }
			}
			if err := vm.Loop().SetHandler(fd, jsrt.Readable, h); err != nil {
				t.Errorf("SetHandler(%d): %v", fd, err)
			}
		})
		e.Set("readChunk", func(fd int) string {
			buf := make([]byte, 4096)
			n, err := unix.Read(fd, buf)
			if err != nil {
				t.Errorf("read(%d): %v", fd, err)
				return ""
			}
			return string(buf[:n])
		})
		e.Set("writeAll", func(fd int, s string) int {
			n, err := unix.Write(fd, []byte(s))
			if err != nil {
				return -1
			}
			return n
		})
		e.Set("now", func() float64 { return vm.Loop().Now() })
		return nil
	}})
}

// run runs script with jsrt.Run, the process module as the global
// `process` and the helpers of processtest as globals, until nothing is
// left. It returns what the script passed to done().
func run(t *testing.T, script string) []any {
	t.Helper()
	current.t, current.results = t, nil
	src := `var process = __gojsc_native("process");
var { done, onReadable, readChunk, writeAll, now } = __gojsc_native("processtest");
` + script
	var stderr strings.Builder
	status, err := jsrt.Run(context.Background(), jsrt.Program{Source: src}, jsrt.Config{Args: []string{"test"}, Stdout: os.Stdout, Stderr: &stderr})
	if err != nil || status != 0 {
		t.Fatalf("script: status %d, %v\n%s", status, err, stderr.String())
	}
	return current.results
}

// readAll is a script helper that reads fd to its end with a read handler,
// then closes it and calls then(output, status).
const readAll = `
function readAll(fd, then) {
	let out = "";
	onReadable(fd, () => {
		const s = readChunk(fd);
		if (s !== "") { out += s; return; }
		onReadable(fd, null);
		then(out, process.close(fd));
	});
}
`

func TestOpenRead(t *testing.T) {
	tests := []struct {
		name    string
		command string // a JS expression
		out     string
		status  int64
	}{
		{"shell", `"echo hello; echo world >&1"`, "hello\nworld\n", 0},
		{"exit status", `"echo bye; exit 3"`, "bye\n", 3},
		{"killed by a signal", `"kill -TERM $$"`, "", 128 + int64(syscall.SIGTERM)},
		{"argument array, no shell", `["printf", "%s|%s", "a b", "$HOME"]`, "a b|$HOME", 0},
		{"array through the shell", `["sh", "-c", "echo $0", "zero"]`, "zero\n", 0},
		{"command not found", `"no-such-command-gojsc 2>/dev/null"`, "", 127},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, readAll+`
				const fd = process.open(`+tt.command+`, "r");
				if (fd < 0) throw new Error("open: " + fd);
				readAll(fd, (out, status) => { done(out); done(status); });
			`)
			if len(got) != 2 {
				t.Fatalf("got %v, want output and status", got)
			}
			if got[0] != tt.out || got[1] != tt.status {
				t.Errorf("output %q, status %v; want %q, %d", got[0], got[1], tt.out, tt.status)
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name   string
		script string
		want   any
	}{
		{"bad mode", `process.open("true", "rw")`, -int64(syscall.EINVAL)},
		{"program not found", `process.open(["/no/such/program"], "r")`, -int64(syscall.ENOENT)},
		{"program not on PATH", `process.open(["no-such-program-gojsc"], "r")`, -int64(syscall.ENOENT)},
		{"close of an unknown fd", `process.close(999)`, -int64(syscall.EBADF)},
		{"close twice", `(() => { const fd = process.open("true", "r"); process.close(fd); return process.close(fd); })()`, -int64(syscall.EBADF)},
		{"no command", `(() => { try { process.open(); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command must be a string or an array of strings"},
		{"no mode", `(() => { try { process.open("true"); } catch (e) { return e.name + ": " + e.message; } })()`, `TypeError: open: mode must be "r" or "w"`},
		{"empty array", `(() => { try { process.open([], "r"); } catch (e) { return e.name; } })()`, "TypeError"},
		{"symbol mode", `(() => { try { process.open("true", Symbol("r")); } catch (e) { return e.name; } })()`, "TypeError"},
		{"symbol command", `(() => { try { process.open(Symbol("true"), "r"); } catch (e) { return e.name; } })()`, "TypeError"},
		{"hole in array", `(() => { try { process.open([, "x"], "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command[0] is not a string"},
		{"hole after program", `(() => { try { process.open(["echo", , "x"], "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command[1] is not a string"},
		{"number in array", `(() => { try { process.open(["echo", 1], "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command[1] is not a string"},
		{"null in array", `(() => { try { process.open([null], "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command[0] is not a string"},
		{"sparse huge array", `(() => { try { process.open(new Array(1e9), "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command array must hold 1 to 65535 strings"},
		{"number command", `(() => { try { process.open(42, "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command must be a string or an array of strings"},
		{"object command", `(() => { try { process.open({0: "true", length: 1}, "r"); } catch (e) { return e.name + ": " + e.message; } })()`, "TypeError: open: command must be a string or an array of strings"},
		{"number mode", `(() => { try { process.open("true", 1); } catch (e) { return e.name + ": " + e.message; } })()`, `TypeError: open: mode must be "r" or "w"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := run(t, `done(`+tt.script+`);`)
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestOpenWrite writes to a child's stdin. The other child started in
// between must not inherit the write end, or cat would never see EOF and
// close would wait for the sleeper.
func TestOpenWrite(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.txt")
	got := run(t, `
		const w = process.open(["sh", "-c", "cat > \"$0\"", `+strconv.Quote(out)+`], "w");
		const r = process.open("sleep 2", "r");
		done(writeAll(w, "to the child\n"));
		done(process.close(w));
		done(now());
		onReadable(r, () => { readChunk(r); onReadable(r, null); process.close(r); });
	`)
	if len(got) != 3 || got[0] != int64(13) || got[1] != int64(0) {
		t.Fatalf("got %v, want 13 bytes written and status 0", got)
	}
	if ms, _ := got[2].(float64); ms > 1500 {
		t.Errorf("close of the writer took until %.0f ms: the pipe leaked into the other child", ms)
	}
	if data, err := os.ReadFile(out); err != nil || string(data) != "to the child\n" {
		t.Errorf("the child wrote %q (%v), want %q", data, err, "to the child\n")
	}
}

// TestConcurrentChildren starts 20 children that each sleep 0.3 s and reads
// them all at once: they run side by side, so all finish in about the time
// of one, far below the 6 s they would take in turn.
func TestConcurrentChildren(t *testing.T) {
	const n = 20
	start := time.Now()
	got := run(t, readAll+`
		for (let i = 0; i < `+strconv.Itoa(n)+`; i++) {
			const fd = process.open("sleep 0.3; echo child " + i, "r");
			readAll(fd, (out, status) => done(out.trim() + " " + status));
		}
	`)
	elapsed := time.Since(start)
	if len(got) != n {
		t.Fatalf("%d children finished, want %d: %v", len(got), n, got)
	}
	seen := map[string]bool{}
	for _, g := range got {
		s, _ := g.(string)
		if !strings.HasPrefix(s, "child ") || !strings.HasSuffix(s, " 0") {
			t.Errorf("child result %q, want \"child N 0\"", s)
		}
		seen[s] = true
	}
	if len(seen) != n {
		t.Errorf("results not distinct: %v", got)
	}
	if elapsed > 3*time.Second {
		t.Errorf("20 children of 0.3 s took %v: they did not run concurrently", elapsed)
	}
}

// TestNoFdLeak checks that close releases the pipe: opening and closing
// many children leaves the fd count where it was.
func TestNoFdLeak(t *testing.T) {
	before := countFds(t)
	run(t, `for (let i = 0; i < 50; i++) process.close(process.open("true", "r"));`)
	// The VM's own poller fd stays open until the test process ends.
	if after := countFds(t); after > before+2 {
		t.Errorf("open fds went from %d to %d after 50 open/close pairs", before, after)
	}
}

func countFds(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Skip("no /proc/self/fd")
	}
	return len(entries)
}
