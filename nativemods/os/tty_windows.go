package os

// The termios requests, never made: the calls fail with ENOTSUP first.
const (
	ioctlGetTermios = 0
	ioctlSetTermios = 0
)
