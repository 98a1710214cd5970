//go:build unix && !linux

package jsrt

import (
	"os"

	"golang.org/x/sys/unix"
)

// assetFd returns an fd of an unlinked temporary file holding data, at
// offset 0, opened read-only so that writes to it fail.
func assetFd(name string, data []byte) (int, error) {
	f, err := os.CreateTemp("", "gojsc-asset-*")
	if err != nil {
		return -1, err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	if _, err := f.Write(data); err != nil {
		return -1, err
	}
	return unix.Open(f.Name(), unix.O_RDONLY|unix.O_CLOEXEC, 0)
}
