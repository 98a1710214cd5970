//go:build !unix

package jsrt

import "errors"

// assetFd is not available on this system: embedded files are read
// whole (Asset.ReadAll) there.
func assetFd(name string, data []byte) (int, error) {
	return -1, errors.ErrUnsupported
}
