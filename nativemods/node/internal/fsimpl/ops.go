package fsimpl

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodebytes"
)

// arg returns args[i], or undefined.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

// target is a file named by a path or given as an open fd.
type target struct {
	path string
	fd   int // the process's fd when isFd
	isFd bool
}

// target reads a readFile/writeFile target: a path, an fd or a FileHandle.
func (f *FS) target(v goja.Value) target {
	if obj, ok := v.(*goja.Object); ok {
		if fd := obj.GetSymbol(f.fdKey); fd != nil {
			return target{fd: int(fd.ToInteger()), isFd: true}
		}
	}
	p, fd, isFd := f.pathOrFd(v)
	if isFd {
		f.flushFor(fd)
		return target{fd: f.vm.Fd(fd), isFd: true}
	}
	return target{path: p}
}

// scriptFd checks an fd argument and maps it to the process's fd.
func (f *FS) scriptFd(v goja.Value) int {
	fd := f.fd(v, "fd")
	f.flushFor(fd)
	return f.vm.Fd(fd)
}

// flushFor flushes the script's buffered stdout before a call on its fd 1
// or 2, so that output keeps its order.
func (f *FS) flushFor(fd int) {
	if fd == 1 || fd == 2 {
		_ = f.vm.Stdout().Flush()
	}
}

// open opens t (when it is a path) and returns the fd and a function that
// closes what open opened.
func (t target) open(flags int, mode uint32) (int, func(), error) {
	if t.isFd {
		return t.fd, func() {}, nil
	}
	fd, err := openFile(t.path, flags, mode)
	if err != nil {
		return -1, nil, pathErr(err, "open", t.path)
	}
	return fd, func() { _ = closeFd(fd) }, nil
}

func opReadFile(f *FS, args []goja.Value) task {
	t := f.target(arg(args, 0))
	enc := f.encoding(arg(args, 1), "")
	flags := f.flags(opt(f.options(arg(args, 1)), "flag"), "r")
	var a *jsrt.Asset
	if !t.isFd && flags&(unix.O_WRONLY|unix.O_RDWR) == 0 {
		a = f.vm.Asset(t.path)
	}
	return task{
		work: func() (any, error) {
			if a != nil {
				return readAsset(a, t.path)
			}
			fd, done, err := t.open(flags, 0o666)
			if err != nil {
				return nil, err
			}
			defer done()
			return readAll(fd)
		},
		result: func(v any) goja.Value { return f.decode(v.([]byte), enc) },
	}
}

// writeOp is writeFile, or appendFile with flag "a".
func writeOp(flag string) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		t := f.target(arg(args, 0))
		enc := f.encoding(arg(args, 2), "utf8")
		opts := f.options(arg(args, 2))
		mode := f.mode(opt(opts, "mode"), 0o666)
		flags := f.flags(opt(opts, "flag"), flag)
		data := f.data(arg(args, 1), enc)
		return task{work: func() (any, error) {
			fd, done, err := t.open(flags, mode)
			if err != nil {
				return nil, err
			}
			defer done()
			return nil, writeAll(fd, data)
		}}
	}
}

// statOp is stat (follow) or lstat.
func statOp(follow bool, syscall string) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		p := f.path(arg(args, 0), "path")
		opts := f.options(arg(args, 1))
		quiet := opts != nil && opts.Get("throwIfNoEntry") != nil && !goja.IsUndefined(opts.Get("throwIfNoEntry")) && !opts.Get("throwIfNoEntry").ToBoolean()
		a := f.vm.Asset(p)
		return task{
			work: func() (any, error) {
				if a != nil {
					return assetStat(a), nil
				}
				st, err := statAt(unix.AT_FDCWD, p, follow)
				if err != nil {
					if quiet && (err == unix.ENOENT || err == unix.ENOTDIR) {
						return (*statInfo)(nil), nil
					}
					return nil, pathErr(err, syscall, p)
				}
				return st, nil
			},
			result: f.statsResult,
		}
	}
}

func (f *FS) statsResult(v any) goja.Value {
	st := v.(*statInfo)
	if st == nil {
		return goja.Undefined()
	}
	return f.stats(st)
}

func opFstat(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	return task{
		work: func() (any, error) {
			st, err := statAt(fd, "", true)
			if err != nil {
				return nil, fdErr(err, "fstat")
			}
			return st, nil
		},
		result: f.statsResult,
	}
}

func opReaddir(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	enc := f.encoding(arg(args, 1), "utf8")
	opts := f.options(arg(args, 1))
	types, recursive := boolOpt(opts, "withFileTypes"), boolOpt(opts, "recursive")
	a := f.vm.Asset(p)
	return task{
		work: func() (any, error) {
			if a != nil {
				return f.assetReaddir(a, p, recursive)
			}
			return readdir(p, recursive)
		},
		result: func(v any) goja.Value {
			ds := v.([]dirent)
			out := make([]any, len(ds))
			for i, d := range ds {
				if types {
					out[i] = f.direntObject(d, enc)
				} else {
					out[i] = f.decode([]byte(d.name), enc)
				}
			}
			return f.rt.NewArray(out...)
		},
	}
}

// readdir lists dir, sorted by name as libuv does; a recursive listing
// goes breadth first, as Node's does.
func readdir(dir string, recursive bool) ([]dirent, error) {
	var out []dirent
	queue := []string{""}
	for len(queue) > 0 {
		rel := queue[0]
		queue = queue[1:]
		abs := dir
		if rel != "" {
			abs = dir + "/" + rel
		}
		ents, err := os.ReadDir(abs)
		if err != nil {
			return nil, pathErr(err, "scandir", abs)
		}
		for _, e := range ents {
			d := dirent{name: e.Name(), base: e.Name(), parent: abs, kind: modeDirent(goModeType(e.Type()))}
			if rel != "" {
				d.name = rel + "/" + e.Name()
			}
			out = append(out, d)
			if recursive && d.kind == direntDir {
				queue = append(queue, d.name)
			}
		}
	}
	return out, nil
}

// goModeType converts an fs.FileMode's type bits to st_mode's.
func goModeType(m os.FileMode) uint32 {
	switch {
	case m&os.ModeDir != 0:
		return unix.S_IFDIR
	case m&os.ModeSymlink != 0:
		return unix.S_IFLNK
	case m&os.ModeNamedPipe != 0:
		return unix.S_IFIFO
	case m&os.ModeSocket != 0:
		return unix.S_IFSOCK
	case m&os.ModeCharDevice != 0:
		return unix.S_IFCHR
	case m&os.ModeDevice != 0:
		return unix.S_IFBLK
	}
	return unix.S_IFREG
}

func opMkdir(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	mode := uint32(0o777)
	recursive := false
	if o := arg(args, 1); typeOf(o) == "number" || typeOf(o) == "string" {
		mode = f.mode(o, 0o777)
	} else if opts := f.options(o); opts != nil {
		recursive = boolOpt(opts, "recursive")
		mode = f.mode(opt(opts, "mode"), 0o777)
	}
	return task{
		work: func() (any, error) {
			if !recursive {
				if err := unix.Mkdir(p, mode); err != nil {
					return nil, pathErr(err, "mkdir", p)
				}
				return nil, nil
			}
			first, err := mkdirAll(p, mode)
			if err != nil {
				return nil, pathErr(err, "mkdir", p)
			}
			return first, nil
		},
		result: func(v any) goja.Value {
			if s, _ := v.(string); s != "" {
				return f.rt.ToValue(s)
			}
			return goja.Undefined()
		},
	}
}

// mkdirAll makes p and its missing parents, returning the first directory
// it made ("" when p existed).
func mkdirAll(p string, mode uint32) (string, error) {
	err := unix.Mkdir(p, mode)
	switch err {
	case nil:
		return p, nil
	case unix.EEXIST:
		if st, serr := statAt(unix.AT_FDCWD, p, true); serr == nil && uint32(st.mode)&unix.S_IFMT == unix.S_IFDIR {
			return "", nil
		}
		return "", err
	case unix.ENOENT:
		parent := filepath.Dir(strings.TrimRight(p, "/"))
		if parent == p || parent == "." || parent == "/" {
			return "", err
		}
		first, perr := mkdirAll(parent, mode)
		if perr != nil {
			return "", perr
		}
		if err := unix.Mkdir(p, mode); err != nil && err != unix.EEXIST {
			return "", err
		}
		if first == "" {
			first = p
		}
		return first, nil
	}
	return "", err
}

func opRm(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	opts := f.options(arg(args, 1))
	recursive, force := boolOpt(opts, "recursive"), boolOpt(opts, "force")
	return task{work: func() (any, error) {
		st, err := statAt(unix.AT_FDCWD, p, false)
		if err != nil {
			if force && err == unix.ENOENT {
				return nil, nil
			}
			return nil, pathErr(err, "lstat", p)
		}
		if uint32(st.mode)&unix.S_IFMT == unix.S_IFDIR && !recursive {
			return nil, &systemError{code: "ERR_FS_EISDIR", prefix: "Path is a directory", errno: unix.EISDIR, syscall: "rm", message: "is a directory", path: p}
		}
		return nil, removeAll(p, force)
	}}
}

// removeAll removes p and, for a directory, all it holds.
func removeAll(p string, force bool) error {
	st, err := statAt(unix.AT_FDCWD, p, false)
	if err != nil {
		if force && err == unix.ENOENT {
			return nil
		}
		return pathErr(err, "lstat", p)
	}
	if uint32(st.mode)&unix.S_IFMT != unix.S_IFDIR {
		if err := unix.Unlink(p); err != nil && !(force && err == unix.ENOENT) {
			return pathErr(err, "unlink", p)
		}
		return nil
	}
	ents, err := os.ReadDir(p)
	if err != nil {
		return pathErr(err, "scandir", p)
	}
	for _, e := range ents {
		if err := removeAll(filepath.Join(p, e.Name()), force); err != nil {
			return err
		}
	}
	if err := unix.Rmdir(p); err != nil && !(force && err == unix.ENOENT) {
		return pathErr(err, "rmdir", p)
	}
	return nil
}

func opRmdir(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	recursive := boolOpt(f.options(arg(args, 1)), "recursive")
	return task{work: func() (any, error) {
		if recursive {
			return nil, removeAll(p, false)
		}
		if err := unix.Rmdir(p); err != nil {
			return nil, pathErr(err, "rmdir", p)
		}
		return nil, nil
	}}
}

// pathCall is an op taking one path and nothing else.
func pathCall(syscall string, fn func(string) error) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		p := f.path(arg(args, 0), "path")
		return task{work: func() (any, error) {
			if err := fn(p); err != nil {
				return nil, pathErr(err, syscall, p)
			}
			return nil, nil
		}}
	}
}

// twoPathCall is an op from one path to another (rename, link).
func twoPathCall(syscall, from, to string, fn func(a, b string) error) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		a := f.path(arg(args, 0), from)
		b := f.path(arg(args, 1), to)
		return task{work: func() (any, error) {
			if err := fn(a, b); err != nil {
				return nil, destErr(err, syscall, a, b)
			}
			return nil, nil
		}}
	}
}

func opSymlink(f *FS, args []goja.Value) task {
	target := f.path(arg(args, 0), "target")
	p := f.path(arg(args, 1), "path")
	return task{work: func() (any, error) {
		if err := unix.Symlink(target, p); err != nil {
			return nil, destErr(err, "symlink", target, p)
		}
		return nil, nil
	}}
}

func opCopyFile(f *FS, args []goja.Value) task {
	src := f.path(arg(args, 0), "src")
	dest := f.path(arg(args, 1), "dest")
	mode := int64(0)
	if m := arg(args, 2); !absent(m) {
		mode = f.integer(m, "mode", 0, 7)
	}
	return task{work: func() (any, error) {
		if err := copyFile(src, dest, mode&1 != 0); err != nil {
			return nil, destErr(err, "copyfile", src, dest)
		}
		return nil, nil
	}}
}

// copyFile copies src's contents and permission bits to dest, which must
// not exist when excl.
func copyFile(src, dest string, excl bool) error {
	in, err := openFile(src, unix.O_RDONLY, 0)
	if err != nil {
		return err
	}
	defer closeFd(in)
	st, err := statAt(in, "", true)
	if err != nil {
		return err
	}
	if uint32(st.mode)&unix.S_IFMT == unix.S_IFDIR {
		return unix.EISDIR
	}
	flags := unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC
	if excl {
		flags |= unix.O_EXCL
	}
	perm := uint32(st.mode) & 0o7777
	out, err := openFile(dest, flags, perm)
	if err != nil {
		return err
	}
	if err := copyContents(out, in); err != nil {
		closeFd(out)
		return err
	}
	if err := unix.Fchmod(out, perm); err != nil {
		closeFd(out)
		return err
	}
	return closeFd(out)
}

func opReadlink(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	enc := f.encoding(arg(args, 1), "utf8")
	return task{
		work: func() (any, error) {
			s, err := os.Readlink(p)
			if err != nil {
				return nil, pathErr(err, "readlink", p)
			}
			return s, nil
		},
		result: func(v any) goja.Value { return f.decode([]byte(v.(string)), enc) },
	}
}

// realpathOp is realpath: native uses realpath(3)'s errors, the default
// Node's own walk's, which come from lstat of a component.
func realpathOp(native bool) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		p := f.path(arg(args, 0), "path")
		enc := f.encoding(arg(args, 1), "utf8")
		return task{
			work: func() (any, error) {
				abs, err := filepath.Abs(p)
				if err != nil {
					return nil, pathErr(err, "realpath", p)
				}
				r, err := filepath.EvalSymlinks(abs)
				if err != nil {
					if native {
						return nil, pathErr(err, "realpath", p)
					}
					return nil, osErr(err, p)
				}
				return r, nil
			},
			result: func(v any) goja.Value { return f.decode([]byte(v.(string)), enc) },
		}
	}
}

func opChmod(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	mode := f.requiredMode(arg(args, 1))
	return task{work: func() (any, error) {
		if err := unix.Chmod(p, mode); err != nil {
			return nil, pathErr(err, "chmod", p)
		}
		return nil, nil
	}}
}

func opFchmod(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	mode := f.requiredMode(arg(args, 1))
	return task{work: func() (any, error) {
		if err := unix.Fchmod(fd, mode); err != nil {
			return nil, fdErr(err, "fchmod")
		}
		return nil, nil
	}}
}

// requiredMode reads a mode that must be given.
func (f *FS) requiredMode(v goja.Value) uint32 {
	if absent(v) {
		f.invalidType("mode", "of type number", v)
	}
	return f.mode(v, 0)
}

// unixTime reads a time argument of utimes: seconds, a numeric string or
// a Date.
func (f *FS) unixTime(v goja.Value, name string) unix.Timespec {
	var sec float64
	switch typeOf(v) {
	case "number":
		sec = v.ToFloat()
	case "string":
		sec = v.ToFloat()
	case "object":
		if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Date" {
			if getTime, ok := goja.AssertFunction(obj.Get("getTime")); ok {
				if t, err := getTime(obj); err == nil {
					sec = t.ToFloat() / 1000
					break
				}
			}
		}
		fallthrough
	default:
		f.invalidType(name, "of type number or an instance of Date", v)
	}
	if math.IsNaN(sec) || math.IsInf(sec, 0) {
		sec = float64(time.Now().UnixNano()) / 1e9
	}
	whole := math.Floor(sec)
	return unix.Timespec{Sec: int64(whole), Nsec: int64((sec - whole) * 1e9)}
}

// utimesOp is utimes (a path, following links), lutimes or futimes.
func utimesOp(kind string) func(f *FS, args []goja.Value) task {
	return func(f *FS, args []goja.Value) task {
		var p string
		fd := -1
		if kind == "futime" {
			fd = f.scriptFd(arg(args, 0))
		} else {
			p = f.path(arg(args, 0), "path")
		}
		ts := []unix.Timespec{f.unixTime(arg(args, 1), "atime"), f.unixTime(arg(args, 2), "mtime")}
		return task{work: func() (any, error) {
			var err error
			switch kind {
			case "futime":
				tv := []unix.Timeval{unix.NsecToTimeval(ts[0].Nano()), unix.NsecToTimeval(ts[1].Nano())}
				return nil, wrapFd(unix.Futimes(fd, tv), kind)
			case "lutime":
				err = unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, unix.AT_SYMLINK_NOFOLLOW)
			default:
				err = unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, 0)
			}
			if err != nil {
				return nil, pathErr(err, kind, p)
			}
			return nil, nil
		}}
	}
}

func wrapFd(err error, syscall string) error {
	if err != nil {
		return fdErr(err, syscall)
	}
	return nil
}

func opAccess(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	mode := uint32(unix.F_OK)
	if m := arg(args, 1); !absent(m) {
		mode = uint32(f.integer(m, "mode", 0, 7))
	}
	return task{work: func() (any, error) {
		if err := unix.Access(p, mode); err != nil {
			return nil, pathErr(err, "access", p)
		}
		return nil, nil
	}}
}

func opOpen(f *FS, args []goja.Value) task {
	p := f.path(arg(args, 0), "path")
	flags := f.flags(arg(args, 1), "r")
	mode := f.mode(arg(args, 2), 0o666)
	return task{work: func() (any, error) {
		fd, err := openFile(p, flags, mode)
		if err != nil {
			return nil, pathErr(err, "open", p)
		}
		return fd, nil
	}}
}

func opClose(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	return task{work: func() (any, error) { return nil, wrapFd(closeFd(fd), "close") }}
}

func opFsync(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	return task{work: func() (any, error) { return nil, wrapFd(unix.Fsync(fd), "fsync") }}
}

func opFtruncate(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	n := f.length(arg(args, 1))
	return task{work: func() (any, error) { return nil, wrapFd(unix.Ftruncate(fd, n), "ftruncate") }}
}

// length reads truncate's len: 0 when absent; negative means 0.
func (f *FS) length(v goja.Value) int64 {
	if absent(v) {
		return 0
	}
	return max(f.integer(v, "len", math.MinInt64/2, math.MaxInt64/2), 0)
}

func opTruncate(f *FS, args []goja.Value) task {
	t := f.target(arg(args, 0))
	n := f.length(arg(args, 1))
	return task{work: func() (any, error) {
		fd, done, err := t.open(unix.O_RDWR, 0)
		if err != nil {
			return nil, err
		}
		defer done()
		return nil, wrapFd(unix.Ftruncate(fd, n), "ftruncate")
	}}
}

func opMkdtemp(f *FS, args []goja.Value) task {
	prefix := f.path(arg(args, 0), "prefix")
	enc := f.encoding(arg(args, 1), "utf8")
	return task{
		work: func() (any, error) {
			for {
				p := prefix + randomSuffix()
				err := unix.Mkdir(p, 0o700)
				if err == nil {
					return p, nil
				}
				if err != unix.EEXIST {
					return nil, pathErr(err, "mkdtemp", prefix+"XXXXXX")
				}
			}
		},
		result: func(v any) goja.Value { return f.decode([]byte(v.(string)), enc) },
	}
}

// readResult is what a read gives: the count and the buffer read into.
type readResult struct {
	n   int
	buf goja.Value
}

// opRead is read(fd, buffer, offset, length, position) or
// read(fd, buffer, {offset, length, position}).
func opRead(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	bufv := arg(args, 1)
	offv, lenv, posv := arg(args, 2), arg(args, 3), arg(args, 4)
	if absent(bufv) {
		bufv = f.buffer(make([]byte, 16384))
	} else if obj, ok := bufv.(*goja.Object); ok && !f.isBufferLike(obj) {
		// read(fd, {buffer, offset, length, position})
		bufv = opt(obj, "buffer")
		offv, lenv, posv = opt(obj, "offset"), opt(obj, "length"), opt(obj, "position")
		if absent(bufv) {
			bufv = f.buffer(make([]byte, 16384))
		}
	} else if opts, ok := offv.(*goja.Object); ok {
		offv, lenv, posv = opt(opts, "offset"), opt(opts, "length"), opt(opts, "position")
	}
	buf, ok := nodebytes.View(f.vm, bufv)
	if !ok {
		f.invalidType("buffer", "an instance of Buffer, TypedArray, or DataView", bufv)
	}
	off, n := f.span(buf, offv, lenv)
	pos := f.position(posv)
	dst := buf[off : off+n]
	return task{
		work: func() (any, error) {
			r, err := readAt(fd, dst, pos)
			if err != nil {
				return nil, fdErr(err, "read")
			}
			return readResult{n: r, buf: bufv}, nil
		},
		result: func(v any) goja.Value { return f.rt.ToValue(v.(readResult).n) },
		cbArgs: func(v any) []goja.Value {
			r := v.(readResult)
			return []goja.Value{f.rt.ToValue(r.n), r.buf}
		},
	}
}

// isBufferLike reports whether obj is an ArrayBuffer view.
func (f *FS) isBufferLike(obj *goja.Object) bool {
	_, ok := nodebytes.View(f.vm, obj)
	return ok
}

// span checks an offset and a length into buf (defaults: 0 and the rest).
func (f *FS) span(buf []byte, offv, lenv goja.Value) (off, n int) {
	if !absent(offv) {
		off = int(f.integer(offv, "offset", 0, int64(len(buf))))
	}
	n = len(buf) - off
	if !absent(lenv) {
		n = int(f.integer(lenv, "length", 0, int64(len(buf)-off)))
	}
	return off, n
}

// position reads a file position: -1 (the fd's offset) when absent or -1.
func (f *FS) position(v goja.Value) int64 {
	if absent(v) {
		return -1
	}
	if typeOf(v) == "bigint" {
		return v.ToInteger()
	}
	p := f.integer(v, "position", -1, math.MaxInt64/2)
	return p
}

// writeResult is what a write gives: the count and what was written.
type writeResult struct {
	n    int
	data goja.Value
}

// opWrite is write(fd, buffer, offset, length, position) or
// write(fd, string, position, encoding).
func opWrite(f *FS, args []goja.Value) task {
	fd := f.scriptFd(arg(args, 0))
	datav := arg(args, 1)
	var b []byte
	pos := int64(-1)
	if typeOf(datav) == "string" {
		enc := "utf8"
		if e := arg(args, 3); !absent(e) {
			enc = f.encoding(e, "utf8")
		}
		if p := arg(args, 2); typeOf(p) == "number" {
			pos = f.position(p)
		}
		b = encode(datav, enc)
	} else {
		buf, ok := nodebytes.View(f.vm, datav)
		if !ok {
			f.invalidType("buffer", "of type string or an instance of Buffer, TypedArray, or DataView", datav)
		}
		offv, lenv, posv := arg(args, 2), arg(args, 3), arg(args, 4)
		if opts, ok := offv.(*goja.Object); ok {
			offv, lenv, posv = opt(opts, "offset"), opt(opts, "length"), opt(opts, "position")
		}
		off, n := f.span(buf, offv, lenv)
		pos = f.position(posv)
		b = buf[off : off+n]
	}
	return task{
		work: func() (any, error) {
			n, err := writeAt(fd, b, pos)
			if err != nil {
				return nil, fdErr(err, "write")
			}
			return writeResult{n: n, data: datav}, nil
		},
		result: func(v any) goja.Value { return f.rt.ToValue(v.(writeResult).n) },
		cbArgs: func(v any) []goja.Value {
			r := v.(writeResult)
			return []goja.Value{f.rt.ToValue(r.n), r.data}
		},
	}
}
