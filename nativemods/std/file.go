package std

import (
	"errors"
	"math/big"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"weak"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// A handle is what a FILE object wraps. The stream lives apart so that a
// cleanup can close it once the object is garbage (as QuickJS's finalizer
// does) without keeping the object alive.
type handle struct {
	s *stream
}

// newFile returns a FILE object for s: a plain object over the shared
// prototype (so method lookups are as fast as on any object) holding its
// handle in a hidden, non-enumerable symbol property. Streams the script
// opened are closed when their object is collected, and flushed at exit
// like C's.
func (m *module) newFile(s *stream, owned bool) goja.Value {
	h := &handle{s: s}
	obj := m.rt.NewObject()
	_ = obj.SetPrototype(m.fileProto)
	_ = obj.DefineDataPropertySymbol(m.handleKey, m.rt.ToValue(h), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if owned {
		m.streams[s] = weak.Make(h)
		// Cleanups run on a goroutine of their own: hand the stream to the
		// loop goroutine, which owns it.
		loop, dead := m.vm.Loop(), m.dead
		runtime.AddCleanup(h, func(s *stream) {
			dead.mu.Lock()
			dead.list = append(dead.list, s)
			dead.mu.Unlock()
			loop.Post(m.reap)
		}, s)
	}
	return obj
}

// deadStreams are streams whose FILE object was collected, waiting to be
// closed on the loop goroutine.
type deadStreams struct {
	mu   sync.Mutex
	list []*stream
}

// reap closes the streams whose FILE objects were collected.
func (m *module) reap() {
	m.dead.mu.Lock()
	list := m.dead.list
	m.dead.list = nil
	m.dead.mu.Unlock()
	for _, s := range list {
		if !s.closed {
			m.vm.Loop().Forget(s.fd)
			_, _ = s.close()
		}
		delete(m.streams, s)
	}
}

// reclaim runs the collector and closes the FILEs it finds unreachable, for
// an open that ran out of fds: QuickJS closes a FILE as soon as its last
// reference goes, so scripts may open files in a loop without closing them.
// The weak pointers are cleared by the time the collection returns, where
// the cleanups would run later on a goroutine of their own.
func (m *module) reclaim() {
	runtime.GC()
	for s, h := range m.streams {
		if h.Value() == nil {
			if !s.closed {
				m.vm.Loop().Forget(s.fd)
				_, _ = s.close()
			}
			delete(m.streams, s)
		}
	}
	m.reap()
}

// outOfFds reports whether err is EMFILE or ENFILE.
func outOfFds(err error) bool {
	return errors.Is(err, unix.EMFILE) || errors.Is(err, unix.ENFILE)
}

// stream returns the open stream behind a FILE method's this, or throws a
// TypeError as QuickJS does for a closed FILE.
func (m *module) stream(this goja.Value, fn string) *stream {
	var s *stream
	if obj, ok := this.(*goja.Object); ok {
		if obj == m.lastObj {
			s = m.lastStream
		} else if v := obj.GetSymbol(m.handleKey); v != nil {
			if h, ok := v.Export().(*handle); ok {
				m.lastObj, m.lastStream = obj, h.s
				s = h.s
			}
		}
	}
	if s == nil {
		m.vm.Throw("TypeError", "FILE.%s: this is not a FILE object", fn)
	}
	if s.closed {
		m.vm.Throw("TypeError", "invalid file handle")
	}
	return s
}

// openMode turns a C fopen mode into open(2) flags.
func openMode(mode string) (int, bool) {
	var flags int
	switch {
	case strings.HasPrefix(mode, "r"):
		flags = unix.O_RDONLY
	case strings.HasPrefix(mode, "w"):
		flags = unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	case strings.HasPrefix(mode, "a"):
		flags = unix.O_WRONLY | unix.O_CREAT | unix.O_APPEND
	default:
		return 0, false
	}
	for _, c := range mode[1:] {
		switch c {
		case '+':
			flags = flags&^(unix.O_RDONLY|unix.O_WRONLY) | unix.O_RDWR
		case 'x':
			flags |= unix.O_EXCL
		}
	}
	return flags, true
}

// checkMode throws QuickJS's TypeError when mode has a character outside
// allowed.
func (m *module) checkMode(mode, allowed string) {
	if strings.Trim(mode, allowed) != "" {
		m.vm.Throw("TypeError", "invalid file mode")
	}
}

// setErrno stores err in errObj.errno when errObj was given.
func (m *module) setErrno(call goja.FunctionCall, i int, errno int) {
	if i >= len(call.Arguments) {
		return
	}
	if obj, ok := call.Arguments[i].(*goja.Object); ok {
		_ = obj.Set("errno", errno)
	} else if !goja.IsUndefined(call.Arguments[i]) {
		// QuickJS sets the property on any non-undefined value; on a
		// primitive that silently does nothing, except null, which throws.
		if goja.IsNull(call.Arguments[i]) {
			m.vm.Throw("TypeError", "cannot set property 'errno' of null")
		}
	}
}

// openAsset opens an embedded file for reading; a directory gives
// EISDIR, as reading a directory's fd would.
func openAsset(a *jsrt.Asset) (int, error) {
	if a.IsDir() {
		return -1, unix.EISDIR
	}
	return a.OpenFd()
}

func (m *module) jsOpen(call goja.FunctionCall) goja.Value {
	name := m.vm.ToString(jsrt.Arg(call, 0))
	mode := m.vm.ToString(jsrt.Arg(call, 1))
	m.checkMode(mode, "rwa+bx")
	flags, ok := openMode(mode)
	var fd int
	var err error = unix.EINVAL
	open := func() (int, error) { return openRetry(name, flags|unix.O_CLOEXEC, 0o666) }
	if a := m.vm.Asset(name); a != nil && flags&(unix.O_WRONLY|unix.O_RDWR) == 0 {
		open = func() (int, error) { return openAsset(a) }
	}
	if ok {
		fd, err = open()
		if outOfFds(err) {
			m.reclaim()
			fd, err = open()
		}
	}
	if err != nil {
		m.setErrno(call, 2, sysfd.Errno(err, unix.EIO))
		return goja.Null()
	}
	m.setErrno(call, 2, 0)
	return m.newFile(&stream{fd: fd, no: fd, kind: kindFile}, true)
}

func (m *module) jsPopen(call goja.FunctionCall) goja.Value {
	command := m.vm.ToString(jsrt.Arg(call, 0))
	mode := m.vm.ToString(jsrt.Arg(call, 1))
	m.checkMode(mode, "rw")
	// The child shares our stdout: what the script printed before must
	// come out before what the child writes.
	_ = m.vm.Stdout().Flush()
	fd, pid, err := m.popen(command, mode)
	if outOfFds(err) {
		m.reclaim()
		fd, pid, err = m.popen(command, mode)
	}
	if err != nil {
		m.setErrno(call, 2, sysfd.Errno(err, unix.EIO))
		return goja.Null()
	}
	m.setErrno(call, 2, 0)
	return m.newFile(&stream{fd: fd, no: fd, kind: kindPopen, pid: pid}, true)
}

func (m *module) jsFdopen(call goja.FunctionCall) goja.Value {
	no := jsrt.ToInt(jsrt.Arg(call, 0))
	fd := m.vm.Fd(no)
	mode := m.vm.ToString(jsrt.Arg(call, 1))
	m.checkMode(mode, "rwa+")
	flags, ok := openMode(mode)
	err := error(unix.EINVAL)
	if ok {
		err = checkFdMode(fd, flags)
	}
	if err != nil {
		m.setErrno(call, 2, sysfd.Errno(err, unix.EIO))
		return goja.Null()
	}
	m.setErrno(call, 2, 0)
	return m.newFile(&stream{fd: fd, no: no, kind: kindFile, isTTY: sysfd.IsTerminal(fd)}, true)
}

// checkFdMode fails as glibc's fdopen does: EBADF for a closed fd, EINVAL
// when the fd's access mode cannot serve mode; "a" turns on O_APPEND.
func checkFdMode(fd, flags int) error {
	fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil {
		return err
	}
	acc := fl & unix.O_ACCMODE
	want := flags & unix.O_ACCMODE
	if acc != unix.O_RDWR && acc != want {
		return unix.EINVAL
	}
	if flags&unix.O_APPEND != 0 && fl&unix.O_APPEND == 0 {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_SETFL, fl|unix.O_APPEND); err != nil {
			return err
		}
	}
	return nil
}

func (m *module) jsTmpfile(call goja.FunctionCall) goja.Value {
	fd, err := m.tmpfile()
	if outOfFds(err) {
		m.reclaim()
		fd, err = m.tmpfile()
	}
	if err != nil {
		m.setErrno(call, 0, sysfd.Errno(err, unix.EIO))
		return goja.Null()
	}
	m.setErrno(call, 0, 0)
	return m.newFile(&stream{fd: fd, no: fd, kind: kindFile}, true)
}

// tmpfile creates and unlinks a file in the temporary directory ($TMPDIR,
// else /tmp), so it vanishes when closed.
func (m *module) tmpfile() (int, error) {
	dir, ok := m.vm.LookupEnv("TMPDIR")
	if !ok || dir == "" {
		dir = "/tmp"
	}
	for {
		m.tmpSeq++
		name := dir + "/gojsc-tmp-" + strconv.Itoa(os.Getpid()) + "-" +
			strconv.FormatInt(time.Now().UnixNano()%1e9, 36) + "-" + strconv.Itoa(m.tmpSeq)
		fd, err := openRetry(name, unix.O_RDWR|unix.O_CREAT|unix.O_EXCL|unix.O_CLOEXEC, 0o600)
		if err == unix.EEXIST {
			continue
		}
		if err != nil {
			return -1, err
		}
		_ = unix.Unlink(name)
		return fd, nil
	}
}

// openRetry is open(2), retried on EINTR (opening a FIFO can be interrupted).
func openRetry(name string, flags int, perm uint32) (int, error) {
	for {
		fd, err := unix.Open(name, flags, perm)
		if err != unix.EINTR {
			return fd, err
		}
	}
}

// installFileProto builds the prototype every FILE object shares.
func (m *module) installFileProto() {
	p := m.rt.NewObject()
	m.fileProto = p
	def := func(name string, fn func(call goja.FunctionCall) goja.Value) {
		_ = p.Set(name, m.vm.Func(name, fn))
	}
	def("close", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "close")
		m.vm.Loop().Forget(s.fd) // a handler on a closed fd would never fire again, nor let the program end
		status, err := s.close()
		delete(m.streams, s)
		if err != nil {
			return m.rt.ToValue(-sysfd.Errno(err, unix.EIO))
		}
		return m.rt.ToValue(status)
	})
	def("puts", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "puts")
		m.puts(s, call.Arguments)
		return goja.Undefined()
	})
	def("printf", func(call goja.FunctionCall) goja.Value {
		return m.printf(m.stream(call.This, "printf"), call.Arguments)
	})
	def("flush", func(call goja.FunctionCall) goja.Value {
		_ = m.stream(call.This, "flush").flush()
		return goja.Undefined()
	})
	def("seek", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "seek")
		off := toInt64(jsrt.Arg(call, 0))
		whence := jsrt.ToInt(jsrt.Arg(call, 1))
		if err := s.seek(off, whence); err != nil {
			return m.rt.ToValue(-sysfd.Errno(err, unix.EIO))
		}
		return m.rt.ToValue(0)
	})
	def("tell", func(call goja.FunctionCall) goja.Value {
		pos, _ := m.stream(call.This, "tell").tell()
		return m.rt.ToValue(pos)
	})
	def("tello", func(call goja.FunctionCall) goja.Value {
		pos, _ := m.stream(call.This, "tello").tell()
		return m.rt.ToValue(big.NewInt(pos))
	})
	def("eof", func(call goja.FunctionCall) goja.Value {
		return m.rt.ToValue(m.stream(call.This, "eof").eof)
	})
	def("fileno", func(call goja.FunctionCall) goja.Value {
		return m.rt.ToValue(m.stream(call.This, "fileno").no)
	})
	def("error", func(call goja.FunctionCall) goja.Value {
		return m.rt.ToValue(m.stream(call.This, "error").failed)
	})
	def("clearerr", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "clearerr")
		s.eof, s.failed = false, false
		return goja.Undefined()
	})
	def("read", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "read")
		return m.rt.ToValue(s.read(m.bufferRange(call, "read")))
	})
	def("write", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "write")
		return m.rt.ToValue(s.write(m.bufferRange(call, "write")))
	})
	def("getline", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "getline")
		line, ok := s.getline()
		if !ok {
			return goja.Null()
		}
		return m.rt.ToValue(string(line))
	})
	def("readAsString", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "readAsString")
		limit := int64(-1)
		if v := jsrt.Arg(call, 0); !goja.IsUndefined(v) {
			limit = m.toIndex(v, "readAsString")
		}
		return m.rt.ToValue(string(s.readAll(limit)))
	})
	def("getByte", func(call goja.FunctionCall) goja.Value {
		return m.rt.ToValue(m.stream(call.This, "getByte").getByte())
	})
	def("putByte", func(call goja.FunctionCall) goja.Value {
		s := m.stream(call.This, "putByte")
		c := byte(toInt64(jsrt.Arg(call, 0)))
		m.one[0] = c
		if s.write(m.one[:]) != 1 {
			return m.rt.ToValue(-1)
		}
		return m.rt.ToValue(int(c))
	})
}

// toIndex converts v as ToIndex does: an integer in [0, 2^53-1], else a
// RangeError.
func (m *module) toIndex(v goja.Value, fn string) int64 {
	n := v.ToInteger()
	if n < 0 || n > 1<<53-1 {
		m.vm.Throw("RangeError", "%s: invalid array index", fn)
	}
	return n
}

// bufferRange returns buf[pos:pos+len] for read(buf, pos, len) and
// write(buf, pos, len), with QuickJS's RangeError past the buffer's end.
func (m *module) bufferRange(call goja.FunctionCall, fn string) []byte {
	pos := m.toIndex(jsrt.Arg(call, 1), fn)
	n := m.toIndex(jsrt.Arg(call, 2), fn)
	buf := m.vm.Bytes(jsrt.Arg(call, 0), fn)
	if pos+n > int64(len(buf)) {
		m.vm.Throw("RangeError", "read/write array buffer overflow")
	}
	return buf[pos : pos+n]
}

// puts writes each argument converted to a string.
func (m *module) puts(s *stream, args []goja.Value) {
	for _, a := range args {
		s.writeString(m.vm.ToString(a))
	}
}

// printf formats into the module's scratch buffer and writes the result,
// returning the byte count as fprintf does. The buffer is taken while in
// use because formatting may call back into a script that prints.
func (m *module) printf(s *stream, args []goja.Value) goja.Value {
	buf := m.scratch
	m.scratch = nil
	var format string
	if len(args) > 0 {
		format = m.vm.ToString(args[0])
		args = args[1:]
	}
	buf, err := appendPrintf(buf[:0], m.rt, format, args)
	if err != nil {
		panic(err)
	}
	n := s.write(buf)
	if cap(buf) <= 1<<20 {
		m.scratch = buf
	}
	return m.rt.ToValue(n)
}

// stdStreams makes std.in, std.out and std.err.
func (m *module) stdStreams() (in, out, errs *stream) {
	flushOut := func() { _ = m.vm.Stdout().Flush() }
	vm := m.vm
	in = &stream{fd: vm.Fd(0), no: 0, kind: kindStdin, isTTY: sysfd.IsTerminal(vm.Fd(0)), flushStdout: flushOut, std: vm.File(0)}
	out = &stream{fd: vm.Fd(1), no: 1, kind: kindStdout, out: vm.Stdout(), outTTY: vm.StdoutIsTerminal(), std: vm.File(1)}
	errs = &stream{fd: vm.Fd(2), no: 2, kind: kindStderr, flushStdout: flushOut, std: vm.File(2)}
	return in, out, errs
}

// flushAll flushes every stream still open, as exit(3) does, and closes
// its fd, as the end of a process would: a run inside a longer-lived
// process must not leave them open. A popen child is not waited for.
func (m *module) flushAll() {
	for s := range m.streams {
		if s.closed {
			continue
		}
		_ = s.flush()
		s.closed = true
		_ = unix.Close(s.fd)
		delete(m.streams, s)
	}
}

// toInt64 converts v as QuickJS's JS_ToInt64Ext does: a BigInt modulo 2^64,
// anything else by ToNumber, truncated and saturated.
func toInt64(v goja.Value) int64 {
	if b, ok := v.Export().(*big.Int); ok {
		return int64(b.Uint64()) * int64(b.Sign()|1) // low 64 bits, two's complement
	}
	return jsrt.ToInt64(v)
}
