package fsimpl

import (
	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
)

// statInfo is what stat(2) says of a file, in Node's Stats fields.
type statInfo struct {
	dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks float64
	atime, mtime, ctime, birthtime                               unix.Timespec
}

// Dirent types, as Node numbers them (fs.constants.UV_DIRENT_*).
const (
	direntUnknown = iota
	direntFile
	direntDir
	direntLink
	direntFIFO
	direntSocket
	direntChar
	direntBlock
)

// modeDirent returns the Dirent type of a file mode's type bits.
func modeDirent(mode uint32) int {
	switch mode & unix.S_IFMT {
	case unix.S_IFREG:
		return direntFile
	case unix.S_IFDIR:
		return direntDir
	case unix.S_IFLNK:
		return direntLink
	case unix.S_IFIFO:
		return direntFIFO
	case unix.S_IFSOCK:
		return direntSocket
	case unix.S_IFCHR:
		return direntChar
	case unix.S_IFBLK:
		return direntBlock
	}
	return direntUnknown
}

// initClasses makes the Stats, Dirent and FileHandle classes.
func (f *FS) initClasses() {
	f.statsCtor, f.statsProto = f.class("Stats")
	f.direntCtor, f.direntProto = f.class("Dirent")
	f.handleCtor, f.handleProto = f.class("FileHandle")
	f.initHandle()
	kinds := []struct {
		method string
		kind   int
	}{
		{"isFile", direntFile}, {"isDirectory", direntDir}, {"isSymbolicLink", direntLink},
		{"isFIFO", direntFIFO}, {"isSocket", direntSocket},
		{"isCharacterDevice", direntChar}, {"isBlockDevice", direntBlock},
	}
	for _, k := range kinds {
		kind := k.kind
		_ = f.statsProto.Set(k.method, f.vm.Func(k.method, func(call goja.FunctionCall) goja.Value {
			mode := uint32(call.This.ToObject(f.rt).Get("mode").ToInteger())
			return f.rt.ToValue(modeDirent(mode) == kind)
		}))
		_ = f.direntProto.Set(k.method, f.vm.Func(k.method, func(call goja.FunctionCall) goja.Value {
			t := call.This.ToObject(f.rt).GetSymbol(f.typeKey)
			return f.rt.ToValue(t != nil && int(t.ToInteger()) == kind)
		}))
	}
}

// class returns a constructor named name and its prototype. Scripts meet
// its instances (made by the module) and may test them with instanceof;
// calling it makes an empty one.
func (f *FS) class(name string) (ctor, proto *goja.Object) {
	ctor = f.rt.ToValue(func(call goja.ConstructorCall) *goja.Object { return nil }).(*goja.Object)
	_ = ctor.DefineDataProperty("name", f.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto = ctor.Get("prototype").(*goja.Object)
	return ctor, proto
}

// stats returns a Stats object, with Node's fields in Node's order.
func (f *FS) stats(st *statInfo) goja.Value {
	obj := f.rt.NewObject()
	_ = obj.SetPrototype(f.statsProto)
	for _, kv := range []struct {
		k string
		v float64
	}{
		{"dev", st.dev}, {"mode", st.mode}, {"nlink", st.nlink}, {"uid", st.uid},
		{"gid", st.gid}, {"rdev", st.rdev}, {"blksize", st.blksize}, {"ino", st.ino},
		{"size", st.size}, {"blocks", st.blocks},
	} {
		_ = obj.Set(kv.k, kv.v)
	}
	times := []struct {
		k string
		t unix.Timespec
	}{{"atime", st.atime}, {"mtime", st.mtime}, {"ctime", st.ctime}, {"birthtime", st.birthtime}}
	ms := make([]float64, len(times))
	for i, t := range times {
		ms[i] = float64(t.t.Sec)*1e3 + float64(t.t.Nsec)/1e6
		_ = obj.Set(t.k+"Ms", ms[i])
	}
	for i, t := range times {
		d, err := f.date(nil, f.rt.ToValue(ms[i]))
		if err != nil {
			panic(err)
		}
		_ = obj.Set(t.k, d)
	}
	return obj
}

// A dirent is one entry of a directory listing.
type dirent struct {
	name   string // the name, or for a recursive listing the path below the listed directory
	base   string // the entry's own name
	parent string // the directory that holds it
	kind   int
}

// direntObject returns a Dirent: name, parentPath, path and its type.
func (f *FS) direntObject(d dirent, enc string) goja.Value {
	obj := f.rt.NewObject()
	_ = obj.SetPrototype(f.direntProto)
	_ = obj.Set("name", f.decode([]byte(d.base), enc))
	_ = obj.Set("parentPath", d.parent)
	_ = obj.Set("path", d.parent)
	_ = obj.SetSymbol(f.typeKey, d.kind)
	return obj
}
