//go:build unix && !linux

package jsrt

import (
	"io"
	"os"
	"sync"
)

var urandom = sync.OnceValues(func() (*os.File, error) { return os.Open("/dev/urandom") })

// fillRandom fills b from the system's random source.
func fillRandom(b []byte) error {
	f, err := urandom()
	if err != nil {
		return err
	}
	_, err = io.ReadFull(f, b)
	return err
}
