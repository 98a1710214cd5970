package xunix

import (
	"errors"
	"io/fs"
	"os"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/gojsc/gojsc/internal/sysfd"
	"golang.org/x/sys/windows"
)

// mapErr turns the Win32 errors file calls fail with into the Unix-named
// errnos the modules compare against.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	var e syscall.Errno
	if !errors.As(err, &e) {
		return syscall.EIO
	}
	switch e {
	case windows.ERROR_FILE_NOT_FOUND, windows.ERROR_PATH_NOT_FOUND, windows.ERROR_INVALID_NAME:
		return syscall.ENOENT
	case windows.ERROR_FILE_EXISTS, windows.ERROR_ALREADY_EXISTS:
		return syscall.EEXIST
	case windows.ERROR_ACCESS_DENIED, windows.ERROR_SHARING_VIOLATION, windows.ERROR_LOCK_VIOLATION:
		return syscall.EACCES
	case windows.ERROR_DIR_NOT_EMPTY:
		return syscall.ENOTEMPTY
	case windows.ERROR_INVALID_HANDLE:
		return syscall.EBADF
	case windows.ERROR_BROKEN_PIPE, windows.ERROR_NO_DATA:
		return syscall.EPIPE
	case windows.ERROR_INVALID_PARAMETER, windows.ERROR_NEGATIVE_SEEK:
		return syscall.EINVAL
	case windows.ERROR_NOT_SUPPORTED, windows.ERROR_CALL_NOT_IMPLEMENTED:
		return syscall.ENOTSUP
	case windows.ERROR_TOO_MANY_OPEN_FILES:
		return syscall.EMFILE
	case windows.ERROR_DISK_FULL, windows.ERROR_HANDLE_DISK_FULL:
		return syscall.ENOSPC
	case windows.ERROR_NOT_SAME_DEVICE:
		return syscall.EXDEV
	case windows.ERROR_DIRECTORY:
		return syscall.ENOTDIR
	case windows.ERROR_FILENAME_EXCED_RANGE:
		return syscall.ENAMETOOLONG
	case windows.ERROR_NOT_ENOUGH_MEMORY, windows.ERROR_OUTOFMEMORY:
		return syscall.ENOMEM
	}
	return e
}

// handle returns fd's handle (see sysfd.Handle).
func handle(fd int) syscall.Handle { return sysfd.Handle(fd) }

// Open opens path with Unix-style flags and returns its handle as an fd.
// Directories open too, for fstat and fsync.
func Open(path string, mode int, perm uint32) (int, error) {
	if mode&O_DIRECTORY != 0 {
		if fi, err := os.Stat(path); err != nil {
			return -1, mapErr(err)
		} else if !fi.IsDir() {
			return -1, syscall.ENOTDIR
		}
	}
	h, err := syscall.Open(path, mode&^(O_DIRECTORY|O_NOFOLLOW), perm)
	if err != nil {
		if fi, serr := os.Stat(path); serr == nil && fi.IsDir() {
			return openDir(path)
		}
		return -1, mapErr(err)
	}
	return int(h), nil
}

// openDir opens a directory handle, which CreateFile gives only with
// FILE_FLAG_BACKUP_SEMANTICS.
func openDir(path string) (int, error) {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return -1, syscall.EINVAL
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ,
		syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE|syscall.FILE_SHARE_DELETE,
		nil, syscall.OPEN_EXISTING, syscall.FILE_FLAG_BACKUP_SEMANTICS, 0)
	if err != nil {
		return -1, mapErr(err)
	}
	return int(h), nil
}

// Read reads from fd; the write end of a pipe being closed is the end of
// the data, as on Unix.
func Read(fd int, p []byte) (int, error) {
	n, err := syscall.Read(handle(fd), p)
	if err == syscall.ERROR_BROKEN_PIPE {
		return 0, nil
	}
	return n, mapErr(err)
}

// Write writes to fd.
func Write(fd int, p []byte) (int, error) {
	n, err := syscall.Write(handle(fd), p)
	return n, mapErr(err)
}

// Pread reads from fd at offset; the file position is left as it was.
func Pread(fd int, p []byte, offset int64) (int, error) {
	return atOffset(fd, offset, func() (int, error) { return Read(fd, p) })
}

// Pwrite writes to fd at offset; the file position is left as it was.
func Pwrite(fd int, p []byte, offset int64) (int, error) {
	return atOffset(fd, offset, func() (int, error) { return Write(fd, p) })
}

// atOffset runs op with fd's position at offset, then puts the position
// back where it was.
func atOffset(fd int, offset int64, op func() (int, error)) (int, error) {
	cur, err := Seek(fd, 0, 1)
	if err != nil {
		return 0, err
	}
	defer Seek(fd, cur, 0)
	if _, err := Seek(fd, offset, 0); err != nil {
		return 0, err
	}
	return op()
}

// Seek moves fd's position.
func Seek(fd int, offset int64, whence int) (int64, error) {
	if t, err := syscall.GetFileType(handle(fd)); err == nil && t != syscall.FILE_TYPE_DISK {
		return 0, syscall.ESPIPE
	}
	off, err := syscall.Seek(handle(fd), offset, whence)
	return off, mapErr(err)
}

// Close closes fd.
func Close(fd int) error { return mapErr(syscall.CloseHandle(handle(fd))) }

// CloseOnExec does nothing: handles are opened not inheritable.
func CloseOnExec(fd int) {}

// FcntlInt answers F_GETFD and F_GETFL for any open handle (flags 0, the
// file read-write) and fails with ENOTSUP otherwise.
func FcntlInt(fd uintptr, cmd int, arg int) (int, error) {
	if _, err := syscall.GetFileType(handle(int(fd))); err != nil {
		return -1, syscall.EBADF
	}
	switch cmd {
	case F_GETFD:
		return 0, nil
	case F_GETFL:
		return syscall.O_RDWR, nil
	}
	return -1, syscall.ENOTSUP
}

// Fsync flushes fd to disk.
func Fsync(fd int) error { return mapErr(syscall.FlushFileBuffers(handle(fd))) }

// Ftruncate sets fd's size.
func Ftruncate(fd int, length int64) error { return mapErr(syscall.Ftruncate(handle(fd), length)) }

// Fstat fills st from fd's attributes.
func Fstat(fd int, st *Stat_t) error {
	h := handle(fd)
	t, err := syscall.GetFileType(h)
	if err != nil {
		return mapErr(err)
	}
	*st = Stat_t{Nlink: 1, Blksize: 4096}
	switch t {
	case syscall.FILE_TYPE_CHAR:
		st.Mode = S_IFCHR | 0o666
		return nil
	case syscall.FILE_TYPE_PIPE:
		st.Mode = S_IFIFO | 0o666
		return nil
	}
	var d syscall.ByHandleFileInformation
	if err := syscall.GetFileInformationByHandle(h, &d); err != nil {
		return mapErr(err)
	}
	st.Dev = uint64(d.VolumeSerialNumber)
	st.Ino = uint64(d.FileIndexHigh)<<32 | uint64(d.FileIndexLow)
	st.Nlink = uint64(d.NumberOfLinks)
	st.Size = int64(d.FileSizeHigh)<<32 | int64(d.FileSizeLow)
	st.Mode = attrMode(d.FileAttributes)
	st.Atim = filetime(d.LastAccessTime)
	st.Mtim = filetime(d.LastWriteTime)
	st.Ctim = st.Mtim
	st.Btim = filetime(d.CreationTime)
	st.Blocks = (st.Size + 511) / 512
	return nil
}

func attrMode(attr uint32) uint32 {
	m := uint32(0o666)
	if attr&syscall.FILE_ATTRIBUTE_READONLY != 0 {
		m = 0o444
	}
	switch {
	case attr&syscall.FILE_ATTRIBUTE_REPARSE_POINT != 0:
		return S_IFLNK | 0o777
	case attr&syscall.FILE_ATTRIBUTE_DIRECTORY != 0:
		return S_IFDIR | m | 0o111
	}
	return S_IFREG | m
}

func filetime(ft syscall.Filetime) Timespec {
	ns := ft.Nanoseconds()
	return Timespec{Sec: ns / 1e9, Nsec: ns % 1e9}
}

// Stat fills st for path, following links.
func Stat(path string, st *Stat_t) error { return statPath(path, st, true) }

// Lstat fills st for path itself.
func Lstat(path string, st *Stat_t) error { return statPath(path, st, false) }

func statPath(path string, st *Stat_t, follow bool) error {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return syscall.EINVAL
	}
	flags := uint32(syscall.FILE_FLAG_BACKUP_SEMANTICS)
	if !follow {
		flags |= syscall.FILE_FLAG_OPEN_REPARSE_POINT
	}
	h, err := syscall.CreateFile(p, 0, syscall.FILE_SHARE_READ|syscall.FILE_SHARE_WRITE|syscall.FILE_SHARE_DELETE,
		nil, syscall.OPEN_EXISTING, flags, 0)
	if err != nil {
		return mapErr(err)
	}
	defer syscall.CloseHandle(h)
	err = Fstat(int(h), st)
	if follow && st.Mode&S_IFMT == S_IFLNK {
		// A reparse point that is not a link (a dedup or cloud file) was
		// opened through: it is a regular file or directory.
		st.Mode = S_IFREG | 0o666
	}
	return err
}

// Access reports whether path exists; Windows has no execute bit, and
// write access is refused only by the read-only attribute.
func Access(path string, mode uint32) error {
	fi, err := os.Stat(path)
	if err != nil {
		return mapErr(err)
	}
	if mode&W_OK != 0 && fi.Mode().Perm()&0o200 == 0 {
		return syscall.EACCES
	}
	return nil
}

// Chmod sets or clears path's read-only attribute from the owner's write bit.
func Chmod(path string, mode uint32) error { return mapErr(os.Chmod(path, os.FileMode(mode&0o777))) }

// Fchmod changes fd's mode: not supported on Windows.
func Fchmod(fd int, mode uint32) error { return syscall.ENOTSUP }

// Chdir changes the working directory.
func Chdir(path string) error { return mapErr(os.Chdir(path)) }

// Getwd returns the working directory.
func Getwd() (string, error) {
	d, err := os.Getwd()
	return d, mapErr(err)
}

// Mkdir makes a directory; mode is ignored.
func Mkdir(path string, mode uint32) error { return mapErr(os.Mkdir(path, os.FileMode(mode))) }

// Rmdir removes an empty directory.
func Rmdir(path string) error {
	if fi, err := os.Lstat(path); err == nil && !fi.IsDir() {
		return syscall.ENOTDIR
	}
	return mapErr(syscall.RemoveDirectory(utf16(path)))
}

// Unlink removes a file.
func Unlink(path string) error {
	if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
		return syscall.EISDIR
	}
	return mapErr(syscall.DeleteFile(utf16(path)))
}

func utf16(s string) *uint16 {
	p, err := syscall.UTF16PtrFromString(s)
	if err != nil {
		p, _ = syscall.UTF16PtrFromString("")
	}
	return p
}

// Rename renames oldpath to newpath, replacing it.
func Rename(oldpath, newpath string) error { return mapErr(os.Rename(oldpath, newpath)) }

// Link makes a hard link.
func Link(oldpath, newpath string) error { return mapErr(os.Link(oldpath, newpath)) }

// Symlink makes a symbolic link (which needs Developer Mode or privilege).
func Symlink(oldpath, newpath string) error { return mapErr(os.Symlink(oldpath, newpath)) }

// Utimes sets path's access and modification times.
func Utimes(path string, tv []Timeval) error {
	if len(tv) != 2 {
		return syscall.EINVAL
	}
	return mapErr(os.Chtimes(path, time.Unix(tv[0].Unix()), time.Unix(tv[1].Unix())))
}

// UtimesNanoAt sets path's times; dirfd must be AT_FDCWD.
func UtimesNanoAt(dirfd int, path string, ts []Timespec, flags int) error {
	if len(ts) != 2 || dirfd != AT_FDCWD {
		return syscall.EINVAL
	}
	return mapErr(os.Chtimes(path, time.Unix(ts[0].Unix()), time.Unix(ts[1].Unix())))
}

// Futimes sets fd's times.
func Futimes(fd int, tv []Timeval) error {
	if len(tv) != 2 {
		return syscall.EINVAL
	}
	a := syscall.NsecToFiletime(tv[0].Nano())
	m := syscall.NsecToFiletime(tv[1].Nano())
	return mapErr(syscall.SetFileTime(handle(fd), nil, &a, &m))
}

// Umask returns 0: Windows has no file mode creation mask.
func Umask(mask int) int { return 0 }

// ClockGettime reads the monotonic clock.
func ClockGettime(clockid int32, ts *Timespec) error {
	ns := time.Since(start).Nanoseconds()
	*ts = Timespec{Sec: ns / 1e9, Nsec: ns % 1e9}
	return nil
}

var start = time.Now()

// Getrusage gives the process's CPU times.
func Getrusage(who int, ru *Rusage) error {
	var c, e, k, u syscall.Filetime
	h, _ := syscall.GetCurrentProcess()
	if err := syscall.GetProcessTimes(h, &c, &e, &k, &u); err != nil {
		return mapErr(err)
	}
	// The times are durations, in 100 ns units.
	toTv := func(ft syscall.Filetime) Timeval {
		return NsecToTimeval((int64(ft.HighDateTime)<<32 | int64(ft.LowDateTime)) * 100)
	}
	*ru = Rusage{Utime: toTv(u), Stime: toTv(k)}
	return nil
}

// Uname fills buf with Windows's name, version and machine.
func Uname(buf *Utsname) error {
	*buf = Utsname{}
	v := windows.RtlGetVersion()
	host, _ := os.Hostname()
	copy(buf.Sysname[:], "Windows_NT")
	copy(buf.Nodename[:], host)
	copy(buf.Release[:], itoa(int(v.MajorVersion))+"."+itoa(int(v.MinorVersion))+"."+itoa(int(v.BuildNumber)))
	copy(buf.Version[:], "Windows")
	machine := map[string]string{"amd64": "x86_64", "arm64": "aarch64", "386": "i686"}[runtime.GOARCH]
	copy(buf.Machine[:], machine)
	return nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for ; n > 0; n /= 10 {
		i--
		b[i] = byte('0' + n%10)
	}
	return string(b[i:])
}

// ByteSliceToString returns s up to its first NUL.
func ByteSliceToString(s []byte) string {
	for i, c := range s {
		if c == 0 {
			return string(s[:i])
		}
	}
	return string(s)
}

// IoctlGetTermios fails: consoles have no termios.
func IoctlGetTermios(fd int, req uint) (*Termios, error) { return nil, syscall.ENOTSUP }

// IoctlSetTermios fails: consoles have no termios.
func IoctlSetTermios(fd int, req uint, t *Termios) error { return syscall.ENOTSUP }

// IoctlGetWinsize gives a console's size in characters.
func IoctlGetWinsize(fd int, req uint) (*Winsize, error) {
	var info windows.ConsoleScreenBufferInfo
	if err := windows.GetConsoleScreenBufferInfo(windows.Handle(handle(fd)), &info); err != nil {
		return nil, syscall.ENOTTY
	}
	return &Winsize{
		Col: uint16(info.Window.Right - info.Window.Left + 1),
		Row: uint16(info.Window.Bottom - info.Window.Top + 1),
	}, nil
}

// processes holds the handles of the children started through Track,
// which keep their pids from being reused until they are waited for.
var processes = struct {
	sync.Mutex
	m map[int]syscall.Handle
}{m: map[int]syscall.Handle{}}

// Track records the handle of a child the process started, for Wait4 and
// Kill.
func Track(pid int, h syscall.Handle) {
	processes.Lock()
	processes.m[pid] = h
	processes.Unlock()
}

func processHandle(pid int) (syscall.Handle, bool) {
	processes.Lock()
	defer processes.Unlock()
	h, ok := processes.m[pid]
	return h, ok
}

// Wait4 waits for a child started and tracked by this process (pid -1: any
// of them) and closes its handle; with WNOHANG it returns 0 when none has
// ended.
func Wait4(pid int, ws *WaitStatus, options int, ru *Rusage) (int, error) {
	processes.Lock()
	var pids []int
	var hs []windows.Handle
	for p, h := range processes.m {
		if pid == -1 || p == pid {
			pids = append(pids, p)
			hs = append(hs, windows.Handle(h))
		}
	}
	processes.Unlock()
	if len(hs) == 0 {
		return -1, syscall.ECHILD
	}
	if len(hs) > maxWaitObjects {
		pids, hs = pids[:maxWaitObjects], hs[:maxWaitObjects]
	}
	timeout := uint32(windows.INFINITE)
	if options&WNOHANG != 0 {
		timeout = 0
	}
	ev, err := windows.WaitForMultipleObjects(hs, false, timeout)
	if err != nil {
		return -1, mapErr(err)
	}
	if ev == uint32(windows.WAIT_TIMEOUT) {
		return 0, nil
	}
	i := int(ev - windows.WAIT_OBJECT_0)
	if i < 0 || i >= len(hs) {
		return -1, syscall.EINVAL
	}
	var code uint32
	if err := windows.GetExitCodeProcess(hs[i], &code); err != nil {
		return -1, mapErr(err)
	}
	processes.Lock()
	delete(processes.m, pids[i])
	processes.Unlock()
	windows.CloseHandle(hs[i])
	if ws != nil {
		*ws = WaitStatus(code << 8)
	}
	return pids[i], nil
}

// Kill ends a tracked child (any signal but 0 terminates it, with exit
// status 128+signal as a Unix shell reports a death by signal); signal 0
// checks that it exists.
func Kill(pid int, sig syscall.Signal) error {
	h, ok := processHandle(pid)
	if !ok {
		if pid == os.Getpid() && sig == 0 {
			return nil
		}
		return syscall.ESRCH
	}
	if sig == 0 {
		return nil
	}
	return mapErr(syscall.TerminateProcess(h, uint32(128+sig)))
}

var signalNames = map[syscall.Signal]string{
	syscall.SIGHUP: "SIGHUP", syscall.SIGINT: "SIGINT", syscall.SIGQUIT: "SIGQUIT",
	syscall.SIGILL: "SIGILL", syscall.SIGTRAP: "SIGTRAP", syscall.SIGABRT: "SIGABRT",
	syscall.SIGBUS: "SIGBUS", syscall.SIGFPE: "SIGFPE", syscall.SIGKILL: "SIGKILL",
	syscall.SIGSEGV: "SIGSEGV", syscall.SIGPIPE: "SIGPIPE", syscall.SIGALRM: "SIGALRM",
	syscall.SIGTERM: "SIGTERM", SIGUSR1: "SIGUSR1", SIGUSR2: "SIGUSR2", SIGCHLD: "SIGCHLD",
	SIGCONT: "SIGCONT", SIGSTOP: "SIGSTOP", SIGTSTP: "SIGTSTP", SIGTTIN: "SIGTTIN", SIGTTOU: "SIGTTOU",
}

// SignalName returns the name of s, as "SIGINT"; "" if unknown.
func SignalName(s syscall.Signal) string { return signalNames[s] }

// SignalNum returns the signal named s; 0 if unknown.
func SignalNum(s string) syscall.Signal {
	for sig, name := range signalNames {
		if name == s {
			return sig
		}
	}
	return 0
}

// ErrnoName returns the E-name of one of the Unix-named errnos; "" for
// other errors.
func ErrnoName(e syscall.Errno) string { return errnoNames[e] }

var errnoNames = map[syscall.Errno]string{}

func init() {
	for _, n := range []struct {
		e    syscall.Errno
		name string
	}{
		{E2BIG, "E2BIG"}, {EACCES, "EACCES"}, {EADDRINUSE, "EADDRINUSE"}, {EAGAIN, "EAGAIN"},
		{EBADF, "EBADF"}, {EBUSY, "EBUSY"}, {ECANCELED, "ECANCELED"}, {ECONNREFUSED, "ECONNREFUSED"},
		{ECONNRESET, "ECONNRESET"}, {EEXIST, "EEXIST"}, {EFAULT, "EFAULT"}, {EFBIG, "EFBIG"},
		{EINTR, "EINTR"}, {EINVAL, "EINVAL"}, {EIO, "EIO"}, {EISDIR, "EISDIR"}, {ELOOP, "ELOOP"},
		{EMFILE, "EMFILE"}, {EMLINK, "EMLINK"}, {ENAMETOOLONG, "ENAMETOOLONG"}, {ENFILE, "ENFILE"},
		{ENODEV, "ENODEV"}, {ENOENT, "ENOENT"}, {ENOMEM, "ENOMEM"}, {ENOSPC, "ENOSPC"},
		{ENOSYS, "ENOSYS"}, {ENOTDIR, "ENOTDIR"}, {ENOTEMPTY, "ENOTEMPTY"}, {ENOTSUP, "ENOTSUP"},
		{ENOTTY, "ENOTTY"}, {ENXIO, "ENXIO"}, {EPERM, "EPERM"}, {EPIPE, "EPIPE"}, {EROFS, "EROFS"},
		{ESPIPE, "ESPIPE"}, {ETIMEDOUT, "ETIMEDOUT"}, {ETXTBSY, "ETXTBSY"}, {EXDEV, "EXDEV"},
		{syscall.ESRCH, "ESRCH"}, {syscall.ECHILD, "ECHILD"},
	} {
		errnoNames[n.e] = n.name
	}
}

// maxWaitObjects is WaitForMultipleObjects's limit (MAXIMUM_WAIT_OBJECTS).
const maxWaitObjects = 64
