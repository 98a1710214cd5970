//go:build unix

// Package spawn starts the child processes of the native modules, so that
// os.exec, std.popen and the process module find programs by the same PATH
// rules, hand a child the same fds and wait for it the same way. Each
// module keeps its own status encoding.
package spawn

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// Attr says how to start a child.
type Attr struct {
	// Dir is the child's working directory; empty means ours.
	Dir string
	// Env is the child's environment; nil means ours.
	Env []string
	// Files are the parent's fds that become the child's stdin, stdout and
	// stderr. No other fd reaches the child.
	Files [3]int
	// Cred, when set, is the user and group the child runs as.
	Cred *Credential
}

// Credential is the user and group a child runs as.
type Credential = syscall.Credential

// WaitStatus is a child's wait status, in the Unix encoding.
type WaitStatus = unix.WaitStatus

// Shell returns the program and argv that run command with the system's
// shell: /bin/sh -c.
func Shell(command string) (path string, argv []string) {
	return "/bin/sh", []string{"sh", "-c", command}
}

// LookPath finds file in the directories of $PATH (/bin:/usr/bin when
// unset) as execvp(3) does: a name with a slash is used as it is, an empty
// entry means the working directory, and a match that is not executable
// is skipped, failing with EACCES if nothing else matches.
func LookPath(file string, lookupEnv func(string) (string, bool)) (string, error) {
	if file == "" {
		return "", unix.ENOENT
	}
	if strings.Contains(file, "/") {
		return file, nil
	}
	dirs, ok := lookupEnv("PATH")
	if !ok {
		dirs = "/bin:/usr/bin"
	}
	denied := false
	for _, dir := range filepath.SplitList(dirs) {
		if dir == "" {
			dir = "."
		}
		p := dir + "/" + file
		var st unix.Stat_t
		if unix.Stat(p, &st) != nil || st.Mode&unix.S_IFMT == unix.S_IFDIR {
			continue
		}
		if unix.Access(p, unix.X_OK) != nil {
			denied = true
			continue
		}
		return p, nil
	}
	if denied {
		return "", unix.EACCES
	}
	return "", unix.ENOENT
}

// Start starts the program at path (no PATH lookup: see LookPath) with
// argv and returns its pid. Every fd of ours from 3 up is marked
// close-on-exec first, however it was opened, so only attr.Files reach the
// child.
//
// Starting a child takes two fds for a moment (Go's fork reports exec
// failures through a pipe). When none are left, Start gives up the two it
// holds in reserve for this and tries again, as a C program's fork would
// have needed none.
func Start(path string, argv []string, attr *Attr) (int, error) {
	env := attr.Env
	if env == nil {
		env = os.Environ()
	}
	pa := &syscall.ProcAttr{
		Dir:   attr.Dir,
		Env:   env,
		Files: []uintptr{uintptr(attr.Files[0]), uintptr(attr.Files[1]), uintptr(attr.Files[2])},
		Sys:   &syscall.SysProcAttr{Credential: attr.Cred},
	}
	cloexecAll()
	pid, err := syscall.ForkExec(path, argv, pa)
	if outOfFds(err) {
		reserve.Lock()
		defer reserve.Unlock()
		reserve.release()
		defer reserve.fill()
		pid, err = syscall.ForkExec(path, argv, pa)
	}
	return pid, err
}

// Wait waits for the child pid to end and returns its status, retrying
// when a signal interrupts the wait.
func Wait(pid int) (WaitStatus, error) {
	var ws WaitStatus
	for {
		r, err := unix.Wait4(pid, &ws, 0, nil)
		if err == unix.EINTR || (err == nil && r != pid) {
			continue
		}
		return ws, err
	}
}

// Reserve sets aside the fds Start falls back on when the process has
// none left. Modules that start children call it when they are loaded,
// while fds are free; later calls do nothing.
func Reserve() {
	reserveOnce.Do(func() {
		reserve.Lock()
		defer reserve.Unlock()
		reserve.fill()
	})
}

// reservedFds are fds held open only to be closed when starting a child
// finds none left. They are process-wide, as the fd table is.
type reservedFds struct {
	sync.Mutex
	fds []int
}

var (
	reserve     reservedFds
	reserveOnce sync.Once
)

// reserveSize is how many fds Go's fork needs: one pipe.
const reserveSize = 2

func (r *reservedFds) fill() {
	for len(r.fds) < reserveSize {
		fd, err := unix.Open("/dev/null", unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err != nil {
			return
		}
		r.fds = append(r.fds, fd)
	}
}

func (r *reservedFds) release() {
	for _, fd := range r.fds {
		_ = unix.Close(fd)
	}
	r.fds = r.fds[:0]
}

func outOfFds(err error) bool {
	return errors.Is(err, unix.EMFILE) || errors.Is(err, unix.ENFILE)
}
