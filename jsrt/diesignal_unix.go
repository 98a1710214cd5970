//go:build unix

package jsrt

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// DieBySignal, as a Config.OnFatalSignal, lets sig end the process as it
// would have without the runtime watching it, so that the parent sees a
// death by sig. SIGQUIT, whose Go default dumps goroutines, ends the run
// with status 128+3 instead.
func DieBySignal(sig os.Signal) {
	if sig == syscall.SIGQUIT {
		return
	}
	signal.Reset(sig)
	_ = syscall.Kill(os.Getpid(), sig.(syscall.Signal))
	time.Sleep(time.Second) // the signal ends the process; if not, the run ends
}
