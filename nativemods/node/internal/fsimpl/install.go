package fsimpl

import (
	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

// Which forms of an op a module exports.
const (
	formSync = 1 << iota
	formCallback
	formPromise
	formAll = formSync | formCallback | formPromise
)

// table lists the ops with the forms Node gives each.
var table = []struct {
	op    op
	forms int
}{
	{op{"readFile", 1, opReadFile}, formAll},
	{op{"writeFile", 2, writeOp("w")}, formAll},
	{op{"appendFile", 2, writeOp("a")}, formAll},
	{op{"stat", 1, statOp(true, "stat")}, formAll},
	{op{"lstat", 1, statOp(false, "lstat")}, formAll},
	{op{"fstat", 1, opFstat}, formSync | formCallback},
	{op{"readdir", 1, opReaddir}, formAll},
	{op{"mkdir", 1, opMkdir}, formAll},
	{op{"rm", 1, opRm}, formAll},
	{op{"rmdir", 1, opRmdir}, formAll},
	{op{"unlink", 1, pathCall("unlink", unix.Unlink)}, formAll},
	{op{"rename", 2, twoPathCall("rename", "oldPath", "newPath", unix.Rename)}, formAll},
	{op{"link", 2, twoPathCall("link", "existingPath", "newPath", unix.Link)}, formAll},
	{op{"copyFile", 2, opCopyFile}, formAll},
	{op{"cp", 2, opCp}, formAll},
	{op{"symlink", 2, opSymlink}, formAll},
	{op{"readlink", 1, opReadlink}, formAll},
	{op{"realpath", 1, realpathOp(false)}, formAll},
	{op{"chmod", 2, opChmod}, formAll},
	{op{"fchmod", 2, opFchmod}, formSync | formCallback},
	{op{"utimes", 3, utimesOp("utime")}, formAll},
	{op{"lutimes", 3, utimesOp("lutime")}, formAll},
	{op{"futimes", 3, utimesOp("futime")}, formSync | formCallback},
	{op{"access", 1, opAccess}, formAll},
	{op{"open", 1, opOpen}, formSync | formCallback},
	{op{"close", 1, opClose}, formSync | formCallback},
	{op{"read", 1, opRead}, formSync | formCallback},
	{op{"write", 2, opWrite}, formSync | formCallback},
	{op{"fsync", 1, opFsync}, formSync | formCallback},
	{op{"fdatasync", 1, opFsync}, formSync | formCallback},
	{op{"ftruncate", 1, opFtruncate}, formSync | formCallback},
	{op{"truncate", 1, opTruncate}, formAll},
	{op{"mkdtemp", 1, opMkdtemp}, formAll},
}

// opByName returns the op of the table named name.
func opByName(name string) *op {
	for i := range table {
		if table[i].op.name == name {
			return &table[i].op
		}
	}
	panic("fsimpl: no op " + name)
}

// InstallFS fills e with node:fs. Its promises property is node:fs/promises
// when that module is linked too, else an equal object of its own.
func InstallFS(vm *jsrt.VM, e *jsrt.Exports) error {
	f := newFS(vm)
	for i := range table {
		o := &table[i].op
		if table[i].forms&formCallback != 0 {
			e.Set(o.name, f.callbackForm(o))
		}
		if table[i].forms&formSync != 0 {
			e.Set(o.name+"Sync", f.syncForm(o))
		}
	}
	nativeOp := &op{"realpath", 1, realpathOp(true)}
	_ = e.Object().Get("realpath").(*goja.Object).Set("native", f.callbackForm(nativeOp))
	_ = e.Object().Get("realpathSync").(*goja.Object).Set("native", f.syncForm(nativeOp))

	e.Func("existsSync", func(call goja.FunctionCall) goja.Value {
		var p string
		if f.catch(func() { p = f.path(jsrt.Arg(call, 0), "path") }) != nil {
			return f.rt.ToValue(false)
		}
		return f.rt.ToValue(f.vm.Asset(p) != nil || unix.Access(p, unix.F_OK) == nil)
	})
	e.Func("exists", func(call goja.FunctionCall) goja.Value {
		cb, ok := goja.AssertFunction(jsrt.Arg(call, 1))
		if !ok {
			f.invalidType("cb", "of type function", jsrt.Arg(call, 1))
		}
		var p string
		bad := f.catch(func() { p = f.path(jsrt.Arg(call, 0), "path") }) != nil
		f.start(task{work: func() (any, error) {
			return !bad && (f.vm.Asset(p) != nil || unix.Access(p, unix.F_OK) == nil), nil
		}}, func(v any, _ error) {
			f.vm.Call(cb, goja.Undefined(), f.rt.ToValue(v))
		})
		return goja.Undefined()
	})

	constants := f.constants()
	e.Set("constants", constants)
	for _, k := range []string{"F_OK", "R_OK", "W_OK", "X_OK"} {
		e.Set(k, constants.Get(k))
	}
	e.Set("Stats", f.statsCtor)
	e.Set("Dirent", f.direntCtor)

	var promises *goja.Object
	err := e.Object().DefineAccessorProperty("promises", vm.Func("promises", func(goja.FunctionCall) goja.Value {
		if promises == nil {
			if _, linked := jsrt.Lookup("node:fs/promises"); linked {
				obj, err := vm.Require("node:fs/promises")
				if err != nil {
					panic(err)
				}
				promises = obj
			} else {
				promises = f.rt.NewObject()
				f.fillPromises(promises)
			}
		}
		return promises
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return err
}

// InstallPromises fills e with node:fs/promises.
func InstallPromises(vm *jsrt.VM, e *jsrt.Exports) error {
	f := newFS(vm)
	f.fillPromises(e.Object())
	return nil
}

// fillPromises sets the promise forms and the constants on obj.
func (f *FS) fillPromises(obj *goja.Object) {
	for i := range table {
		if table[i].forms&formPromise != 0 {
			_ = obj.Set(table[i].op.name, f.promiseForm(&table[i].op))
		}
	}
	_ = obj.Set("open", f.vm.Func("open", f.openHandle))
	_ = obj.Set("constants", f.constants())
}

// constants is fs.constants.
func (f *FS) constants() *goja.Object {
	c := f.rt.NewObject()
	for _, kv := range []struct {
		k string
		v int
	}{
		{"UV_FS_SYMLINK_DIR", 1}, {"UV_FS_SYMLINK_JUNCTION", 2},
		{"O_RDONLY", unix.O_RDONLY}, {"O_WRONLY", unix.O_WRONLY}, {"O_RDWR", unix.O_RDWR},
		{"UV_DIRENT_UNKNOWN", direntUnknown}, {"UV_DIRENT_FILE", direntFile}, {"UV_DIRENT_DIR", direntDir},
		{"UV_DIRENT_LINK", direntLink}, {"UV_DIRENT_FIFO", direntFIFO}, {"UV_DIRENT_SOCKET", direntSocket},
		{"UV_DIRENT_CHAR", direntChar}, {"UV_DIRENT_BLOCK", direntBlock},
		{"S_IFMT", unix.S_IFMT}, {"S_IFREG", unix.S_IFREG}, {"S_IFDIR", unix.S_IFDIR},
		{"S_IFCHR", unix.S_IFCHR}, {"S_IFBLK", unix.S_IFBLK}, {"S_IFIFO", unix.S_IFIFO},
		{"S_IFLNK", unix.S_IFLNK}, {"S_IFSOCK", unix.S_IFSOCK},
		{"O_CREAT", unix.O_CREAT}, {"O_EXCL", unix.O_EXCL}, {"UV_FS_O_FILEMAP", 0},
		{"O_NOCTTY", unix.O_NOCTTY}, {"O_TRUNC", unix.O_TRUNC}, {"O_APPEND", unix.O_APPEND},
		{"O_DIRECTORY", unix.O_DIRECTORY}, {"O_NOFOLLOW", unix.O_NOFOLLOW},
		{"O_SYNC", unix.O_SYNC}, {"O_NONBLOCK", unix.O_NONBLOCK},
		{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
		{"S_IRWXG", 0o70}, {"S_IRGRP", 0o40}, {"S_IWGRP", 0o20}, {"S_IXGRP", 0o10},
		{"S_IRWXO", 0o7}, {"S_IROTH", 0o4}, {"S_IWOTH", 0o2}, {"S_IXOTH", 0o1},
		{"F_OK", unix.F_OK}, {"R_OK", unix.R_OK}, {"W_OK", unix.W_OK}, {"X_OK", unix.X_OK},
		{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1},
		{"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
		{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
	} {
		_ = c.Set(kv.k, kv.v)
	}
	extraConstants(c)
	return c
}

// openHandle is fsPromises.open: a FileHandle over the fd.
func (f *FS) openHandle(call goja.FunctionCall) goja.Value {
	o := opByName("open")
	return f.promise(func() task { return o.parse(f, call.Arguments) }, func(t task, v any) goja.Value {
		h := f.rt.NewObject()
		_ = h.SetPrototype(f.handleProto)
		_ = h.SetSymbol(f.fdKey, v.(int))
		return h
	})
}

// initHandle sets FileHandle's methods: most are an op of the promise
// form on its fd.
func (f *FS) initHandle() {
	proto := f.handleProto
	_ = proto.DefineAccessorProperty("fd", f.vm.Func("fd", func(call goja.FunctionCall) goja.Value {
		return f.handleFd(call.This)
	}), nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
	method := func(name, opName string, wrap func(t task, v any) goja.Value) {
		o := opByName(opName)
		_ = proto.Set(name, f.vm.Func(name, func(call goja.FunctionCall) goja.Value {
			fdv := f.handleFd(call.This)
			args := append([]goja.Value{fdv}, call.Arguments...)
			return f.promise(func() task {
				if fdv.ToInteger() < 0 {
					return task{work: func() (any, error) { return nil, fdErr(unix.EBADF, name) }}
				}
				return o.parse(f, args)
			}, wrap)
		}))
	}
	method("readFile", "readFile", nil)
	method("writeFile", "writeFile", nil)
	method("appendFile", "appendFile", nil)
	method("stat", "fstat", nil)
	method("truncate", "ftruncate", nil)
	method("chmod", "fchmod", nil)
	method("utimes", "futimes", nil)
	method("sync", "fsync", nil)
	method("datasync", "fdatasync", nil)
	method("read", "read", func(t task, v any) goja.Value {
		r := v.(readResult)
		obj := f.rt.NewObject()
		_ = obj.Set("bytesRead", r.n)
		_ = obj.Set("buffer", r.buf)
		return obj
	})
	method("write", "write", func(t task, v any) goja.Value {
		r := v.(writeResult)
		obj := f.rt.NewObject()
		_ = obj.Set("bytesWritten", r.n)
		_ = obj.Set("buffer", r.data)
		return obj
	})
	closeOp := opByName("close")
	_ = proto.Set("close", f.vm.Func("close", func(call goja.FunctionCall) goja.Value {
		h := call.This.ToObject(f.rt)
		fdv := f.handleFd(h)
		if fdv.ToInteger() < 0 {
			p, resolve, _ := f.rt.NewPromise()
			_ = resolve(goja.Undefined())
			return f.rt.ToValue(p)
		}
		_ = h.SetSymbol(f.fdKey, -1)
		return f.promise(func() task { return closeOp.parse(f, []goja.Value{fdv}) }, nil)
	}))
}

// handleFd returns the fd of a FileHandle (-1 once closed).
func (f *FS) handleFd(this goja.Value) goja.Value {
	obj, ok := this.(*goja.Object)
	if ok {
		if fd := obj.GetSymbol(f.fdKey); fd != nil {
			return fd
		}
	}
	f.throwCode("TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type FileHandle")
	return nil
}
