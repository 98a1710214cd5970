//go:build unix

package compiler

import (
	"context"
	"os/exec"
	"syscall"
	"time"
)

// stopDelay is how long a cancelled command has to exit after SIGINT
// before it and everything it started get SIGKILL.
const stopDelay = 300 * time.Millisecond

// command prepares a program (the go command, or one it built) to run
// under ctx in a process group of its own. Cancelling ctx interrupts the
// group, as Ctrl-C at a terminal would, so that the go command removes its
// temporary files and its compilers and linkers stop at once; whatever is
// still there after stopDelay is killed.
func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		pgid := cmd.Process.Pid
		if err := syscall.Kill(-pgid, syscall.SIGINT); err != nil {
			return cmd.Process.Kill()
		}
		time.AfterFunc(stopDelay, func() { syscall.Kill(-pgid, syscall.SIGKILL) })
		return nil
	}
	// A killed process must not hang Wait on pipes its children hold.
	cmd.WaitDelay = 2 * stopDelay
	return cmd
}
