//go:build openbsd || dragonfly

package fsimpl

import "golang.org/x/sys/unix"

// birthTime is the change time where stat(2) has no birth time, as in
// Node on those systems.
func birthTime(st *unix.Stat_t) unix.Timespec { return st.Ctim }
