// Package xunix is the part of golang.org/x/sys/unix the native modules
// use, under the same names, so that the modules build for Windows too. On
// Unix systems every name is x/sys/unix's own. On Windows, file and
// directory calls work over handles (fds 0, 1 and 2 stand for the standard
// handles), Win32 errors come back as the syscall package's Unix-named
// errnos, and what has no Windows counterpart (terminal modes, signals to
// other processes, fork-style waits) fails with ENOTSUP.
//
// Modules import it as unix:
//
//	import unix "github.com/gojsc/gojsc/internal/xunix"
package xunix
