package compiler

import (
	"context"
	"os/exec"
	"time"
)

// command prepares a program (the go command, or one it built) to run
// under ctx; cancelling ctx kills it. Windows has no process groups to
// interrupt as Ctrl-C would.
func command(ctx context.Context, name string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.WaitDelay = time.Second
	return cmd
}
