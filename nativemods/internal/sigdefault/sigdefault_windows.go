package sigdefault

import "syscall"

// TerminatesByDefault reports false: on Windows only SIGINT reaches a
// program, and it gets its real default action back.
func TerminatesByDefault(sig syscall.Signal) bool { return false }
