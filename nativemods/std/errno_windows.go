package std

import "strconv"

// unknownErrno is the text for an errno with no message.
func unknownErrno(n int) string { return "Unknown error " + strconv.Itoa(n) }
