//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package std

import "strconv"

// unknownErrno is the BSD libc's strerror text for an errno it has no
// message for.
func unknownErrno(n int) string {
	if n == 0 {
		return "Undefined error: 0"
	}
	return "Unknown error: " + strconv.Itoa(n)
}
