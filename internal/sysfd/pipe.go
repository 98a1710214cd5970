//go:build unix

package sysfd

import (
	"syscall"

	"golang.org/x/sys/unix"
)

// Pipe returns a pipe whose ends are close-on-exec, for modules that start
// children: only the end a child is handed (dup'ed onto its stdin or
// stdout) reaches it. Not every system has pipe2; holding ForkLock keeps a
// concurrent fork from inheriting the fds before they are marked.
func Pipe() (r, w int, err error) {
	var p [2]int
	syscall.ForkLock.RLock()
	defer syscall.ForkLock.RUnlock()
	if err := unix.Pipe(p[:]); err != nil {
		return -1, -1, err
	}
	unix.CloseOnExec(p[0])
	unix.CloseOnExec(p[1])
	return p[0], p[1], nil
}
