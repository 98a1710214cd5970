package fsimpl

import "golang.org/x/sys/unix"

// statAt stats path (relative to dirfd) or, with an empty path, dirfd
// itself; statx gives the birth time that stat(2) lacks.
func statAt(dirfd int, path string, follow bool) (*statInfo, error) {
	flags := unix.AT_STATX_SYNC_AS_STAT
	if !follow {
		flags |= unix.AT_SYMLINK_NOFOLLOW
	}
	if path == "" {
		flags |= unix.AT_EMPTY_PATH
	}
	var sx unix.Statx_t
	for {
		err := unix.Statx(dirfd, path, flags, unix.STATX_BASIC_STATS|unix.STATX_BTIME, &sx)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		break
	}
	ts := func(t unix.StatxTimestamp) unix.Timespec { return unix.Timespec{Sec: t.Sec, Nsec: int64(t.Nsec)} }
	st := &statInfo{
		dev:     float64(unix.Mkdev(sx.Dev_major, sx.Dev_minor)),
		mode:    float64(sx.Mode),
		nlink:   float64(sx.Nlink),
		uid:     float64(sx.Uid),
		gid:     float64(sx.Gid),
		rdev:    float64(unix.Mkdev(sx.Rdev_major, sx.Rdev_minor)),
		blksize: float64(sx.Blksize),
		ino:     float64(sx.Ino),
		size:    float64(sx.Size),
		blocks:  float64(sx.Blocks),
		atime:   ts(sx.Atime),
		mtime:   ts(sx.Mtime),
		ctime:   ts(sx.Ctime),
	}
	st.birthtime = st.ctime
	if sx.Mask&unix.STATX_BTIME != 0 {
		st.birthtime = ts(sx.Btime)
	}
	return st, nil
}
