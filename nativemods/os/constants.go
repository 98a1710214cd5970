package os

import (
	"runtime"

	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// constants exports the flags, file types, signal numbers and platform
// name, with the values of the platform the binary was built for.
func constants(e *jsrt.Exports) {
	for _, c := range []struct {
		name  string
		value int
	}{
		{"O_RDONLY", unix.O_RDONLY},
		{"O_WRONLY", unix.O_WRONLY},
		{"O_RDWR", unix.O_RDWR},
		{"O_APPEND", unix.O_APPEND},
		{"O_CREAT", unix.O_CREAT},
		{"O_EXCL", unix.O_EXCL},
		{"O_TRUNC", unix.O_TRUNC},

		{"S_IFMT", unix.S_IFMT},
		{"S_IFIFO", unix.S_IFIFO},
		{"S_IFCHR", unix.S_IFCHR},
		{"S_IFDIR", unix.S_IFDIR},
		{"S_IFBLK", unix.S_IFBLK},
		{"S_IFREG", unix.S_IFREG},
		{"S_IFSOCK", unix.S_IFSOCK},
		{"S_IFLNK", unix.S_IFLNK},
		{"S_ISGID", unix.S_ISGID},
		{"S_ISUID", unix.S_ISUID},

		{"WNOHANG", unix.WNOHANG},

		{"SIGINT", int(unix.SIGINT)},
		{"SIGABRT", int(unix.SIGABRT)},
		{"SIGFPE", int(unix.SIGFPE)},
		{"SIGILL", int(unix.SIGILL)},
		{"SIGSEGV", int(unix.SIGSEGV)},
		{"SIGTERM", int(unix.SIGTERM)},
		{"SIGQUIT", int(unix.SIGQUIT)},
		{"SIGPIPE", int(unix.SIGPIPE)},
		{"SIGALRM", int(unix.SIGALRM)},
		{"SIGUSR1", int(unix.SIGUSR1)},
		{"SIGUSR2", int(unix.SIGUSR2)},
		{"SIGCHLD", int(unix.SIGCHLD)},
		{"SIGCONT", int(unix.SIGCONT)},
		{"SIGSTOP", int(unix.SIGSTOP)},
		{"SIGTSTP", int(unix.SIGTSTP)},
		{"SIGTTIN", int(unix.SIGTTIN)},
		{"SIGTTOU", int(unix.SIGTTOU)},
	} {
		e.Set(c.name, c.value)
	}
	e.Set("platform", runtime.GOOS)
}
