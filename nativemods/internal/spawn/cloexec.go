//go:build unix

package spawn

import (
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// cloexecListed marks close-on-exec every fd ≥ 3 listed in dir (a
// /proc/self/fd or /dev/fd), or, when dir cannot be read, the fds below
// 1024 as QuickJS closes them.
func cloexecListed(dir string) {
	f, err := os.Open(dir)
	if err == nil {
		names, err := f.Readdirnames(-1)
		f.Close()
		if err == nil && len(names) > 3 {
			for _, n := range names {
				if fd, err := strconv.Atoi(n); err == nil && fd >= 3 {
					unix.CloseOnExec(fd)
				}
			}
			return
		}
	}
	for fd := 3; fd < 1024; fd++ {
		unix.CloseOnExec(fd)
	}
}
