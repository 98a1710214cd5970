// Package std is QuickJS's std module: FILE objects over stdio-like
// buffered streams, C-style formatted output, extended JSON, environment
// access and script loading, with QuickJS's conventions (FILE or null with
// errObj.errno, -errno results, raw wait statuses).
package std

import (
	"runtime"
	"weak"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "std", Load: load})
}

// module is the std module's state in one VM; it belongs to the loop
// goroutine.
type module struct {
	vm        *jsrt.VM
	rt        *goja.Runtime
	fileProto *goja.Object
	handleKey *goja.Symbol // the FILE objects' hidden property holding their handle
	out       *stream

	// streams are the FILEs the script opened and has not closed: exit
	// flushes them, as C's exit flushes every open FILE.
	streams map[*stream]weak.Pointer[handle]
	dead    *deadStreams

	// lastObj and lastStream cache the FILE a method was last called on,
	// so that a loop over one FILE skips the export of its object.
	lastObj    *goja.Object
	lastStream *stream

	scratch []byte  // printf's output buffer, reused
	one     [1]byte // putByte's
	tmpSeq  int
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	m := &module{vm: vm, rt: vm.Runtime(), streams: make(map[*stream]weak.Pointer[handle]), dead: &deadStreams{}, handleKey: goja.NewSymbol("FILE")}
	spawn.Reserve()
	m.installFileProto()
	in, out, errs := m.stdStreams()
	m.out = out
	vm.OnExit(m.flushAll)

	e.Set("in", m.newFile(in, false))
	e.Set("out", m.newFile(out, false))
	e.Set("err", m.newFile(errs, false))

	e.Func("exit", func(call goja.FunctionCall) goja.Value {
		vm.Exit(int(int32(jsrt.ToInt64(jsrt.Arg(call, 0)))))
		return nil
	})
	e.Func("gc", func(goja.FunctionCall) goja.Value {
		// goja's objects live on the Go heap: a collection is what lets the
		// cleanups of unreachable FILEs run, as QuickJS's finalizers do.
		runtime.GC()
		m.reap()
		return goja.Undefined()
	})
	e.Func("evalScript", m.jsEvalScript)
	e.Func("loadScript", m.jsLoadScript)
	e.Func("loadFile", m.jsLoadFile)
	e.Func("writeFile", m.jsWriteFile)
	e.Func("getenv", m.jsGetenv)
	e.Func("setenv", m.jsSetenv)
	e.Func("unsetenv", m.jsUnsetenv)
	e.Func("getenviron", m.jsGetenviron)
	e.Func("urlGet", m.jsURLGet)
	e.Func("strerror", m.jsStrerror)
	e.Func("parseExtJSON", func(call goja.FunctionCall) goja.Value {
		v, err := parseExtJSON(m.rt, m.vm.ToString(jsrt.Arg(call, 0)))
		if err != nil {
			panic(err)
		}
		return v
	})

	e.Func("open", m.jsOpen)
	e.Func("popen", m.jsPopen)
	e.Func("fdopen", m.jsFdopen)
	e.Func("tmpfile", m.jsTmpfile)
	e.Func("puts", func(call goja.FunctionCall) goja.Value {
		m.puts(m.out, call.Arguments)
		return goja.Undefined()
	})
	e.Func("printf", func(call goja.FunctionCall) goja.Value {
		return m.printf(m.out, call.Arguments)
	})
	e.Func("sprintf", func(call goja.FunctionCall) goja.Value {
		var format string
		args := call.Arguments
		if len(args) > 0 {
			format = m.vm.ToString(args[0])
			args = args[1:]
		}
		b, err := appendPrintf(nil, m.rt, format, args)
		if err != nil {
			panic(err)
		}
		return m.rt.ToValue(string(b))
	})

	e.Set("SEEK_SET", 0)
	e.Set("SEEK_CUR", 1)
	e.Set("SEEK_END", 2)
	errs2 := m.rt.NewObject()
	for _, c := range []struct {
		name string
		v    unix.Errno
	}{
		{"EINVAL", unix.EINVAL}, {"EIO", unix.EIO}, {"EACCES", unix.EACCES},
		{"EEXIST", unix.EEXIST}, {"ENOSPC", unix.ENOSPC}, {"ENOSYS", unix.ENOSYS},
		{"EBUSY", unix.EBUSY}, {"ENOENT", unix.ENOENT}, {"EPERM", unix.EPERM},
		{"EPIPE", unix.EPIPE}, {"EBADF", unix.EBADF},
	} {
		_ = errs2.Set(c.name, int(c.v))
	}
	e.Set("Error", errs2)
	m.vm.SetLengths(e.Object(), lengths)
	m.vm.SetLengths(m.fileProto, fileLengths)
	return nil
}
