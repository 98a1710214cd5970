// Package process is Node's node:process module, which is also the
// process global: the module's exports are the process object, an
// EventEmitter. argv is [execPath, the program's path, ...arguments] (a
// compiled program is its own script); env reads and writes the run's
// environment live; exit and exitCode end the run with a status after the
// 'exit' listeners; stdout and stderr write through the same buffered
// writer as console.log; stdin emits 'data' and 'end' and is async
// iterable. A listener for a signal's name (process.on("SIGINT")) handles
// that signal (signals.go), and process.kill to the process itself keeps
// the run alive until the signal's listeners have run.
//
// nextTick callbacks run as one microtask, before the promise jobs queued
// after the first of them and with the ticks they queue themselves; node
// runs them before every promise job, which goja's job queue does not
// allow.
package process

import (
	"io"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/events"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:process", Load: load})
}

// started is when the process started, for uptime.
var started = time.Now()

// nodeVersion is the version of Node whose APIs the module follows.
const nodeVersion = "v20.19.0"

type proc struct {
	vm       *jsrt.VM
	rt       *goja.Runtime
	obj      *goja.Object
	ticks    []tick
	draining bool
	exiting  bool
	emit     goja.Callable
}

type tick struct {
	fn   goja.Callable
	args []goja.Value
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	ee, err := events.Emitter(vm)
	if err != nil {
		return err
	}
	p := &proc{vm: vm, rt: rt, obj: e.Object()}
	o := p.obj
	_ = o.SetPrototype(ee.Get("prototype").(*goja.Object))
	if init, ok := goja.AssertFunction(ee.Get("init")); ok {
		if _, err := init(o); err != nil {
			return err
		}
	}
	p.emit, _ = goja.AssertFunction(o.Get("emit"))
	p.watchSignals()
	_ = o.DefineDataProperty(goja.SymToStringTag.String(), rt.ToValue("process"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("process"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	exe, err := os.Executable()
	if err != nil {
		exe = "/proc/self/exe"
	}
	args := vm.Args()
	argv0 := exe
	if len(args) > 0 {
		argv0 = args[0]
	}
	script := exe
	if len(args) > 0 && strings.Contains(args[0], "/") {
		if abs, err := filepath.Abs(args[0]); err == nil {
			script = abs
		}
	}
	argv := []any{exe, script}
	if len(args) > 1 {
		for _, a := range args[1:] {
			argv = append(argv, a)
		}
	}
	set := func(name string, v any) { _ = o.Set(name, v) }
	set("argv", rt.NewArray(argv...))
	set("argv0", argv0)
	set("execArgv", rt.NewArray())
	set("execPath", exe)
	set("title", filepath.Base(argv0))
	set("env", p.env())
	set("platform", runtime.GOOS)
	set("arch", arch())
	set("pid", os.Getpid())
	set("ppid", os.Getppid())
	set("version", nodeVersion)
	// gojsc bundles the browser builds of npm packages, whose package.json
	// may map Node's modules away ("os": false); process.browser, true as
	// browserify's and webpack's process objects have it, keeps a package
	// that looks for Node from taking the path those modules were cut from.
	_ = o.DefineDataProperty("browser", rt.ToValue(true), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	versions := rt.NewObject()
	_ = versions.Set("node", strings.TrimPrefix(nodeVersion, "v"))
	_ = versions.Set("gojsc", "0")
	_ = versions.Set("go", runtime.Version())
	set("versions", versions)
	release := rt.NewObject()
	_ = release.Set("name", "node")
	set("release", release)
	features := rt.NewObject()
	set("features", features)
	config := rt.NewObject()
	_ = config.Set("variables", rt.NewObject())
	set("config", config)

	var exitCode goja.Value = goja.Undefined()
	_ = o.DefineAccessorProperty("exitCode", rt.ToValue(func() goja.Value { return exitCode }), rt.ToValue(func(v goja.Value) {
		if !goja.IsUndefined(v) && !goja.IsNull(v) {
			checkCode(vm, v)
		}
		exitCode = v
	}), goja.FLAG_TRUE, goja.FLAG_TRUE)
	code := func() int {
		if goja.IsUndefined(exitCode) || goja.IsNull(exitCode) {
			return 0
		}
		return int(exitCode.ToInteger())
	}

	p.fn("exit", 1, func(call goja.FunctionCall) goja.Value {
		if v := jsrt.Arg(call, 0); !goja.IsUndefined(v) && !goja.IsNull(v) {
			checkCode(vm, v)
			exitCode = v
		}
		p.exit(code())
		return nil
	})
	p.fn("reallyExit", 1, func(call goja.FunctionCall) goja.Value {
		vm.Exit(int(jsrt.ToInt64(jsrt.Arg(call, 0))))
		return nil
	})
	p.fn("abort", 0, func(call goja.FunctionCall) goja.Value {
		vm.Exit(134)
		return nil
	})
	vm.OnIdle(func() {
		if p.exiting {
			return
		}
		p.call("beforeExit", rt.ToValue(code()))
		if vm.Loop().Alive() {
			return
		}
		p.exit(code())
	})
	p.fn("cwd", 0, func(call goja.FunctionCall) goja.Value {
		wd, err := os.Getwd()
		if err != nil {
			panic(sysError(vm, err, "uv_cwd", "", ""))
		}
		return rt.ToValue(wd)
	})
	p.fn("chdir", 1, func(call goja.FunctionCall) goja.Value {
		dir := nodeerr.String(vm, jsrt.Arg(call, 0), "directory")
		if err := os.Chdir(dir); err != nil {
			wd, _ := os.Getwd()
			panic(sysError(vm, err, "chdir", wd, dir))
		}
		return goja.Undefined()
	})
	p.fn("uptime", 0, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(time.Since(started).Seconds())
	})
	hr := p.fn("hrtime", 1, func(call goja.FunctionCall) goja.Value {
		ns := monotonic()
		sec, nsec := ns/1e9, ns%1e9
		if prev := jsrt.Arg(call, 0); !goja.IsUndefined(prev) {
			po, ok := prev.(*goja.Object)
			if !ok || po.ClassName() != "Array" {
				nodeerr.ArgType(vm, "time", "an instance of Array", prev)
			}
			if n := po.Get("length").ToInteger(); n != 2 {
				nodeerr.Throw(vm, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"time\" is out of range. It must be 2. Received %d", n)
			}
			sec -= po.Get("0").ToInteger()
			nsec -= po.Get("1").ToInteger()
			if nsec < 0 {
				sec--
				nsec += 1e9
			}
		}
		return rt.NewArray(sec, nsec)
	})
	_ = hr.Set("bigint", p.vm.Func("bigint", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(big.NewInt(monotonic()))
	}))
	p.fn("memoryUsage", 0, func(call goja.FunctionCall) goja.Value {
		return p.memoryUsage()
	})
	mu := o.Get("memoryUsage").(*goja.Object)
	_ = mu.Set("rss", vm.Func("rss", func(goja.FunctionCall) goja.Value {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return rt.ToValue(ms.Sys)
	}))
	p.fn("cpuUsage", 1, func(call goja.FunctionCall) goja.Value {
		var ru unix.Rusage
		_ = unix.Getrusage(unix.RUSAGE_SELF, &ru)
		r := rt.NewObject()
		_ = r.Set("user", ru.Utime.Sec*1e6+int64(ru.Utime.Usec))
		_ = r.Set("system", ru.Stime.Sec*1e6+int64(ru.Stime.Usec))
		return r
	})
	p.fn("nextTick", 1, func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(jsrt.Arg(call, 0))
		if !ok {
			nodeerr.ArgType(vm, "callback", "function", jsrt.Arg(call, 0))
		}
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = append(args, call.Arguments[1:]...)
		}
		p.nextTick(fn, args)
		return goja.Undefined()
	})
	p.fn("emitWarning", 1, func(call goja.FunctionCall) goja.Value {
		w := jsrt.Arg(call, 0)
		name := "Warning"
		if t, ok := jsrt.Arg(call, 1).(goja.String); ok {
			name = t.String()
		} else if opt, ok := jsrt.Arg(call, 1).(*goja.Object); ok {
			if t := opt.Get("type"); t != nil && !goja.IsUndefined(t) {
				name = t.String()
			}
		}
		msg := w.String()
		if wo, ok := w.(*goja.Object); ok {
			if n := wo.Get("name"); n != nil && !goja.IsUndefined(n) {
				name = n.String()
			}
			msg = wo.Get("message").String()
		}
		_ = vm.Stdout().Flush()
		_, _ = io.WriteString(vm.File(2), "(node:"+itoa(os.Getpid())+") "+name+": "+msg+"\n")
		return goja.Undefined()
	})
	p.fn("kill", 2, func(call goja.FunctionCall) goja.Value {
		pid := int(jsrt.ToInt64(jsrt.Arg(call, 0)))
		sig := unix.SIGTERM
		if s := jsrt.Arg(call, 1); !goja.IsUndefined(s) {
			if n, ok := s.Export().(int64); ok {
				sig = unix.Signal(n)
			} else if n := unix.SignalNum(s.String()); n != 0 {
				sig = n
			} else {
				nodeerr.Throw(vm, "TypeError", "ERR_UNKNOWN_SIGNAL", "Unknown signal: %s", s.String())
			}
		}
		if err := unix.Kill(pid, sig); err != nil {
			panic(sysError(vm, err, "kill", "", ""))
		}
		if pid == os.Getpid() || pid == 0 {
			// The run waits for the signal it sent itself to be handled.
			vm.Loop().SignalSent(sig)
		}
		return rt.ToValue(true)
	})
	p.fn("umask", 1, func(call goja.FunctionCall) goja.Value {
		if m := jsrt.Arg(call, 0); !goja.IsUndefined(m) {
			return rt.ToValue(unix.Umask(int(jsrt.ToInt64(m))))
		}
		old := unix.Umask(0)
		unix.Umask(old)
		return rt.ToValue(old)
	})
	for _, id := range []struct {
		name string
		fn   func() int
	}{{"getuid", os.Getuid}, {"geteuid", os.Geteuid}, {"getgid", os.Getgid}, {"getegid", os.Getegid}} {
		fn := id.fn
		p.fn(id.name, 0, func(goja.FunctionCall) goja.Value { return rt.ToValue(fn()) })
	}
	set("stdout", p.writeStream(1))
	set("stderr", p.writeStream(2))
	var stdin goja.Value
	_ = o.DefineAccessorProperty("stdin", rt.ToValue(func() goja.Value {
		if stdin == nil {
			stdin = p.stdin()
		}
		return stdin
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)

	_ = rt.GlobalObject().DefineDataProperty("process", o, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return nil
}

// fn sets a method of the process object.
func (p *proc) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	v := p.vm.Func(name, f).(*goja.Object)
	_ = v.DefineDataProperty("length", p.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = p.obj.Set(name, v)
	return v
}

// call emits event on the process object.
func (p *proc) call(event string, args ...goja.Value) {
	_, err := p.emit(p.obj, append([]goja.Value{p.rt.ToValue(event)}, args...)...)
	if err != nil {
		panic(err)
	}
}

// exit emits 'exit' once and ends the run with code.
func (p *proc) exit(code int) {
	if !p.exiting {
		p.exiting = true
		p.call("exit", p.rt.ToValue(code))
		if v := p.obj.Get("exitCode"); v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
			code = int(v.ToInteger())
		}
	}
	p.vm.Exit(code)
}

// checkCode validates an exit code as node does: an integer.
func checkCode(vm *jsrt.VM, v goja.Value) {
	switch x := v.Export().(type) {
	case int64:
		return
	case float64:
		if x == float64(int64(x)) {
			return
		}
		nodeerr.Throw(vm, "RangeError", "ERR_OUT_OF_RANGE", "The value of \"code\" is out of range. It must be an integer. Received %s", v.String())
	case string:
		if _, ok := v.ToNumber().Export().(int64); ok && strings.TrimSpace(x) != "" {
			return
		}
	}
	nodeerr.ArgType(vm, "code", "number", v)
}

// nextTick queues fn; the queue is drained in one microtask.
func (p *proc) nextTick(fn goja.Callable, args []goja.Value) {
	p.ticks = append(p.ticks, tick{fn, args})
	if len(p.ticks) > 1 || p.draining {
		return
	}
	queue, _ := goja.AssertFunction(p.rt.GlobalObject().Get("queueMicrotask"))
	_, err := queue(goja.Undefined(), p.vm.Func("processTicks", func(goja.FunctionCall) goja.Value {
		p.draining = true
		defer func() { p.draining = false }()
		for len(p.ticks) > 0 {
			t := p.ticks[0]
			p.ticks = p.ticks[1:]
			p.vm.Call(t.fn, goja.Undefined(), t.args...)
		}
		return goja.Undefined()
	}))
	if err != nil {
		panic(err)
	}
}

// env is process.env: a proxy over the run's environment.
func (p *proc) env() *goja.Object {
	vm, rt := p.vm, p.rt
	target := rt.NewObject()
	key := func(prop string) (string, bool) { return prop, prop != "" }
	return rt.ToValue(rt.NewProxy(target, &goja.ProxyTrapConfig{
		Get: func(_ *goja.Object, prop string, _ goja.Value) goja.Value {
			if k, ok := key(prop); ok {
				if v, ok := vm.LookupEnv(k); ok {
					return rt.ToValue(v)
				}
			}
			return goja.Undefined()
		},
		Set: func(_ *goja.Object, prop string, v goja.Value, _ goja.Value) bool {
			vm.Setenv(prop, v.String())
			return true
		},
		Has: func(_ *goja.Object, prop string) bool {
			_, ok := vm.LookupEnv(prop)
			return ok
		},
		DeleteProperty: func(_ *goja.Object, prop string) bool {
			vm.Unsetenv(prop)
			return true
		},
		OwnKeys: func(*goja.Object) *goja.Object {
			var keys []any
			for _, kv := range vm.Environ() {
				if k, _, ok := strings.Cut(kv, "="); ok {
					keys = append(keys, k)
				}
			}
			return rt.NewArray(keys...)
		},
		GetOwnPropertyDescriptor: func(_ *goja.Object, prop string) goja.PropertyDescriptor {
			v, ok := vm.LookupEnv(prop)
			if !ok {
				return goja.PropertyDescriptor{}
			}
			return goja.PropertyDescriptor{Value: rt.ToValue(v), Writable: goja.FLAG_TRUE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_TRUE}
		},
	})).(*goja.Object)
}

func (p *proc) memoryUsage() goja.Value {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	r := p.rt.NewObject()
	_ = r.Set("rss", ms.Sys)
	_ = r.Set("heapTotal", ms.HeapSys)
	_ = r.Set("heapUsed", ms.HeapAlloc)
	_ = r.Set("external", 0)
	_ = r.Set("arrayBuffers", 0)
	return r
}

// monotonic is a monotonic clock in nanoseconds, as hrtime reads it.
func monotonic() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return time.Since(started).Nanoseconds()
	}
	return ts.Nano()
}

// arch is Go's GOARCH as node names it.
func arch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	case "ppc64le":
		return "ppc64"
	}
	return runtime.GOARCH
}

func itoa(n int) string {
	return big.NewInt(int64(n)).String()
}

// sysError is a system call's failure as node reports it: "ENOENT: no
// such file or directory, chdir '/a' -> 'b'" with errno, code, syscall,
// path and dest.
func sysError(vm *jsrt.VM, err error, syscall, path, dest string) *goja.Object {
	errno := unix.Errno(sysfd.Errno(err, unix.EIO))
	code := unix.ErrnoName(errno)
	msg := code + ": " + errnoText(errno) + ", " + syscall
	if path != "" {
		msg += " '" + path + "'"
	}
	if dest != "" {
		msg += " -> '" + dest + "'"
	}
	e := vm.NewError("Error", "%s", msg)
	rt := vm.Runtime()
	_ = e.Set("errno", -int(errno))
	_ = e.Set("code", code)
	_ = e.Set("syscall", syscall)
	if path != "" {
		_ = e.Set("path", path)
	}
	if dest != "" {
		_ = e.Set("dest", dest)
	}
	_ = rt
	return e
}

// errnoText is libuv's wording of an errno: strerror's, lower case first.
func errnoText(e unix.Errno) string {
	s := e.Error()
	return s
}
