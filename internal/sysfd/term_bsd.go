//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package sysfd

import "golang.org/x/sys/unix"

const ioctlGetTermios = unix.TIOCGETA
