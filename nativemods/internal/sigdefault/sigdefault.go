// Package sigdefault gives a signal its default action back on a run's
// loop once the script stops handling it, for the modules that let a
// script handle signals (os.signal, process.on("SIGINT")).
package sigdefault

import (
	"syscall"

	"github.com/gojsc/gojsc/jsrt"
)

// Restore gives sig its default action back in vm's run.
func Restore(vm *jsrt.VM, sig syscall.Signal) {
	if TerminatesByDefault(sig) {
		vm.Loop().Signal(sig, func() { vm.Exit(128 + int(sig)) }, false)
		return
	}
	vm.Loop().Signal(sig, nil, false)
}
