package std_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	gojsctest.Cleanup()
	os.Exit(code)
}

// compileScript writes src as a script and compiles it with gojsc.
func compileScript(t *testing.T, name, src string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("compiles a program with gojsc")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return gojsctest.CompileIn(t, dir, name)
}

// TestStdinToStdout pipes 100 MiB through std.in.read → std.out.write and
// compares checksums.
func TestStdinToStdout(t *testing.T) {
	exe := compileScript(t, "copy.js", `import * as std from "std";
const buf = new ArrayBuffer(65536 + 17); // not a multiple of any buffer size
let n, total = 0;
while ((n = std.in.read(buf, 3, 65536 + 11)) > 0) {
  if (std.out.write(buf, 3, n) !== n) throw new Error("short write");
  total += n;
}
std.err.puts("copied " + total + "\n");
`)
	const size = 100 << 20
	input := make([]byte, size)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i+8 <= len(input); i += 8 {
		v := rng.Uint64()
		for j := range 8 {
			input[i+j] = byte(v >> (8 * j))
		}
	}
	cmd := exec.Command(exe)
	cmd.Stdin = bytes.NewReader(input)
	h := sha256.New()
	var n int64
	cmd.Stdout = writerFunc(func(p []byte) (int, error) {
		n += int64(len(p))
		return h.Write(p)
	})
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.Bytes())
	}
	want := sha256.Sum256(input)
	if n != size || !bytes.Equal(h.Sum(nil), want[:]) {
		t.Errorf("copied %d bytes with sha256 %x, want %d bytes with %x", n, h.Sum(nil), size, want)
	}
	if got := stderr.String(); got != "copied 104857600\n" {
		t.Errorf("stderr = %q", got)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestClosedPipe checks that a program whose stdout reader went away (as in
// `./app | head -1`) ends quietly, killed by SIGPIPE like a C program,
// whichever way it writes.
func TestClosedPipe(t *testing.T) {
	exe := compileScript(t, "pipe.js", `import * as std from "std";
const how = scriptArgs[1];
for (let i = 0; i < 10000000; i++) {
  if (how === "print") print("line " + i);
  else if (how === "puts") std.out.puts("line " + i + "\n");
  else if (how === "printf") std.printf("line %d\n", i);
  else if (how === "console") console.log("line " + i);
}
std.err.puts("not reached\n");
`)
	for _, how := range []string{"print", "puts", "printf", "console"} {
		t.Run(how, func(t *testing.T) {
			cmd := exec.Command(exe, how)
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			line, err := bufio.NewReader(out).ReadString('\n')
			if err != nil || line != "line 0\n" {
				t.Errorf("first line = %q, %v", line, err)
			}
			out.Close()
			err = cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("wait: %v, want death by SIGPIPE", err)
			}
			ws := ee.Sys().(syscall.WaitStatus)
			if !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
				t.Errorf("status %v, want killed by SIGPIPE", ws)
			}
			if stderr.Len() != 0 {
				t.Errorf("stderr = %q, want nothing", stderr.Bytes())
			}
		})
	}
}

// TestExitFlushesFiles checks that std.exit, like C's exit, flushes FILEs
// that were written and never closed, and std.out.
func TestExitFlushesFiles(t *testing.T) {
	exe := compileScript(t, "exit.js", `import * as std from "std";
const f = std.open(scriptArgs[1], "w");
f.puts("in a FILE never closed\n");
std.out.puts("unterminated");
std.exit(5);
`)
	file := filepath.Join(t.TempDir(), "out.txt")
	r := gojsctest.Run(t, "", nil, nil, exe, file)
	if r.Exit != 5 || string(r.Stdout) != "unterminated" || len(r.Stderr) != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want 5, \"unterminated\", nothing", r.Exit, r.Stdout, r.Stderr)
	}
	if got, err := os.ReadFile(file); err != nil || string(got) != "in a FILE never closed\n" {
		t.Errorf("file = %q, %v", got, err)
	}
}

// buildWithURLGet compiles a script into a program that links the urlGet
// implementation, as gojsc does for scripts that use std.urlGet.
func buildWithURLGet(t *testing.T, src string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("compiles a program with gojsc")
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "get.js"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "pkg")
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "-e", pkg, "get.js")
	if r.Exit != 0 {
		t.Fatalf("gojsc -e: %s%s", r.Stdout, r.Stderr)
	}
	mainGo := filepath.Join(pkg, "main.go")
	src0, err := os.ReadFile(mainGo)
	if err != nil {
		t.Fatal(err)
	}
	const imp = `"github.com/gojsc/gojsc/nativemods/std/urlget"`
	if !bytes.Contains(src0, []byte(imp)) {
		patched := strings.Replace(string(src0), `"github.com/gojsc/gojsc/jsrt"`,
			`"github.com/gojsc/gojsc/jsrt"`+"\n\t_ "+imp, 1)
		if err := os.WriteFile(mainGo, []byte(patched), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	exe := filepath.Join(dir, "app")
	cmd := exec.Command("go", "build", "-trimpath", "-o", exe, ".")
	cmd.Dir = pkg
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off", "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// TestURLGet runs std.urlGet against a server on 127.0.0.1 and checks the
// result shapes QuickJS gives: body, ArrayBuffer, full object, null on
// failure and on a non-2xx status.
func TestURLGet(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Test", "yes")
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "héllo\n")
	})
	mux.HandleFunc("/bin", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte{0, 1, 254, 255})
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(404)
		io.WriteString(w, "nope")
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/text", http.StatusFound)
	})
	srv := httptest.NewUnstartedServer(mux)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv.Listener = ln
	srv.Config.ReadHeaderTimeout = 10 * time.Second
	srv.Start()
	defer srv.Close()
	// A port nothing listens on: take one and close it.
	dead, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	deadURL := "http://" + dead.Addr().String() + "/"
	dead.Close()

	exe := buildWithURLGet(t, `import * as std from "std";
const base = scriptArgs[1];
const show = (label, v) => print(label + ":", JSON.stringify(v));
show("text", std.urlGet(base + "/text"));
const bin = std.urlGet(base + "/bin", { binary: true });
print("binary:", bin instanceof ArrayBuffer, Array.from(new Uint8Array(bin)).join(","));
const full = std.urlGet(base + "/text", { full: true });
print("full keys:", Object.keys(full).join(","), full.status, JSON.stringify(full.response));
print("headers:", JSON.stringify(full.responseHeaders.split("\r\n").filter((l) => !/^Date:/.test(l))));
show("404", std.urlGet(base + "/missing"));
const f404 = std.urlGet(base + "/missing", { full: true });
print("404 full:", f404.status, JSON.stringify(f404.response));
show("redirect not followed", std.urlGet(base + "/redirect"));
print("redirect full:", std.urlGet(base + "/redirect", { full: true }).status);
show("refused", std.urlGet(scriptArgs[2]));
show("refused full", std.urlGet(scriptArgs[2], { full: true }));
`)
	r := gojsctest.Run(t, "", nil, nil, exe, srv.URL, deadURL)
	want := `text: "héllo\n"
binary: true 0,1,254,255
full keys: response,responseHeaders,status 200 "héllo\n"
headers: ["Content-Length: 7","Content-Type: text/plain","X-Test: yes"]
404: null
404 full: 404 "nope"
redirect not followed: null
redirect full: 302
refused: null
refused full: {"response":null}
`
	if string(r.Stdout) != want || r.Exit != 0 || len(r.Stderr) != 0 {
		t.Errorf("exit %d\nstdout:\n%s\nwant:\n%s\nstderr:\n%s", r.Exit, r.Stdout, want, r.Stderr)
	}
}

// TestURLGetNotLinked checks the error a program gets when the urlGet
// implementation was not linked.
func TestURLGetNotLinked(t *testing.T) {
	exe := compileScript(t, "nolink.js", `import * as std from "std";
const get = std[["url", "Get"].join("")]; // hidden from the compiler, which links HTTP support only for scripts naming it
try { get("http://127.0.0.1:1/"); } catch (e) { print(e.name + ": " + e.message); }
`)
	r := gojsctest.Run(t, "", nil, nil, exe)
	if got := string(r.Stdout); got != "Error: std.urlGet: HTTP support is not linked into this program\n" {
		t.Errorf("stdout = %q, stderr = %q", got, r.Stderr)
	}
}

// TestUnclosedFilesAreReclaimed opens far more files than the fd limit
// allows without closing them: as with QuickJS's finalizers, FILEs that
// became garbage are closed when fds run out.
func TestUnclosedFilesAreReclaimed(t *testing.T) {
	exe := compileScript(t, "leak.js", `import * as std from "std";
const name = scriptArgs[1];
std.writeFile(name, "content\n");
let ok = 0;
for (let i = 0; i < 3000; i++) {
  const f = std.open(name, "r");
  if (f === null) throw new Error("open failed at " + i);
  if (f.getline() === "content") ok++;
}
print(ok);
`)
	file := filepath.Join(t.TempDir(), "f.txt")
	r := gojsctest.Run(t, "", nil, nil, "/bin/sh", "-c", `ulimit -n 128 && exec "$0" "$1"`, exe, file)
	if string(r.Stdout) != "3000\n" || r.Exit != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
	}
}
