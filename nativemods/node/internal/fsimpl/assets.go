package fsimpl

import (
	"path"

	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// The program's embedded files (gojsc --embed) are read through
// jsrt.VM.Asset: readFile, stat, lstat, readdir, exists and existsSync
// see them under jsrt.AssetRoot, and at relative paths where no real file
// is. Writes always go to the real file system.

// readAsset is readFile of an embedded file, p the path the script
// gave; a directory gives EISDIR.
func readAsset(a *jsrt.Asset, p string) ([]byte, error) {
	if a.IsDir() {
		return nil, pathErr(unix.EISDIR, "read", p)
	}
	return a.ReadAll()
}

// assetStat is stat's information for an embedded file or directory:
// its type, read-only permissions and size; no device, inode, owner or
// times (all 0, the epoch).
func assetStat(a *jsrt.Asset) *statInfo {
	mode := float64(unix.S_IFREG | 0o444)
	if a.IsDir() {
		mode = unix.S_IFDIR | 0o555
	}
	size := float64(a.Size())
	return &statInfo{mode: mode, nlink: 1, blksize: 4096, size: size, blocks: float64((a.Size() + 511) / 512)}
}

// assetReaddir lists an embedded directory as readdir does, dir being
// the path the script gave.
func (f *FS) assetReaddir(a *jsrt.Asset, dir string, recursive bool) ([]dirent, error) {
	if !a.IsDir() {
		return nil, pathErr(unix.ENOTDIR, "scandir", dir)
	}
	type level struct {
		a   *jsrt.Asset
		rel string
	}
	var out []dirent
	queue := []level{{a, ""}}
	for len(queue) > 0 {
		l := queue[0]
		queue = queue[1:]
		parent := dir
		if l.rel != "" {
			parent = dir + "/" + l.rel
		}
		for _, name := range l.a.Entries() {
			child := f.vm.Asset(path.Join(jsrt.AssetRoot, l.a.Name(), name))
			d := dirent{name: name, base: name, parent: parent, kind: direntFile}
			if l.rel != "" {
				d.name = l.rel + "/" + name
			}
			if child != nil && child.IsDir() {
				d.kind = direntDir
				if recursive {
					queue = append(queue, level{child, d.name})
				}
			}
			out = append(out, d)
		}
	}
	return out, nil
}
