//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package os

import "golang.org/x/sys/unix"

// pipe makes a pipe; with no pipe2 on every BSD the close-on-exec flag is
// set after the fact, which is safe since exec runs on the loop goroutine.
func pipe() (r, w int, err error) {
	var p [2]int
	if err = unix.Pipe(p[:]); err != nil {
		return 0, 0, err
	}
	unix.CloseOnExec(p[0])
	unix.CloseOnExec(p[1])
	return p[0], p[1], nil
}

func dup2(oldfd, newfd int) error {
	if err := unix.Dup2(oldfd, newfd); err != nil {
		return err
	}
	unix.CloseOnExec(newfd)
	return nil
}

func statAtime(st *unix.Stat_t) unix.Timespec { return st.Atim }
func statMtime(st *unix.Stat_t) unix.Timespec { return st.Mtim }
func statCtime(st *unix.Stat_t) unix.Timespec { return st.Ctim }

// cloexecAll marks every fd from 3 up close-on-exec, so that a child gets
// only the fds exec hands it.
func cloexecAll() { cloexecListed("/dev/fd") }
