package os

import "golang.org/x/sys/unix"

func dup2(oldfd, newfd int) error { return unix.Dup3(oldfd, newfd, unix.O_CLOEXEC) }

func statAtime(st *unix.Stat_t) unix.Timespec { return st.Atim }
func statMtime(st *unix.Stat_t) unix.Timespec { return st.Mtim }
func statCtime(st *unix.Stat_t) unix.Timespec { return st.Ctim }

// cloexecAll marks every fd from 3 up close-on-exec, so that a child gets
// only the fds exec hands it, whoever opened the others and however.
func cloexecAll() {
	if unix.CloseRange(3, ^uint(0), unix.CLOSE_RANGE_CLOEXEC) == nil {
		return
	}
	cloexecListed("/proc/self/fd")
}
