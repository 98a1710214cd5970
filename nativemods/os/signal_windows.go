package os

import "syscall"

// signalSupported reports whether the runtime can deliver sig on Windows:
// only SIGINT (Ctrl-C and Ctrl-Break) reaches a console program.
func signalSupported(sig syscall.Signal) bool { return sig == syscall.SIGINT }
