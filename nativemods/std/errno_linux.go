package std

import "strconv"

// unknownErrno is glibc's strerror text for an errno it has no message for.
func unknownErrno(n int) string {
	if n == 0 {
		return "Success"
	}
	return "Unknown error " + strconv.Itoa(n)
}
