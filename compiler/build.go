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
	"path/filepath"
	"strconv"
	"strings"
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
	cmd := exec.CommandContext(ctx, path, "env", "GOVERSION")
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

// build runs go build in the generated package dir and moves the executable
// to out atomically: a failed build leaves a previous out untouched.
func build(ctx context.Context, goPath, dir, out string, opts *Options) error {
	tmpBin := filepath.Join(dir, "gojsc-app.bin")
	cmd := exec.CommandContext(ctx, goPath, GoBuildArgs(tmpBin)...)
	cmd.Dir = dir
	cmd.Env = GoBuildEnv(opts.Target)
	var output bytes.Buffer
	cmd.Stdout = &output
	cmd.Stderr = &output
	cmd.WaitDelay = 5 * time.Second // a killed go must not hang us on its children's pipes
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
// and a rename, so dst is never seen half-written.
func installFile(src, dst string) (err error) {
	in, err := os.Open(src)
	if err != nil {
		return fmt.Errorf("reading the built executable: %w", err)
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), "."+filepath.Base(dst)+".tmp-*")
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
	if err = tmp.Chmod(0o755); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	if err = os.Rename(tmp.Name(), dst); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
	}
	return nil
}
