// Package child_process is Node's node:child_process module, in its
// synchronous forms: spawnSync, execSync and execFileSync, with Node's
// options (input, encoding, stdio, env, cwd, shell, timeout, killSignal,
// maxBuffer), results and errors. The option checks and the errors are
// in child_process.js; run starts the child through nativemods/internal/spawn,
// feeds it its input, collects its output and waits for it.
package child_process

import (
	_ "embed"
	"errors"
	"os"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodebytes"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:child_process", Load: load})
}

//go:embed child_process.js
var code string

var source = &jsmod.Source{Name: "node:child_process", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	spawn.Reserve()
	rt := vm.Runtime()
	b := rt.NewObject()
	set := func(name string, fn any) { _ = b.Set(name, fn) }
	set("argType", func(name, expected string, v goja.Value) goja.Value {
		return nodeerr.ArgTypeError(vm, name, expected, v)
	})
	set("error", func(ctor, code, msg string) goja.Value {
		return nodeerr.New(vm, ctor, code, "%s", msg)
	})
	set("received", func(v goja.Value) string { return nodeerr.Received(vm, v) })
	set("isBytes", func(v goja.Value) bool {
		_, ok := nodebytes.View(vm, v)
		return ok
	})
	set("signal", func(name string) int { return int(unix.SignalNum(name)) })
	set("signalName", func(n int) string { return unix.SignalName(syscall.Signal(n)) })
	set("environ", vm.Environ)
	set("errnoName", func(n int) string { return unix.ErrnoName(syscall.Errno(n)) })
	set("decode", func(v goja.Value, enc string) goja.Value {
		bs, _ := nodebytes.View(vm, v)
		return nodebytes.Decode(vm, bs, enc)
	})
	set("writeErr", func(v goja.Value) {
		if bs, ok := nodebytes.View(vm, v); ok {
			_, _ = vm.File(2).Write(bs)
		} else {
			_, _ = vm.File(2).WriteString(v.String())
		}
	})
	set("run", func(call goja.FunctionCall) goja.Value {
		return run(vm, call.Argument(0).(*goja.Object))
	})
	exports, err := source.Call(vm, b)
	if err != nil {
		return err
	}
	obj := exports.(*goja.Object)
	for _, k := range obj.Keys() {
		e.Set(k, obj.Get(k))
	}
	return nil
}

// request is what child_process.js asks run for, its options checked and
// given their defaults.
type request struct {
	file, cwd string
	argv, env []string
	// stdio is each of the child's fds 0 to 2: "pipe", "ignore", or the
	// script's fd number.
	stdio      [3]goja.Value
	input      []byte
	timeout    time.Duration
	killSignal syscall.Signal
	maxBuffer  float64
	encoding   string
}

func readRequest(vm *jsrt.VM, o *goja.Object) *request {
	rt := vm.Runtime()
	r := &request{
		file:       o.Get("file").String(),
		killSignal: syscall.Signal(o.Get("killSignal").ToInteger()),
		maxBuffer:  o.Get("maxBuffer").ToFloat(),
		encoding:   o.Get("encoding").String(),
		timeout:    time.Duration(o.Get("timeout").ToInteger()) * time.Millisecond,
	}
	_ = rt.ExportTo(o.Get("argv"), &r.argv)
	if v := o.Get("env"); !goja.IsUndefined(v) {
		_ = rt.ExportTo(v, &r.env)
	}
	if v := o.Get("cwd"); !goja.IsUndefined(v) {
		r.cwd = v.String()
	}
	stdio := o.Get("stdio").(*goja.Object)
	for i := range r.stdio {
		r.stdio[i] = stdio.Get(string(rune('0' + i)))
	}
	if v := o.Get("input"); !goja.IsUndefined(v) {
		b, _ := nodebytes.View(vm, v)
		r.input = append([]byte(nil), b...)
	}
	return r
}

// child is one run's state shared with its goroutines.
type child struct {
	pid      int
	sig      syscall.Signal
	timedOut atomic.Bool
	overflow atomic.Bool
	once     sync.Once
}

// kill ends the child with its kill signal, once.
func (c *child) kill() {
	c.once.Do(func() { _ = unix.Kill(c.pid, c.sig) })
}

// run starts the child the request describes and waits for it. It returns
// {pid, status, signal, stdout, stderr, errno}: errno is the negative
// error number of a child that could not start, or that was killed for
// outlasting its timeout (ETIMEDOUT) or overflowing maxBuffer (ENOBUFS).
func run(vm *jsrt.VM, o *goja.Object) goja.Value {
	rt := vm.Runtime()
	r := readRequest(vm, o)
	res := rt.NewObject()
	fail := func(err error) goja.Value {
		var errno syscall.Errno
		if !errors.As(err, &errno) {
			errno = syscall.EINVAL
		}
		_ = res.Set("errno", -int(errno))
		_ = res.Set("pid", 0)
		return res
	}
	lookup := vm.LookupEnv
	if r.env != nil {
		lookup = func(key string) (string, bool) {
			for _, kv := range r.env {
				if len(kv) > len(key) && kv[len(key)] == '=' && kv[:len(key)] == key {
					return kv[len(key)+1:], true
				}
			}
			return "", false
		}
	}
	path, err := spawn.LookPath(r.file, lookup)
	if err != nil {
		return fail(err)
	}

	var files [3]int
	var ours []*os.File   // our ends of the pipes, closed when done
	var theirs []*os.File // the child's ends, closed once it has them
	defer func() {
		for _, f := range append(ours, theirs...) {
			_ = f.Close()
		}
	}()
	var pipes [3]*os.File
	for i, s := range r.stdio {
		switch {
		case s.String() == "pipe":
			pr, pw, err := os.Pipe()
			if err != nil {
				return fail(err)
			}
			mine, its := pr, pw
			if i == 0 {
				mine, its = pw, pr
			}
			ours, theirs = append(ours, mine), append(theirs, its)
			pipes[i] = mine
			files[i] = int(its.Fd())
		case s.String() == "ignore":
			f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
			if err != nil {
				return fail(err)
			}
			theirs = append(theirs, f)
			files[i] = int(f.Fd())
		default:
			files[i] = vm.Fd(int(s.ToInteger()))
		}
	}
	// A child writing to our stdout must come after what the script
	// printed.
	_ = vm.Stdout().Flush()
	pid, err := spawn.Start(path, r.argv, &spawn.Attr{Dir: r.cwd, Env: r.env, Files: files})
	for _, f := range theirs {
		_ = f.Close()
	}
	theirs = nil
	if err != nil {
		return fail(err)
	}
	c := &child{pid: pid, sig: r.killSignal}
	if r.timeout > 0 {
		t := time.AfterFunc(r.timeout, func() {
			c.timedOut.Store(true)
			c.kill()
		})
		defer t.Stop()
	}

	var wg sync.WaitGroup
	if pipes[0] != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// A child that exits without reading its input makes this
			// fail with EPIPE, which is no error of the run.
			_, _ = pipes[0].Write(r.input)
			_ = pipes[0].Close()
		}()
	}
	var outs [3][]byte
	for i := 1; i <= 2; i++ {
		if pipes[i] == nil {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			buf := make([]byte, 64*1024)
			for {
				n, err := pipes[i].Read(buf)
				outs[i] = append(outs[i], buf[:n]...)
				// maxBuffer bounds each stream, as Node's does.
				if float64(len(outs[i])) > r.maxBuffer && !c.overflow.Load() {
					c.overflow.Store(true)
					c.kill()
				}
				if err != nil {
					return
				}
			}
		}()
	}
	ws, err := spawn.Wait(pid)
	if c.timedOut.Load() || c.overflow.Load() {
		// A grandchild may hold the pipes open: what it writes now is
		// not waited for.
		for _, f := range pipes {
			if f != nil {
				_ = f.SetDeadline(time.Now())
			}
		}
	}
	wg.Wait()
	if err != nil {
		return fail(err)
	}

	_ = res.Set("pid", pid)
	switch {
	case ws.Signaled():
		_ = res.Set("status", goja.Null())
		_ = res.Set("signal", unix.SignalName(ws.Signal()))
	default:
		_ = res.Set("status", ws.ExitStatus())
		_ = res.Set("signal", goja.Null())
	}
	for i, name := range []string{1: "stdout", 2: "stderr"} {
		if i == 0 {
			continue
		}
		if pipes[i] == nil {
			_ = res.Set(name, goja.Null())
			continue
		}
		enc, ok := nodebytes.Norm(r.encoding)
		if !ok {
			enc = ""
		}
		_ = res.Set(name, nodebytes.Decode(vm, outs[i], enc))
	}
	switch {
	case c.timedOut.Load():
		_ = res.Set("errno", -int(syscall.ETIMEDOUT))
	case c.overflow.Load():
		_ = res.Set("errno", -int(syscall.ENOBUFS))
	}
	return res
}
