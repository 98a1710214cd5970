package os

import (
	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// assetStat is stat's object for an embedded file or directory: its type,
// read-only permissions and size; no device, inode, owner or times.
func (m *module) assetStat(a *jsrt.Asset) goja.Value {
	mode := int64(unix.S_IFREG | 0o444)
	if a.IsDir() {
		mode = unix.S_IFDIR | 0o555
	}
	obj := m.rt.NewObject()
	for _, f := range []struct {
		name  string
		value int64
	}{
		{"dev", 0}, {"ino", 0}, {"mode", mode}, {"nlink", 1}, {"uid", 0}, {"gid", 0}, {"rdev", 0},
		{"size", a.Size()}, {"blocks", (a.Size() + 511) / 512},
		{"atime", 0}, {"mtime", 0}, {"ctime", 0},
	} {
		_ = obj.Set(f.name, f.value)
	}
	return m.pair(obj, nil)
}

// assetReaddir lists an embedded directory as readdir does.
func assetReaddir(a *jsrt.Asset) ([]string, error) {
	if !a.IsDir() {
		return nil, unix.ENOTDIR
	}
	return append([]string{".", ".."}, a.Entries()...), nil
}

// openAsset opens an embedded file for reading; a directory gives
// EISDIR. Writing goes to the real file system: embedded files cannot
// change.
func openAsset(a *jsrt.Asset) (int, error) {
	if a.IsDir() {
		return -1, unix.EISDIR
	}
	return a.OpenFd()
}
