package os

import (
	"math/big"
	"os"
	"path/filepath"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// files exports the file and directory functions. Every fd they create is
// close-on-exec, so that a child started by exec inherits only the fds it
// is given.
func (m *module) files(e *jsrt.Exports) {
	e.Func("open", m.open)
	e.Func("close", m.close)
	e.Func("seek", m.seek)
	e.Func("read", func(call goja.FunctionCall) goja.Value { return m.readWrite(call, false) })
	e.Func("write", func(call goja.FunctionCall) goja.Value { return m.readWrite(call, true) })
	e.Func("remove", func(call goja.FunctionCall) goja.Value {
		return m.result(0, remove(m.stringArg(call, 0)))
	})
	e.Func("rename", func(call goja.FunctionCall) goja.Value {
		return m.result(0, unix.Rename(m.stringArg(call, 0), m.stringArg(call, 1)))
	})
	e.Func("realpath", func(call goja.FunctionCall) goja.Value {
		s, err := realpath(m.stringArg(call, 0))
		return m.pair(s, err)
	})
	e.Func("getcwd", func(call goja.FunctionCall) goja.Value {
		s, err := unix.Getwd()
		return m.pair(s, err)
	})
	e.Func("chdir", func(call goja.FunctionCall) goja.Value {
		return m.result(0, unix.Chdir(m.stringArg(call, 0)))
	})
	e.Func("mkdir", func(call goja.FunctionCall) goja.Value {
		mode := 0o777
		if len(call.Arguments) >= 2 {
			mode = intArg(call, 1)
		}
		return m.result(0, unix.Mkdir(m.stringArg(call, 0), uint32(mode)))
	})
	e.Func("stat", func(call goja.FunctionCall) goja.Value { return m.stat(call, unix.Stat) })
	e.Func("lstat", func(call goja.FunctionCall) goja.Value { return m.stat(call, unix.Lstat) })
	e.Func("utimes", m.utimes)
	e.Func("symlink", func(call goja.FunctionCall) goja.Value {
		return m.result(0, unix.Symlink(m.stringArg(call, 0), m.stringArg(call, 1)))
	})
	e.Func("readlink", func(call goja.FunctionCall) goja.Value {
		s, err := os.Readlink(m.stringArg(call, 0))
		if err != nil {
			s = ""
		}
		return m.pair(s, err)
	})
	e.Func("readdir", m.readdir)
	e.Func("pipe", func(call goja.FunctionCall) goja.Value {
		r, w, err := sysfd.Pipe()
		if err != nil {
			return goja.Null()
		}
		return m.rt.NewArray(r, w)
	})
	e.Func("dup", func(call goja.FunctionCall) goja.Value {
		return m.result(unix.FcntlInt(uintptr(m.fdArg(call, 0)), unix.F_DUPFD_CLOEXEC, 0))
	})
	e.Func("dup2", m.dup2)
}

// open(path, flags, mode = 0o666) → fd or -errno.
func (m *module) open(call goja.FunctionCall) goja.Value {
	path := m.stringArg(call, 0)
	flags := intArg(call, 1)
	mode := 0o666
	if len(call.Arguments) >= 3 && !goja.IsUndefined(call.Arguments[2]) {
		mode = intArg(call, 2)
	}
	if a := m.vm.Asset(path); a != nil && flags&(unix.O_WRONLY|unix.O_RDWR) == 0 {
		return m.result(openAsset(a))
	}
	for {
		fd, err := unix.Open(path, flags|unix.O_CLOEXEC, uint32(mode))
		if err == unix.EINTR {
			continue
		}
		return m.result(fd, err)
	}
}

// close(fd) → 0 or -errno. The fd's loop handlers go first, so that the
// fd number, once reused, is not reported to them.
func (m *module) close(call goja.FunctionCall) goja.Value {
	fd := m.fdArg(call, 0)
	m.vm.Loop().Forget(fd)
	return m.result(0, unix.Close(fd))
}

// seek(fd, offset, whence) → new position or -errno, a BigInt when offset
// is one.
func (m *module) seek(call goja.FunctionCall) goja.Value {
	fd := m.fdArg(call, 0)
	offArg := jsrt.Arg(call, 1)
	var off int64
	b, isBig := offArg.Export().(*big.Int)
	if isBig {
		off = b.Int64()
	} else {
		off = jsrt.ToInt64(offArg)
	}
	whence := intArg(call, 2)
	pos, err := unix.Seek(fd, off, whence)
	if err != nil {
		pos = -int64(sysfd.Errno(err, syscall.EIO))
	}
	if isBig {
		return m.rt.ToValue(big.NewInt(pos))
	}
	return m.rt.ToValue(pos)
}

// readWrite is read(fd, buf, off, len) and write(fd, buf, off, len) → count
// or -errno. It is the hot path of every I/O loop: it moves bytes straight
// between the fd and the ArrayBuffer's storage and allocates nothing once
// the same buffer and count come back.
func (m *module) readWrite(call goja.FunctionCall, write bool) goja.Value {
	name := "read"
	if write {
		name = "write"
	}
	no := intArg(call, 0)
	fd := m.vm.Fd(no)
	buf := m.bytes(jsrt.Arg(call, 1), name)
	pos := m.index(jsrt.Arg(call, 2), name)
	n := m.index(jsrt.Arg(call, 3), name)
	if pos > int64(len(buf)) || n > int64(len(buf))-pos {
		m.vm.Throw("RangeError", "read/write array buffer overflow")
	}
	p := buf[pos : pos+n]
	var r int
	var err error
	for {
		if write {
			r, err = unix.Write(fd, p)
		} else {
			r, err = unix.Read(fd, p)
		}
		if err != unix.EINTR {
			break
		}
	}
	if err == unix.EPIPE && write && (fd == 1 || fd == 2) && no == fd {
		// A C program dies of SIGPIPE here (./app | head -1); Go raises
		// it for writes through the process's own stdout and stderr files.
		_, _ = m.vm.File(fd).Write(p)
	}
	if err != nil {
		return m.rt.ToValue(-sysfd.Errno(err, syscall.EIO))
	}
	if r != m.lastN {
		m.lastN, m.lastVal = r, m.rt.ToValue(r)
	}
	return m.lastVal
}

// bytes returns the storage of an ArrayBuffer (or of the part a typed array
// or DataView covers).
func (m *module) bytes(v goja.Value, fn string) []byte {
	if o, ok := v.(*goja.Object); ok {
		if o == m.lastBuf && !m.lastBytes.Detached() {
			return m.lastBytes.Bytes()
		}
		if ab, ok := o.Export().(goja.ArrayBuffer); ok {
			m.lastBuf, m.lastBytes = o, ab
			return ab.Bytes()
		}
		if o.Get("buffer") != nil {
			return m.vm.Bytes(v, fn) // a typed array or DataView
		}
	}
	m.vm.Throw("TypeError", "%s: not an ArrayBuffer", fn)
	return nil
}

// index converts an offset or length as JS ToIndex does.
func (m *module) index(v goja.Value, fn string) int64 {
	i := v.ToInteger()
	if i < 0 {
		m.vm.Throw("RangeError", "%s: invalid array index %d", fn, i)
	}
	return i
}

// remove deletes a file or an empty directory, as C's remove(3).
func remove(path string) error {
	err := unix.Unlink(path)
	if err == nil {
		return nil
	}
	var st unix.Stat_t
	if unix.Lstat(path, &st) == nil && st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return unix.Rmdir(path)
	}
	return err
}

// realpath returns the absolute path of p with every symbolic link
// resolved; p must exist.
func realpath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	s, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	return s, nil
}

// stat(path) / lstat(path) → [{dev, ino, mode, ...}, err]; times in ms.
func (m *module) stat(call goja.FunctionCall, fn func(string, *unix.Stat_t) error) goja.Value {
	var st unix.Stat_t
	path := m.stringArg(call, 0)
	if a := m.vm.Asset(path); a != nil {
		return m.assetStat(a)
	}
	if err := fn(path, &st); err != nil {
		return m.pair(goja.Null(), err)
	}
	obj := m.rt.NewObject()
	for _, f := range []struct {
		name  string
		value int64
	}{
		{"dev", int64(st.Dev)},
		{"ino", int64(st.Ino)},
		{"mode", int64(st.Mode)},
		{"nlink", int64(st.Nlink)},
		{"uid", int64(st.Uid)},
		{"gid", int64(st.Gid)},
		{"rdev", int64(st.Rdev)},
		{"size", st.Size},
		{"blocks", int64(st.Blocks)},
		{"atime", timespecMs(statAtime(&st))},
		{"mtime", timespecMs(statMtime(&st))},
		{"ctime", timespecMs(statCtime(&st))},
	} {
		_ = obj.Set(f.name, f.value)
	}
	return m.pair(obj, nil)
}

func timespecMs(ts unix.Timespec) int64 {
	return int64(ts.Sec)*1000 + int64(ts.Nsec)/1e6
}

// utimes(path, atime_ms, mtime_ms) → 0 or -errno.
func (m *module) utimes(call goja.FunctionCall) goja.Value {
	atime := jsrt.ToInt64(jsrt.Arg(call, 1))
	mtime := jsrt.ToInt64(jsrt.Arg(call, 2))
	path := m.stringArg(call, 0)
	tv := []unix.Timeval{unix.NsecToTimeval(atime * 1e6), unix.NsecToTimeval(mtime * 1e6)}
	return m.result(0, unix.Utimes(path, tv))
}

// readdir(path) → [names, err], "." and ".." included as readdir(3) lists
// them; names is empty on failure.
func (m *module) readdir(call goja.FunctionCall) goja.Value {
	path := m.stringArg(call, 0)
	var names []string
	var err error
	if a := m.vm.Asset(path); a != nil {
		names, err = assetReaddir(a)
	} else {
		names, err = readdir(path)
	}
	vals := make([]any, len(names))
	for i, n := range names {
		vals[i] = n
	}
	return m.pair(m.rt.NewArray(vals...), err)
}

func readdir(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, err
	}
	return append([]string{".", ".."}, names...), nil
}

// dup2(oldfd, newfd) → newfd or -errno. newfd is close-on-exec like every
// fd this module makes; handlers set on newfd keep watching it, now on the
// file it refers to.
func (m *module) dup2(call goja.FunctionCall) goja.Value {
	oldfd, newfd := m.fdArg(call, 0), m.fdArg(call, 1)
	if oldfd == newfd {
		_, err := unix.FcntlInt(uintptr(oldfd), unix.F_GETFD, 0)
		return m.result(newfd, err)
	}
	loop := m.vm.Loop()
	read, write := loop.Handler(newfd, jsrt.Readable), loop.Handler(newfd, jsrt.Writable)
	loop.Forget(newfd)
	err := dup2(oldfd, newfd)
	if err == nil {
		// Errors are impossible short of a full kernel table; the handlers
		// are dropped then, as after close.
		if read != nil {
			_ = loop.SetHandler(newfd, jsrt.Readable, read)
		}
		if write != nil {
			_ = loop.SetHandler(newfd, jsrt.Writable, write)
		}
	}
	return m.result(newfd, err)
}
