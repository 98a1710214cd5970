package runtime

// IsTerminal reports whether fd refers to a terminal. The std module asks
// it of fd 0 so that a blocking read from a terminal flushes stdout first,
// as C's stdio does, and a prompt written without a newline is seen.
func IsTerminal(fd int) bool { return isTerminal(fd) }
