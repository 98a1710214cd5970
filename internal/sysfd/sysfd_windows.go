package sysfd

import (
	"syscall"

	"golang.org/x/sys/windows"
)

// Handle returns the Windows handle behind fd. Scripts see handles as fd
// numbers: 0, 1 and 2 stand for the process's standard handles, any other
// number is the handle itself. Handles are multiples of four, so they never
// collide with 1 and 2, and 0 is never a valid one.
func Handle(fd int) syscall.Handle {
	switch fd {
	case 0:
		return syscall.Stdin
	case 1:
		return syscall.Stdout
	case 2:
		return syscall.Stderr
	}
	return syscall.Handle(fd)
}

// IsTerminal reports whether fd refers to a console.
func IsTerminal(fd int) bool {
	var mode uint32
	return windows.GetConsoleMode(windows.Handle(Handle(fd)), &mode) == nil
}

// Pipe returns an anonymous pipe; its handles are not inheritable, so only
// the end a child is explicitly handed reaches it.
func Pipe() (r, w int, err error) {
	var p [2]syscall.Handle
	if err := syscall.Pipe(p[:]); err != nil {
		return -1, -1, err
	}
	return int(p[0]), int(p[1]), nil
}
