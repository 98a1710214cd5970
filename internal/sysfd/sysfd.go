// Package sysfd holds the file-descriptor helpers the runtime and the
// native modules share: close-on-exec pipes, isatty and errno extraction.
// Module authors reach the same things through the jsrt package's VM.
package sysfd

import (
	"errors"
	"syscall"
)

// Errno returns the errno inside err, or def when it holds none: the number
// QuickJS-style functions return negated on failure.
func Errno(err error, def syscall.Errno) int {
	var e syscall.Errno
	if errors.As(err, &e) {
		return int(e)
	}
	return int(def)
}
