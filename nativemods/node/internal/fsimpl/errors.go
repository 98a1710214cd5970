package fsimpl

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
)

// sysError is a failed system call as Node reports it: the error's code,
// errno and message come from the errno, and the call and the paths it was
// given are part of the message ("ENOENT: no such file or directory, open
// 'x'").
type sysError struct {
	errno   unix.Errno
	syscall string
	path    string // "" when the call took none (read, write)
	dest    string // the second path of rename, link, copyfile
	hasPath bool
	hasDest bool
}

func (e *sysError) Error() string {
	code, desc := errnoName(e.errno)
	s := fmt.Sprintf("%s: %s, %s", code, desc, e.syscall)
	if e.hasPath {
		s += " '" + e.path + "'"
	}
	if e.hasDest {
		s += " -> '" + e.dest + "'"
	}
	return s
}

// errnoOf returns the errno behind err, EIO when it holds none.
func errnoOf(err error) unix.Errno {
	var en unix.Errno
	if errors.As(err, &en) {
		return en
	}
	return unix.EIO
}

// pathErr is the error of syscall on path.
func pathErr(err error, syscall, path string) error {
	return &sysError{errno: errnoOf(err), syscall: syscall, path: path, hasPath: true}
}

// destErr is the error of syscall from path to dest.
func destErr(err error, syscall, path, dest string) error {
	return &sysError{errno: errnoOf(err), syscall: syscall, path: path, dest: dest, hasPath: true, hasDest: true}
}

// fdErr is the error of syscall on a file descriptor: no path.
func fdErr(err error, syscall string) error {
	return &sysError{errno: errnoOf(err), syscall: syscall}
}

// osErr converts an error of the os package, whose Op names the call.
func osErr(err error, path string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		op := pe.Op
		if op == "unlinkat" || op == "remove" {
			op = "unlink"
		}
		return pathErr(pe.Err, op, pe.Path)
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return destErr(le.Err, le.Op, le.Old, le.New)
	}
	return pathErr(err, "open", path)
}

// A systemError is one of Node's SystemErrors (ERR_FS_EISDIR, ...): a code
// of Node's own over an errno, with an info object.
type systemError struct {
	code    string // "ERR_FS_EISDIR"
	prefix  string // "Path is a directory"
	errno   unix.Errno
	uvCode  string // the info's code when not errno's name
	syscall string
	message string // the info's message: "is a directory"
	path    string
}

func (e *systemError) Error() string {
	return fmt.Sprintf("%s: %s returned %s (%s) %s", e.prefix, e.syscall, e.infoCode(), e.message, e.path)
}

func (e *systemError) infoCode() string {
	if e.uvCode != "" {
		return e.uvCode
	}
	code, _ := errnoName(e.errno)
	return code
}

// jsError converts an error of a file system call into the JS error Node
// would give.
func (f *FS) jsError(err error) goja.Value {
	rt := f.rt
	var se *sysError
	if errors.As(err, &se) {
		code, _ := errnoName(se.errno)
		obj := f.vm.NewError("Error", "%s", se.Error())
		_ = obj.Set("errno", -int(se.errno))
		_ = obj.Set("code", code)
		_ = obj.Set("syscall", se.syscall)
		if se.hasPath {
			_ = obj.Set("path", se.path)
		}
		if se.hasDest {
			_ = obj.Set("dest", se.dest)
		}
		return obj
	}
	var ye *systemError
	if errors.As(err, &ye) {
		code := ye.infoCode()
		obj := f.vm.NewError("Error", "%s", ye.Error())
		_ = obj.DefineDataProperty("name", rt.ToValue("SystemError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		info := rt.NewObject()
		_ = info.Set("code", code)
		_ = info.Set("message", ye.message)
		_ = info.Set("path", ye.path)
		_ = info.Set("syscall", ye.syscall)
		_ = info.Set("errno", int(ye.errno))
		_ = obj.Set("code", ye.code)
		_ = obj.Set("info", info)
		_ = obj.Set("errno", int(ye.errno))
		_ = obj.Set("syscall", ye.syscall)
		_ = obj.Set("path", ye.path)
		return obj
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	return f.vm.NewError("Error", "%v", err)
}

// errnoName returns the code ("ENOENT") and libuv's description of an errno.
func errnoName(e unix.Errno) (code, desc string) {
	if d, ok := errnoText[e]; ok {
		return d.code, d.desc
	}
	name := unix.ErrnoName(e)
	if name == "" {
		return "UNKNOWN", "unknown error"
	}
	return name, strings.ToLower(e.Error())
}

// errnoText holds the codes and descriptions Node gives the errors file
// system calls meet.
var errnoText = map[unix.Errno]struct{ code, desc string }{
	unix.E2BIG:        {"E2BIG", "argument list too long"},
	unix.EACCES:       {"EACCES", "permission denied"},
	unix.EAGAIN:       {"EAGAIN", "resource temporarily unavailable"},
	unix.EBADF:        {"EBADF", "bad file descriptor"},
	unix.EBUSY:        {"EBUSY", "resource busy or locked"},
	unix.ECANCELED:    {"ECANCELED", "operation canceled"},
	unix.EEXIST:       {"EEXIST", "file already exists"},
	unix.EFAULT:       {"EFAULT", "bad address in system call argument"},
	unix.EFBIG:        {"EFBIG", "file too large"},
	unix.EINTR:        {"EINTR", "interrupted system call"},
	unix.EINVAL:       {"EINVAL", "invalid argument"},
	unix.EIO:          {"EIO", "i/o error"},
	unix.EISDIR:       {"EISDIR", "illegal operation on a directory"},
	unix.ELOOP:        {"ELOOP", "too many symbolic links encountered"},
	unix.EMFILE:       {"EMFILE", "too many open files"},
	unix.EMLINK:       {"EMLINK", "too many links"},
	unix.ENAMETOOLONG: {"ENAMETOOLONG", "name too long"},
	unix.ENFILE:       {"ENFILE", "file table overflow"},
	unix.ENODEV:       {"ENODEV", "no such device"},
	unix.ENOENT:       {"ENOENT", "no such file or directory"},
	unix.ENOMEM:       {"ENOMEM", "not enough memory"},
	unix.ENOSPC:       {"ENOSPC", "no space left on device"},
	unix.ENOSYS:       {"ENOSYS", "function not implemented"},
	unix.ENOTDIR:      {"ENOTDIR", "not a directory"},
	unix.ENOTEMPTY:    {"ENOTEMPTY", "directory not empty"},
	unix.ENOTSUP:      {"ENOTSUP", "operation not supported on socket"},
	unix.ENOTTY:       {"ENOTTY", "inappropriate ioctl for device"},
	unix.ENXIO:        {"ENXIO", "no such device or address"},
	unix.EPERM:        {"EPERM", "operation not permitted"},
	unix.EPIPE:        {"EPIPE", "broken pipe"},
	unix.EROFS:        {"EROFS", "read-only file system"},
	unix.ESPIPE:       {"ESPIPE", "invalid seek"},
	unix.ETXTBSY:      {"ETXTBSY", "text file is busy"},
	unix.EXDEV:        {"EXDEV", "cross-device link not permitted"},
}
