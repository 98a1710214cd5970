package compiler

import (
	"bytes"
	"context"
	"debug/buildinfo"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// minGo is the oldest Go release that builds gojsc programs.
const minGo = 26

// goInstallHint tells a user without a usable toolchain what to do.
const goInstallHint = "gojsc builds executables with the Go toolchain: install Go 1.26 or later (https://go.dev/doc/install, or your system's package manager) and make sure `go` is on PATH"

// goCmd runs the go command. Every run of it goes through run, so that
// each gets the same environment (see baseEnv), a process group of its own
// that cancelling the context interrupts (see command), and a directory
// for its temporary files that is removed when it ends.
type goCmd struct {
	// path is the go command, found and checked by goTool.
	path string
	// flags are extra flags for go build, put after gojsc's own.
	flags []string
	// output, if not nil, also receives go build's output.
	output io.Writer
	// compiled, if set, makes build run go build -v and is called with
	// the import path of each package as go build compiles it.
	compiled func(pkg string)
}

// goRun is one run of the go command.
type goRun struct {
	args []string
	// dir is the directory it runs in.
	dir string
	// env is added to the base environment; a later value of a variable wins.
	env            []string
	stdout, stderr io.Writer
}

// run runs the go command as r says. When ctx is cancelled, the error is
// ctx's.
func (g goCmd) run(ctx context.Context, r goRun) error {
	gotmp, err := os.MkdirTemp("", "gojsc-gotmp-")
	if err != nil {
		return fmt.Errorf("creating a temporary directory: %w", err)
	}
	// The go command leaves its temporary files behind when a signal stops it.
	defer os.RemoveAll(gotmp)
	cmd := command(ctx, g.path, r.args...)
	cmd.Dir = r.dir
	cmd.Env = append(append(baseEnv(), r.env...), "GOTMPDIR="+gotmp)
	cmd.Stdout, cmd.Stderr = r.stdout, r.stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	return nil
}

// build runs go build in dir with args, gojsc's flags followed by the
// package, inserting the extra flags before the package. goos and goarch
// ("" keeps the environment's) set the target. The output is returned
// whether the build fails or not.
func (g goCmd) build(ctx context.Context, dir string, args []string, goos, goarch string) ([]byte, error) {
	verbose := []string{}
	if g.compiled != nil {
		verbose = []string{"-v"}
	}
	args = slices.Concat([]string{"build"}, verbose, args[:len(args)-1], g.flags, args[len(args)-1:])
	var out bytes.Buffer
	var w io.Writer = &out
	if g.compiled != nil {
		// go build -v names each package as it compiles it: counted,
		// and kept out of the output an error shows.
		w = &packageCounter{out: &out, compiled: g.compiled}
	}
	if g.output != nil {
		w = io.MultiWriter(w, g.output)
	}
	err := g.run(ctx, goRun{args: args, dir: dir, env: buildEnv(goos, goarch), stdout: w, stderr: w})
	if pc, ok := w.(*packageCounter); ok {
		pc.flush()
	}
	return out.Bytes(), err
}

// stalePackages lists the packages go build would compile to build the
// package in dir with the build flags args (no -o, no package): those not
// in the build cache. It takes a fraction of a second, even on a cold
// cache.
func (g goCmd) stalePackages(ctx context.Context, dir string, args []string, goos, goarch string) ([]string, error) {
	args = slices.Concat([]string{"list", "-deps", "-f", "{{if .Stale}}{{.ImportPath}}{{end}}"}, args, g.flags, []string{"."})
	var stdout, stderr bytes.Buffer
	if err := g.run(ctx, goRun{args: args, dir: dir, env: buildEnv(goos, goarch), stdout: &stdout, stderr: &stderr}); err != nil {
		return nil, fmt.Errorf("go list: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	return strings.Fields(stdout.String()), nil
}

// packageLine is a line of go build -v: an import path alone.
var packageLine = regexp.MustCompile(`^[A-Za-z0-9_.~+-]+(/[A-Za-z0-9_.~+-]+)*$`)

// packageCounter is the writer go build -v writes to: it calls compiled
// with each package line and passes the other lines (errors, downloads)
// to out.
type packageCounter struct {
	mu       sync.Mutex
	out      io.Writer
	compiled func(pkg string)
	partial  []byte // a line not yet ended
}

func (p *packageCounter) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.partial = append(p.partial, b...)
	for {
		i := bytes.IndexByte(p.partial, '\n')
		if i < 0 {
			break
		}
		p.line(p.partial[:i+1])
		p.partial = p.partial[i+1:]
	}
	return len(b), nil
}

// line handles one line, with its newline.
func (p *packageCounter) line(l []byte) {
	// EOF ends the here-documents of go build -x (GOJSC_GOFLAGS=-x).
	if pkg := bytes.TrimSpace(l); packageLine.Match(pkg) && string(pkg) != "EOF" {
		p.compiled(string(pkg))
		return
	}
	p.out.Write(l)
}

// flush passes on a last line without a newline.
func (p *packageCounter) flush() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.partial) > 0 {
		p.line(p.partial)
		p.partial = nil
	}
}

// baseEnv is the environment of every run of the go command: the user's,
// with the toolchain pinned to the local one and no workspace, so that
// nothing outside the generated module changes what is built.
func baseEnv() []string {
	return append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off")
}

// buildEnv is what go build adds to baseEnv: no cgo, module requirements
// completed as needed (-mod=mod, after the user's GOFLAGS so that it wins
// while the user's other flags still apply), and the target, if any.
func buildEnv(goos, goarch string) []string {
	env := []string{"CGO_ENABLED=0", "GOFLAGS=" + strings.TrimSpace(os.Getenv("GOFLAGS")+" -mod=mod")}
	if goos != "" {
		env = append(env, "GOOS="+goos, "GOARCH="+goarch)
	}
	return env
}

// GoBuildArgs are the go command's arguments that build the package in the
// working directory into out: stripped, with no build ID, VCS stamp or
// builder's paths, so the same input gives the same bytes.
func GoBuildArgs(out string) []string {
	return append([]string{"build"}, programBuildFlags(programFlags(buildSettings{}), out)...)
}

// programBuildFlags are flags followed by the output and the package.
func programBuildFlags(flags []string, out string) []string {
	return append(slices.Clone(flags), "-o", out, ".")
}

// buildSettings are the options that change the go build flags.
type buildSettings struct {
	ldflags   string
	tags      []string
	keepPaths bool
}

// programFlags are the flags gojsc builds a program with: by default
// stripped, with no build ID, VCS stamp or builder's paths.
func programFlags(s buildSettings) []string {
	flags := []string{"-buildvcs=false", strings.TrimSpace("-ldflags=-s -w -buildid= " + s.ldflags)}
	if !s.keepPaths {
		flags = append([]string{"-trimpath"}, flags...)
	}
	if len(s.tags) > 0 {
		flags = append(flags, "-tags="+strings.Join(s.tags, ","))
	}
	return flags
}

// GoBuildEnv is the environment gojsc runs go build in: the user's, with
// the toolchain pinned to the local one, no workspace, no cgo, -mod=mod
// added to the user's GOFLAGS, and the target ("GOOS/GOARCH", or "" for
// this machine).
func GoBuildEnv(target string) []string {
	goos, goarch, _ := strings.Cut(target, "/")
	return append(baseEnv(), buildEnv(goos, goarch)...)
}

// goTool finds the go command and checks its version.
func goTool(ctx context.Context, name string) (string, error) {
	if name == "" {
		name = "go"
	}
	path, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%w: %q not found on PATH. %s", ErrNoGo, name, goInstallHint)
	}
	v, err := goVersion(ctx, path)
	if err != nil {
		return "", err
	}
	if minor, ok := goMinor(v); !ok || minor < minGo {
		return "", fmt.Errorf("%w: %s is %s, too old. %s", ErrNoGo, path, v, goInstallHint)
	}
	return path, nil
}

// goVersion returns the version of the go command at path ("go1.26.8").
// The go command is a Go program and says which Go built it, which a
// release's go command always is; reading that is cheaper than running it.
func goVersion(ctx context.Context, path string) (string, error) {
	if bi, err := buildinfo.ReadFile(path); err == nil && strings.HasPrefix(bi.GoVersion, "go1.") {
		return bi.GoVersion, nil
	}
	// Asked as the build will run it: outside any user module, with the
	// local toolchain, so a go.mod asking for another Go changes nothing.
	var stdout, stderr bytes.Buffer
	err := goCmd{path: path}.run(ctx, goRun{args: []string{"env", "GOVERSION"}, dir: os.TempDir(), stdout: &stdout, stderr: &stderr})
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && stderr.Len() > 0 {
			err = fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
		}
		return "", fmt.Errorf("%w: running %s env GOVERSION: %v. %s", ErrNoGo, path, err, goInstallHint)
	}
	return strings.TrimSpace(stdout.String()), nil
}

// goMinor extracts 26 from "go1.26.8" or "go1.26rc1".
func goMinor(v string) (int, bool) {
	rest, ok := strings.CutPrefix(v, "go1.")
	if !ok {
		return 0, false
	}
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	n, err := strconv.Atoi(rest[:end])
	return n, err == nil
}

// relevantLines keeps what explains a go build failure: compiler and go
// command errors, not the progress noise; at most 30 lines.
func relevantLines(out string) string {
	var keep []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.HasPrefix(line, "go: downloading") || strings.TrimSpace(line) == "" {
			continue
		}
		keep = append(keep, "  "+line)
	}
	if len(keep) > 30 {
		n := len(keep) - 30
		keep = append(keep[:30], fmt.Sprintf("  ... %d more lines (keep the work directory with --keep-work to see them)", n))
	}
	return strings.Join(keep, "\n")
}
