//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package runtime

import "golang.org/x/sys/unix"

const ioctlGetTermios = unix.TIOCGETA
