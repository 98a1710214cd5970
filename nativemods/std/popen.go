package std

import (
	"fmt"

	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
)

// popen starts command through /bin/sh -c with a pipe to its stdout (mode
// "r") or its stdin (mode "w"), as C's popen does, and returns our end of
// the pipe and the child's pid. Only the pipe end and fds 0-2 reach the
// child.
func (m *module) popen(command, mode string) (fd, pid int, err error) {
	if mode != "r" && mode != "w" {
		return -1, 0, unix.EINVAL
	}
	r, w, err := sysfd.Pipe()
	if err != nil {
		return -1, 0, fmt.Errorf("popen %q: pipe: %w", command, err)
	}
	ours, theirs := r, w
	vm := m.vm
	files := [3]int{vm.Fd(0), theirs, vm.Fd(2)}
	if mode == "w" {
		ours, theirs = w, r
		files = [3]int{theirs, vm.Fd(1), vm.Fd(2)}
	}
	sh, argv := spawn.Shell(command)
	pid, err = spawn.Start(sh, argv, &spawn.Attr{Files: files, Env: vm.Environ()})
	_ = unix.Close(theirs)
	if err != nil {
		_ = unix.Close(ours)
		return -1, 0, fmt.Errorf("popen %q: %w", command, err)
	}
	return ours, pid, nil
}

// waitChild waits for the popen child pid and returns its raw wait status
// (exit status 3 is 768), as pclose does.
func waitChild(pid int) (int, error) {
	ws, err := spawn.Wait(pid)
	if err != nil {
		return 0, fmt.Errorf("waiting for popen child %d: %w", pid, err)
	}
	return int(ws), nil
}
