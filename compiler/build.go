package compiler

import (
	"bytes"
	"context"
	"debug/buildinfo"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// minGo is the oldest Go release that builds gojsc programs.
const minGo = 26

// goInstallHint tells a user without a usable toolchain what to do.
const goInstallHint = "gojsc builds executables with the Go toolchain: install Go 1.26 or later (https://go.dev/doc/install, or your system's package manager) and make sure `go` is on PATH"

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
	cmd := command(ctx, path, "env", "GOVERSION")
	cmd.Dir = os.TempDir()
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOWORK=off")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && len(ee.Stderr) > 0 {
			err = fmt.Errorf("%v: %s", err, strings.TrimSpace(string(ee.Stderr)))
		}
		return "", fmt.Errorf("%w: running %s env GOVERSION: %v. %s", ErrNoGo, path, err, goInstallHint)
	}
	return strings.TrimSpace(string(out)), nil
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

// stopDelay is how long a cancelled command has to exit after SIGINT
// before it and everything it started get SIGKILL.
const stopDelay = 300 * time.Millisecond

// command prepares a program (the go command, or one it built) to run
// under ctx in a process group of its own. Cancelling ctx interrupts the
// group, as Ctrl-C at a terminal would, so that the go command removes its
// temporary files and its compilers and linkers stop at once; whatever is
// still there after stopDelay is killed.
func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		pgid := cmd.Process.Pid
		if err := syscall.Kill(-pgid, syscall.SIGINT); err != nil {
			return cmd.Process.Kill()
		}
		time.AfterFunc(stopDelay, func() { syscall.Kill(-pgid, syscall.SIGKILL) })
		return nil
	}
	// A killed process must not hang Wait on pipes its children hold.
	cmd.WaitDelay = 2 * stopDelay
	return cmd
}

// goTempDir makes a directory for the go command's temporary files,
// which the caller removes: the go command leaves them behind when a
// signal stops it.
func goTempDir() (string, error) {
	dir, err := os.MkdirTemp("", "gojsc-gotmp-")
	if err != nil {
		return "", fmt.Errorf("creating a temporary directory: %w", err)
	}
	return dir, nil
}

// build runs go build in the generated package dir and moves the executable
// to out atomically: a failed build leaves a previous out untouched.
func build(ctx context.Context, goPath, dir, out string, opts *Options) error {
	tmpBin := filepath.Join(dir, "gojsc-app.bin")
	gotmp, err := goTempDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(gotmp)
	cmd := command(ctx, goPath, GoBuildArgs(tmpBin)...)
	cmd.Dir = dir
	cmd.Env = append(GoBuildEnv(opts.Target), "GOTMPDIR="+gotmp)
	var output bytes.Buffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		where := "(keep the generated package with --keep-work DIR to look into it)"
		if opts.KeepWork != "" {
			where = "in " + dir
		}
		return fmt.Errorf("%w %s:\n%s", ErrGoBuild, where, relevantLines(output.String()))
	}
	return installFile(tmpBin, out)
}

// GoBuildArgs are the go command's arguments that build the package in the
// working directory into out: stripped, with no build ID, VCS stamp or
// builder's paths, so the same input gives the same bytes.
func GoBuildArgs(out string) []string {
	return []string{"build", "-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid=", "-o", out, "."}
}

// GoBuildEnv is the environment gojsc runs the go command in: the user's,
// with the toolchain pinned to the local one, no workspace, no cgo, and the
// target ("GOOS/GOARCH", or "" for this machine).
func GoBuildEnv(target string) []string {
	env := os.Environ()
	env = append(env, "GOTOOLCHAIN=local", "GOWORK=off", "CGO_ENABLED=0", "GOFLAGS=-mod=mod")
	if goos, goarch, ok := strings.Cut(target, "/"); ok {
		env = append(env, "GOOS="+goos, "GOARCH="+goarch)
	}
	return env
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

// installFile copies src to dst through a temporary file in dst's directory
// and a rename, so dst is never seen half-written. Like go build, it
// replaces only a regular file (a symbolic link to one is replaced itself)
// and gives the executable the mode 0777 less the umask.
func installFile(src, dst string) (err error) {
	if err := checkOutput(dst); err != nil {
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("reading the built executable: %w", err)
	}
	defer in.Close()
	tmp, err := createTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-", 0o777)
	if err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = io.Copy(tmp, in); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	// Checked again: something else may have appeared there during the build.
	if err = checkOutput(dst); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return nil
}

// checkOutput refuses an output path that holds anything but a regular
// file: replacing a device, a FIFO or a directory with the executable
// would destroy it (a build run as root once replaced /dev/null).
func checkOutput(out string) error {
	fi, err := os.Lstat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("checking the output %s: %w", out, err)
	}
	what := ""
	if fi.Mode()&fs.ModeSymlink != 0 {
		target, err := os.Stat(out)
		if err != nil {
			return nil // a dangling link is replaced, as go build does
		}
		fi = target
		what = "a symbolic link to "
	}
	if fi.Mode().IsRegular() {
		return nil
	}
	return badOption("output %s is %s%s; gojsc replaces only regular files: choose another -o", out, what, fileKind(fi.Mode()))
}

// createTemp creates a new file in dir whose name starts with prefix, with
// perm less the umask: os.CreateTemp's 0600 would hide the umask, which
// the mode of a new executable must follow.
func createTemp(dir, prefix string, perm fs.FileMode) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 36))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("creating a temporary file in %s: too many name collisions", dir)
}
