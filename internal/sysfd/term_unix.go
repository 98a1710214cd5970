//go:build unix

package sysfd

import "golang.org/x/sys/unix"

// IsTerminal reports whether fd refers to a terminal (isatty).
func IsTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}
