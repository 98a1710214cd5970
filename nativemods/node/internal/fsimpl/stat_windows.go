package fsimpl

import (
	"syscall"

	unix "github.com/gojsc/gojsc/internal/xunix"
)

// statAt stats path or, with an empty path, the handle dirfd; a path must
// be absolute or relative to the working directory (dirfd AT_FDCWD).
func statAt(dirfd int, path string, follow bool) (*statInfo, error) {
	var st unix.Stat_t
	var err error
	switch {
	case path == "":
		err = unix.Fstat(dirfd, &st)
	case dirfd != unix.AT_FDCWD:
		err = syscall.EINVAL
	case follow:
		err = unix.Stat(path, &st)
	default:
		err = unix.Lstat(path, &st)
	}
	if err != nil {
		return nil, err
	}
	return &statInfo{
		dev:       float64(st.Dev),
		mode:      float64(st.Mode),
		nlink:     float64(st.Nlink),
		blksize:   float64(st.Blksize),
		ino:       float64(st.Ino),
		size:      float64(st.Size),
		blocks:    float64(st.Blocks),
		atime:     st.Atim,
		mtime:     st.Mtim,
		ctime:     st.Ctim,
		birthtime: st.Btim,
	}, nil
}
