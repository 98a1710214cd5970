package spawn

import "golang.org/x/sys/unix"

// cloexecAll marks every fd from 3 up close-on-exec, so that a child gets
// only the fds it is handed, whoever opened the others and however.
func cloexecAll() {
	if unix.CloseRange(3, ^uint(0), unix.CLOSE_RANGE_CLOEXEC) == nil {
		return
	}
	cloexecListed("/proc/self/fd")
}
