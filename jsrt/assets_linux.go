package jsrt

import "golang.org/x/sys/unix"

// assetFd returns a sealed memfd holding data, at offset 0: the kernel
// refuses writes, growth and shrinking, so the fd reads as a read-only
// regular file.
func assetFd(name string, data []byte) (int, error) {
	fd, err := unix.MemfdCreate("gojsc-asset:"+name, unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return -1, err
	}
	if err := writeAt0(fd, data); err != nil {
		unix.Close(fd)
		return -1, err
	}
	_, err = unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, unix.F_SEAL_WRITE|unix.F_SEAL_GROW|unix.F_SEAL_SHRINK|unix.F_SEAL_SEAL)
	if err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

// writeAt0 writes all of data to fd and seeks back to its start.
func writeAt0(fd int, data []byte) error {
	for len(data) > 0 {
		n, err := unix.Write(fd, data)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		data = data[n:]
	}
	_, err := unix.Seek(fd, 0, 0)
	return err
}
