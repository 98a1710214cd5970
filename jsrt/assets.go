package jsrt

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"syscall"
)

// AssetRoot is the directory under which a program's embedded files
// (Program.Files, gojsc --embed) appear to the native modules that read
// files: the file embedded as "assets/logo.png" is
// "/$gojsc/assets/logo.png". No real file system has such a directory, so
// a path under it always means an embedded file. A relative path that
// names an embedded file ("assets/logo.png") reads it too, but only when
// no real file is at that path: a file on disk, such as one the program
// wrote, comes first.
const AssetRoot = "/$gojsc"

// An Asset is an embedded file or directory (see [VM.Asset]). Its methods
// may be called from any goroutine.
type Asset struct {
	fsys fs.FS
	// name is the path in fsys: "." for the root, else slash-separated.
	name    string
	dir     bool
	size    int64
	entries []string // a directory's names, sorted
}

// Name is the asset's path under AssetRoot, slash-separated ("." for
// AssetRoot itself).
func (a *Asset) Name() string { return a.name }

// IsDir reports whether the asset is a directory.
func (a *Asset) IsDir() bool { return a.dir }

// Size is a file's size in bytes; 0 for a directory.
func (a *Asset) Size() int64 { return a.size }

// Mode is the asset's mode: read-only for everyone, a directory
// searchable too.
func (a *Asset) Mode() fs.FileMode {
	if a.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}

// Entries are a directory's names, sorted; nil for a file.
func (a *Asset) Entries() []string { return a.entries }

// ReadAll returns a copy of a file's bytes.
func (a *Asset) ReadAll() ([]byte, error) {
	if a.dir {
		return nil, &fs.PathError{Op: "read", Path: path.Join(AssetRoot, a.name), Err: syscall.EISDIR}
	}
	return fs.ReadFile(a.fsys, a.name)
}

// OpenFd returns a new close-on-exec fd, owned by the caller, that reads
// the file's bytes from offset 0 and can seek: a sealed memfd on Linux, an
// unlinked temporary file elsewhere. Writes to it fail.
func (a *Asset) OpenFd() (int, error) {
	data, err := a.ReadAll()
	if err != nil {
		return -1, err
	}
	fd, err := assetFd(a.name, data)
	if err != nil {
		return -1, fmt.Errorf("opening embedded file %s: %w", a.name, err)
	}
	return fd, nil
}

// assetIndex is every embedded file and directory of a run, by name,
// built once at the first lookup and shared by the run's VMs.
type assetIndex struct {
	once   sync.Once
	byName map[string]*Asset
	err    error
}

// build walks fsys into the index.
func (x *assetIndex) build(fsys fs.FS) {
	x.byName = map[string]*Asset{}
	x.err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		a := &Asset{fsys: fsys, name: name, dir: d.IsDir()}
		if !a.dir {
			info, err := d.Info()
			if err != nil {
				return err
			}
			a.size = info.Size()
		}
		x.byName[name] = a
		if name != "." {
			parent := x.byName[path.Dir(name)]
			parent.entries = append(parent.entries, path.Base(name))
		}
		return nil
	})
	for _, a := range x.byName {
		slices.Sort(a.entries)
	}
}

// Asset returns the embedded file or directory that p names for reading,
// or nil when it names none and the real file system applies: p is under
// AssetRoot, or relative to the working directory, naming an embedded
// file where no real file is. A native module that reads files (std's
// loadFile and open for reading, os's stat and readdir, Node's fs) asks
// here first. It may be called from any goroutine.
func (vm *VM) Asset(p string) *Asset {
	if vm.prog == nil || vm.prog.Files == nil || p == "" {
		return nil
	}
	x := &vm.compiled.assets
	x.once.Do(func() { x.build(vm.prog.Files) })
	if x.err != nil {
		return nil
	}
	if rest, ok := strings.CutPrefix(p, AssetRoot); ok && (rest == "" || rest[0] == '/') {
		name := strings.TrimPrefix(path.Clean("/"+rest), "/")
		if name == "" {
			name = "."
		}
		return x.byName[name]
	}
	if path.IsAbs(p) {
		return nil
	}
	name := path.Clean(p)
	if name == "." || name == ".." || strings.HasPrefix(name, "../") {
		return nil
	}
	a := x.byName[name]
	if a == nil {
		return nil
	}
	if _, err := os.Lstat(p); !errors.Is(err, fs.ErrNotExist) {
		return nil // a real file (or an error other than its absence) wins
	}
	return a
}
