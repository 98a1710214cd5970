//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package os

import "golang.org/x/sys/unix"

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
