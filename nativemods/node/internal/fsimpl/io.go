package fsimpl

import (
	"io"
	"os"

	unix "github.com/gojsc/gojsc/internal/xunix"
)

// System call helpers that retry on EINTR, as libuv does.

func openFile(path string, flags int, mode uint32) (int, error) {
	for {
		fd, err := unix.Open(path, flags|unix.O_CLOEXEC, mode)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

func closeFd(fd int) error {
	err := unix.Close(fd)
	if err == unix.EINTR {
		return nil // the fd is gone on Linux and the BSDs
	}
	return err
}

// readAt reads into b at pos, or at the fd's offset when pos < 0.
func readAt(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Read(fd, b)
		} else {
			n, err = unix.Pread(fd, b, pos)
		}
		if err != unix.EINTR {
			return max(n, 0), err
		}
	}
}

// writeAt writes b at pos, or at the fd's offset when pos < 0, once.
func writeAt(fd int, b []byte, pos int64) (int, error) {
	for {
		var n int
		var err error
		if pos < 0 {
			n, err = unix.Write(fd, b)
		} else {
			n, err = unix.Pwrite(fd, b, pos)
		}
		if err != unix.EINTR {
			return max(n, 0), err
		}
	}
}

// readAll reads fd to its end.
func readAll(fd int) ([]byte, error) {
	size := 0
	if st, err := statAt(fd, "", true); err == nil && uint32(st.mode)&unix.S_IFMT == unix.S_IFREG {
		size = int(st.size)
	}
	b := make([]byte, 0, max(size+1, 512))
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := readAt(fd, b[len(b):cap(b)], -1)
		if err != nil {
			return nil, fdErr(err, "read")
		}
		if n == 0 {
			return b, nil
		}
		b = b[:len(b)+n]
	}
}

// writeAll writes all of b.
func writeAll(fd int, b []byte) error {
	for len(b) > 0 {
		n, err := writeAt(fd, b, -1)
		if err != nil {
			return fdErr(err, "write")
		}
		b = b[n:]
	}
	return nil
}

// copyContents copies src's contents into dst, with copy_file_range or
// sendfile where the kernel offers them (os.File's ReadFrom does). The
// Files are over duplicates, for the fds belong to the caller.
func copyContents(dst, src int) error {
	in, err := dupFile(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := dupFile(dst)
	if err != nil {
		return err
	}
	defer out.Close()
	_, err = io.Copy(out, in)
	return err
}

func dupFile(fd int) (*os.File, error) {
	d, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(d), ""), nil
}
