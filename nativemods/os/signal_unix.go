//go:build unix

package os

import "syscall"

// signalSupported reports true: every signal can be watched on Unix.
func signalSupported(sig syscall.Signal) bool { return true }
