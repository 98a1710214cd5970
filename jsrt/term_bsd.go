//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package jsrt

import "golang.org/x/sys/unix"

const ioctlGetTermios = unix.TIOCGETA
