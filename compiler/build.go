package compiler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
)

// buildJob is what the Build stage needs: the generated package and where
// the executable goes.
type buildJob struct {
	// dir holds the generated package.
	dir string
	// out is the executable to write.
	out string
	// user are the user's native modules, checked before the build.
	user []userLink
	// goos and goarch are the target; "" for this machine.
	goos, goarch string
	// kept says dir stays after the build (--keep-work), for messages.
	kept bool
	// flags are the go build flags (see programFlags).
	flags []string
	// progress, if set, is told how many packages go build has compiled
	// and how many it has to (0 until known).
	progress func(compiled, total int)
}

// countDelay is how long go build runs before the packages it has to
// compile are counted: a warm build is done by then and costs nothing
// more.
var countDelay = time.Second

// cross reports whether the build is for another system than this one.
func (j buildJob) cross() bool {
	return j.goos != "" && (j.goos != runtime.GOOS || j.goarch != runtime.GOARCH)
}

// build checks the user's native modules, runs go build in the generated
// package and moves the executable to its place atomically: a failed build
// leaves a previous executable untouched.
func build(ctx context.Context, g goCmd, j buildJob) error {
	if err := checkModules(ctx, g, j); err != nil {
		return err
	}
	tmpBin := filepath.Join(j.dir, "gojsc-app.bin")
	if j.progress != nil {
		stop := countPackages(ctx, &g, j)
		defer stop()
	}
	out, err := g.build(ctx, j.dir, programBuildFlags(j.flags, tmpBin), j.goos, j.goarch)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		where := "(keep the generated package with --keep-work DIR to look into it)"
		if j.kept {
			where = "in " + j.dir
		}
		if len(g.flags) > 0 {
			where = "with the extra flags " + strings.Join(g.flags, " ") + " " + where
		}
		return fmt.Errorf("%w %s:\n%s", ErrGoBuild, where, relevantLines(string(out)))
	}
	return installFile(tmpBin, j.out)
}

// countPackages makes g's build report its progress to j.progress: each
// package compiled, and, once the build has run for countDelay, how many
// it has to compile in all: those compiled already and those go list
// finds stale, the packages being compiled being both. The function
// returned ends the reports.
func countPackages(ctx context.Context, g *goCmd, j buildJob) (stop func()) {
	var mu sync.Mutex
	compiled := map[string]bool{}
	total, done := 0, false
	g.compiled = func(pkg string) {
		mu.Lock()
		defer mu.Unlock()
		if done || compiled[pkg] {
			return
		}
		compiled[pkg] = true
		if total > 0 {
			total = max(total, len(compiled))
		}
		j.progress(len(compiled), total)
	}
	listCtx, cancel := context.WithCancel(ctx)
	timer := time.AfterFunc(countDelay, func() {
		stale, err := g.stalePackages(listCtx, j.dir, j.flags, j.goos, j.goarch)
		mu.Lock()
		defer mu.Unlock()
		if err != nil || done {
			return
		}
		all := len(compiled)
		for _, pkg := range stale {
			if !compiled[pkg] {
				all++
			}
		}
		total = all
		j.progress(len(compiled), total)
	})
	return func() {
		timer.Stop()
		cancel()
		mu.Lock()
		done = true
		mu.Unlock()
	}
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
	if err := os.MkdirAll(filepath.Dir(dst), 0o777); err != nil {
		return fmt.Errorf("writing %s: %w", dst, err)
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
