//go:build unix

package jsrt

import (
	"os"

	"golang.org/x/sys/unix"
)

// nonblocking reports whether f is in non-blocking mode, as os.Pipe's
// files are: the script's read(2) and write(2) on it would fail with
// EAGAIN, so the run reaches it through a pipe of its own. The process's
// own stdio is used as it is whatever its mode, as a C program would.
func nonblocking(f *os.File) bool {
	if f == os.Stdin || f == os.Stdout || f == os.Stderr {
		return false
	}
	rc, err := f.SyscallConn()
	if err != nil {
		return false
	}
	nb := false
	_ = rc.Control(func(fd uintptr) {
		fl, err := unix.FcntlInt(fd, unix.F_GETFL, 0)
		nb = err == nil && fl&unix.O_NONBLOCK != 0
	})
	return nb
}
