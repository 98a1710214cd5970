//go:build unix && !linux

package jsrt

import "golang.org/x/sys/unix"

// totalMemory returns the machine's RAM; 0 if unknown.
func totalMemory() int64 {
	for _, name := range []string{"hw.memsize", "hw.physmem64", "hw.physmem"} {
		if v, err := unix.SysctlUint64(name); err == nil && v > 0 {
			return int64(v)
		}
	}
	return 0
}
