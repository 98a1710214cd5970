package fsimpl

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
)

// cpOptions are fs.cp's options.
type cpOptions struct {
	recursive, force, errorOnExist, dereference, preserveTimestamps, verbatimSymlinks bool
}

func opCp(f *FS, args []goja.Value) task {
	src := f.path(arg(args, 0), "src")
	dest := f.path(arg(args, 1), "dest")
	opts := f.options(arg(args, 2))
	o := cpOptions{
		recursive:          boolOpt(opts, "recursive"),
		force:              true,
		errorOnExist:       boolOpt(opts, "errorOnExist"),
		dereference:        boolOpt(opts, "dereference"),
		preserveTimestamps: boolOpt(opts, "preserveTimestamps"),
		verbatimSymlinks:   boolOpt(opts, "verbatimSymlinks"),
	}
	if v := opt(opts, "force"); !goja.IsUndefined(v) {
		o.force = v.ToBoolean()
	}
	if v := opt(opts, "filter"); !goja.IsUndefined(v) {
		f.throwCode("TypeError", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM", "The cp option filter is not supported by this runtime")
	}
	return task{work: func() (any, error) { return nil, cpTop(src, dest, o) }}
}

func cpTop(src, dest string, o cpOptions) error {
	as, _ := filepath.Abs(src)
	ad, _ := filepath.Abs(dest)
	if as == ad {
		return &systemError{code: "ERR_FS_CP_EINVAL", prefix: "Invalid src or dest", errno: unix.EINVAL, syscall: "cp", message: "src and dest cannot be the same", path: dest}
	}
	st, err := statAt(unix.AT_FDCWD, src, o.dereference)
	if err != nil {
		return pathErr(err, map[bool]string{true: "stat", false: "lstat"}[o.dereference], src)
	}
	if isDir(st) {
		if !o.recursive {
			return &systemError{code: "ERR_FS_EISDIR", prefix: "Path is a directory", errno: unix.EINVAL, uvCode: "EISDIR", syscall: "cp", message: src + " is a directory (not copied)", path: src}
		}
		if strings.HasPrefix(ad+"/", as+"/") {
			return &systemError{code: "ERR_FS_CP_EINVAL", prefix: "Invalid src or dest", errno: unix.EINVAL, syscall: "cp", message: "cannot copy " + src + " to a subdirectory of self " + dest, path: dest}
		}
	}
	return cpAny(src, dest, st, o)
}

func isDir(st *statInfo) bool { return uint32(st.mode)&unix.S_IFMT == unix.S_IFDIR }

// cpAny copies src, whose stat is st, to dest.
func cpAny(src, dest string, st *statInfo, o cpOptions) error {
	dst, derr := statAt(unix.AT_FDCWD, dest, false)
	if derr == nil {
		switch {
		case isDir(st) && !isDir(dst):
			return &systemError{code: "ERR_FS_CP_DIR_TO_NON_DIR", prefix: "Cannot overwrite non-directory with directory", errno: unix.EISDIR, syscall: "cp", message: "cannot overwrite non-directory " + dest + " with directory " + src, path: dest}
		case !isDir(st) && isDir(dst):
			return &systemError{code: "ERR_FS_CP_NON_DIR_TO_DIR", prefix: "Cannot overwrite directory with non-directory", errno: unix.ENOTDIR, syscall: "cp", message: "cannot overwrite directory " + dest + " with non-directory " + src, path: dest}
		}
	}
	switch uint32(st.mode) & unix.S_IFMT {
	case unix.S_IFDIR:
		if derr != nil {
			if err := unix.Mkdir(dest, uint32(st.mode)&0o7777); err != nil {
				return pathErr(err, "mkdir", dest)
			}
		}
		ents, err := os.ReadDir(src)
		if err != nil {
			return pathErr(err, "opendir", src)
		}
		for _, e := range ents {
			s, d := filepath.Join(src, e.Name()), filepath.Join(dest, e.Name())
			est, err := statAt(unix.AT_FDCWD, s, o.dereference)
			if err != nil {
				return pathErr(err, "lstat", s)
			}
			if err := cpAny(s, d, est, o); err != nil {
				return err
			}
		}
	case unix.S_IFLNK:
		link, err := os.Readlink(src)
		if err != nil {
			return pathErr(err, "readlink", src)
		}
		if !o.verbatimSymlinks && !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(src), link)
			if abs, err := filepath.Abs(link); err == nil {
				link = abs
			}
		}
		if derr == nil {
			if !o.force {
				return existsErr(dest, o)
			}
			if err := unix.Unlink(dest); err != nil {
				return pathErr(err, "unlink", dest)
			}
		}
		if err := unix.Symlink(link, dest); err != nil {
			return destErr(err, "symlink", link, dest)
		}
		return nil
	case unix.S_IFREG:
		if derr == nil && !o.force {
			return existsErr(dest, o)
		}
		if err := copyFile(src, dest, false); err != nil {
			return destErr(err, "copyfile", src, dest)
		}
	default:
		return &systemError{code: "ERR_FS_CP_UNKNOWN", prefix: "Cannot copy an unknown file type", errno: unix.EINVAL, syscall: "cp", message: "cannot copy an unknown file type " + dest, path: dest}
	}
	if o.preserveTimestamps {
		ts := []unix.Timespec{st.atime, st.mtime}
		if err := unix.UtimesNanoAt(unix.AT_FDCWD, dest, ts, 0); err != nil {
			return pathErr(err, "utime", dest)
		}
	}
	return nil
}

// existsErr is the outcome of copying onto an existing file without
// force: an error with errorOnExist, else nothing (the file is skipped).
func existsErr(dest string, o cpOptions) error {
	if !o.errorOnExist {
		return nil
	}
	return &systemError{code: "ERR_FS_CP_EEXIST", prefix: "Target already exists", errno: unix.EEXIST, syscall: "cp", message: dest + " already exists", path: dest}
}

// randomSuffix is mkdtemp's six random characters.
func randomSuffix() string {
	const chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var b [6]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = chars[int(b[i])%len(chars)]
	}
	return string(b[:])
}
