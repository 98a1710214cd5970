//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package fsimpl

import "golang.org/x/sys/unix"

// statAt stats path (relative to dirfd) or, with an empty path, dirfd
// itself.
func statAt(dirfd int, path string, follow bool) (*statInfo, error) {
	var st unix.Stat_t
	var err error
	for {
		switch {
		case path == "":
			err = unix.Fstat(dirfd, &st)
		case follow:
			err = unix.Fstatat(dirfd, path, &st, 0)
		default:
			err = unix.Fstatat(dirfd, path, &st, unix.AT_SYMLINK_NOFOLLOW)
		}
		if err != unix.EINTR {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	return &statInfo{
		dev:       float64(st.Dev),
		mode:      float64(st.Mode),
		nlink:     float64(st.Nlink),
		uid:       float64(st.Uid),
		gid:       float64(st.Gid),
		rdev:      float64(st.Rdev),
		blksize:   float64(st.Blksize),
		ino:       float64(st.Ino),
		size:      float64(st.Size),
		blocks:    float64(st.Blocks),
		atime:     st.Atim,
		mtime:     st.Mtim,
		ctime:     st.Ctim,
		birthtime: birthTime(&st),
	}, nil
}
