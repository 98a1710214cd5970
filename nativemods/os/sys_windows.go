package os

import (
	"syscall"

	unix "github.com/gojsc/gojsc/internal/xunix"
)

// dup2 is not supported on Windows, where fds are handles.
func dup2(oldfd, newfd int) error { return syscall.EWINDOWS }

func statAtime(st *unix.Stat_t) unix.Timespec { return st.Atim }
func statMtime(st *unix.Stat_t) unix.Timespec { return st.Mtim }
func statCtime(st *unix.Stat_t) unix.Timespec { return st.Ctim }
