//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package spawn

// cloexecAll marks every fd from 3 up close-on-exec, so that a child gets
// only the fds it is handed.
func cloexecAll() { cloexecListed("/dev/fd") }
