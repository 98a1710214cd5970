package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
)

// TestCommasInFlags checks that -M and --define values keep their commas:
// a string constant with a comma, and qjsc's -M NAME,CNAME.
func TestCommasInFlags(t *testing.T) {
	dir := t.TempDir()
	src := "import { open } from \"process\";\nprint(K, typeof open);\n"
	if err := os.WriteFile(filepath.Join(dir, "c.js"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), "--define", `K="a,b"`, "-M", "process,js_process", "-o", "c", "c.js")
	if r.Exit != 0 {
		t.Fatalf("gojsc failed:\n%s", r.Stderr)
	}
	r = gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "c"))
	if got := string(r.Stdout); got != "a,b function\n" || r.Exit != 0 {
		t.Fatalf("printed %q, exit %d, stderr %s", got, r.Exit, r.Stderr)
	}
}

// TestHostileFlags checks -M values that are no module and an output that
// is no regular file: each gets a clear message and exit status 1, with
// nothing replaced.
func TestHostileFlags(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"-M", "a=b=c", "-o", "app"}, `-M a=b=c: "b=c" is not a Go import path`},
		{[]string{"-M", "process=process", "-o", "app"}, `-M process=process: "process" is neither a built-in module, a directory nor a published Go module`},
		{[]string{"-M", "x=golang.org/x/sys/unix\"\nfunc init() { println(1) }\n//", "-e", "pkg"}, "is not a Go import path"},
		{[]string{"-M", "x=-modfile=evil.mod", "-o", "app"}, `"-modfile=evil.mod" is not a Go import path`},
		{[]string{"-o", "fifo"}, "fifo is a named pipe (FIFO); gojsc replaces only regular files"},
	}
	for _, tc := range tests {
		r := gojsctest.Run(t, dir, nil, nil, gojsctest.Gojsc(t), append(tc.args, "m.js")...)
		stderr := string(r.Stderr)
		if r.Exit != 1 || !strings.Contains(stderr, tc.want) || strings.Contains(stderr, "<nil>") {
			t.Errorf("gojsc %q: exit %d, stderr lacks %q:\n%s", tc.args, r.Exit, tc.want, stderr)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("refused builds left files: %v", entries)
	}
	if st, err := os.Lstat(filepath.Join(dir, "fifo")); err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: %v", err)
	}
}

// TestOutputMode checks that a new executable gets 0777 less the umask, as
// go build gives it, and that rebuilding replaces a previous one with that
// mode too.
func TestOutputMode(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gojsc := gojsctest.Gojsc(t)
	for _, tc := range []struct {
		umask string
		want  os.FileMode
	}{{"077", 0o700}, {"022", 0o755}} {
		r := gojsctest.Run(t, dir, nil, nil, "/bin/sh", "-c", "umask "+tc.umask+"; exec \"$0\" -o app m.js", gojsc)
		if r.Exit != 0 {
			t.Fatalf("gojsc failed:\n%s", r.Stderr)
		}
		st, err := os.Stat(filepath.Join(dir, "app"))
		if err != nil {
			t.Fatal(err)
		}
		if st.Mode().Perm() != tc.want {
			t.Errorf("under umask %s the executable has mode %v, want %v", tc.umask, st.Mode().Perm(), tc.want)
		}
	}
}

// TestInterrupt stops builds with SIGINT and SIGTERM while go build runs:
// gojsc exits at once with 130 or 143, and leaves no output and no
// temporary file, its own or the go command's.
func TestInterrupt(t *testing.T) {
	gojsc := gojsctest.Gojsc(t)
	// How long a gojsc process takes to start and end on this machine now:
	// the margin a loaded machine needs on top of the second allowed.
	start := time.Now()
	gojsctest.Run(t, "", nil, nil, gojsc, "--version")
	limit := time.Second + 2*time.Since(start)
	for _, tc := range []struct {
		sig    syscall.Signal
		status int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}} {
		t.Run(tc.sig.String(), func(t *testing.T) {
			dir, tmp := t.TempDir(), t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "app.js"), []byte("import * as std from \"std\";\nstd.puts(\"x\\n\");\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(gojsc, "-v", "-o", "app", "app.js")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				out.WriteString(sc.Text() + "\n")
				if strings.Contains(sc.Text(), "building the executable with go build") {
					break
				}
			}
			// The go command is at work once its work directory is there.
			for !hasGoWork(tmp) {
				if d, ok := t.Deadline(); ok && time.Until(d) < 10*time.Second {
					cmd.Process.Kill()
					t.Fatalf("the go command never started:\n%s", out.String())
				}
				time.Sleep(2 * time.Millisecond)
			}
			sent := time.Now()
			if err := cmd.Process.Signal(tc.sig); err != nil {
				t.Fatal(err)
			}
			for sc.Scan() {
				out.WriteString(sc.Text() + "\n")
			}
			err = cmd.Wait()
			took := time.Since(sent)
			t.Logf("stopped %v after %v", tc.sig, took)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != tc.status {
				t.Fatalf("exit %v, want status %d\n%s", err, tc.status, out.String())
			}
			if !strings.Contains(out.String(), "gojsc: interrupted") {
				t.Errorf("stderr lacks the interruption:\n%s", out.String())
			}
			if took > limit {
				t.Errorf("took %v to stop, want less than %v", took, limit)
			}
			for _, d := range []string{dir, tmp} {
				entries, _ := os.ReadDir(d)
				for _, e := range entries {
					if e.Name() != "app.js" {
						t.Errorf("left %s in %s", e.Name(), d)
					}
				}
			}
		})
	}
}

// hasGoWork reports whether dir holds a work directory of the go command
// (in the directory gojsc gives it for its temporary files).
func hasGoWork(dir string) bool {
	m, _ := filepath.Glob(filepath.Join(dir, "gojsc-gotmp-*", "go-build*"))
	return len(m) > 0
}

// TestExportDiskFull exports a package with a file size limit too small
// for it, as on a full disk: the export fails and leaves nothing, and the
// next export works.
func TestExportDiskFull(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "m.js"), []byte("print(1);\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gojsc := gojsctest.Gojsc(t)
	r := gojsctest.Run(t, dir, nil, nil, "/bin/sh", "-c", "ulimit -f 40; exec \"$0\" -e pkg m.js", gojsc)
	if r.Exit != 1 || !strings.Contains(string(r.Stderr), "file too large") {
		t.Fatalf("export under a file size limit: exit %d\n%s", r.Exit, r.Stderr)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the failed export left %v", entries)
	}
	r = gojsctest.Run(t, dir, nil, nil, gojsc, "-e", "pkg", "m.js")
	if r.Exit != 0 {
		t.Fatalf("the next export failed:\n%s", r.Stderr)
	}
}

// TestDamagedRuntimeCache truncates a file of the cached runtime source
// between two builds: the second build repairs the cache and its program
// works.
func TestDamagedRuntimeCache(t *testing.T) {
	dir := t.TempDir()
	src := "import * as std from \"std\";\nstd.puts(\"healed\\n\");\n"
	if err := os.WriteFile(filepath.Join(dir, "h.js"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cache := otherCache(t)
	// GOCACHE stays the warm one, which would otherwise move with
	// XDG_CACHE_HOME.
	env := []string{"XDG_CACHE_HOME=" + cache, "GOCACHE=" + gojsctest.GoEnv(t, "GOCACHE")}
	gojsc := gojsctest.Gojsc(t)
	if r := gojsctest.Run(t, dir, env, nil, gojsc, "-o", "h", "h.js"); r.Exit != 0 {
		t.Fatalf("gojsc failed:\n%s", r.Stderr)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "gojsc", "runtime-*", "jsrt", "vm.go"))
	if len(files) != 1 {
		t.Fatalf("no cached runtime source: %v", files)
	}
	if err := os.Truncate(files[0], 100); err != nil {
		t.Fatal(err)
	}
	if r := gojsctest.Run(t, dir, env, nil, gojsc, "-o", "h", "h.js"); r.Exit != 0 {
		t.Fatalf("build with a damaged cache failed:\n%s", r.Stderr)
	}
	r := gojsctest.Run(t, dir, nil, nil, filepath.Join(dir, "h"))
	if string(r.Stdout) != "healed\n" || r.Exit != 0 {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.Exit, r.Stdout, r.Stderr)
	}
}

var otherCacheDir struct {
	once sync.Once
	dir  string
	err  error
}

// otherCache returns a user cache directory other than the user's, for
// the tests of this package that need one, shared by them so that the
// runtime source is written there once. TestMain removes it. Tests that
// set XDG_CACHE_HOME to it also name GOCACHE, which would move with it.
func otherCache(t *testing.T) string {
	t.Helper()
	otherCacheDir.once.Do(func() {
		otherCacheDir.dir, otherCacheDir.err = os.MkdirTemp("", "gojsc-cache-")
	})
	if otherCacheDir.err != nil {
		t.Fatal(otherCacheDir.err)
	}
	return otherCacheDir.dir
}
