//go:build unix

package sigdefault

import (
	"runtime"
	"syscall"
)

// TerminatesByDefault reports whether sig ends a process by default but is
// caught and dropped by the Go runtime once no one is notified of it. For
// those, restoring "the default" makes the process exit as a shell reports
// a death by signal (status 128 + sig), after flushing its output; the
// others (SIGINT, SIGTERM, SIGHUP, stop and ignore-by-default signals) get
// their real default action back.
func TerminatesByDefault(sig syscall.Signal) bool {
	switch sig {
	// Not SIGPIPE: with no one notified, Go's own default kills the
	// process when a write to stdout or stderr hits a closed pipe.
	case syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
		syscall.SIGVTALRM, syscall.SIGXCPU, syscall.SIGXFSZ, syscall.SIGIO:
		return true
	}
	// Real-time signals, past the two the C library keeps for itself.
	return runtime.GOOS == "linux" && sig >= 34
}
