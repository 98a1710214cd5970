package os

import (
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
)

// process exports exec, waitpid, kill, getpid and sleep.
func (m *module) process(e *jsrt.Exports) {
	e.Func("exec", m.exec)
	e.Func("waitpid", func(call goja.FunctionCall) goja.Value {
		var ws unix.WaitStatus
		for {
			pid, err := unix.Wait4(intArg(call, 0), &ws, intArg(call, 1), nil)
			if err == unix.EINTR {
				continue
			}
			if err != nil {
				return m.rt.NewArray(-sysfd.Errno(err, syscall.EIO), 0)
			}
			return m.rt.NewArray(pid, int(ws))
		}
	})
	e.Func("kill", func(call goja.FunctionCall) goja.Value {
		pid, sig := intArg(call, 0), unix.Signal(intArg(call, 1))
		err := unix.Kill(pid, sig)
		if err == nil && (pid == os.Getpid() || pid == 0) {
			m.vm.Loop().SignalSent(sig)
		}
		return m.result(0, err)
	})
	e.Func("getpid", func(call goja.FunctionCall) goja.Value { return m.rt.ToValue(os.Getpid()) })
	e.Func("sleep", func(call goja.FunctionCall) goja.Value {
		ms := max(jsrt.ToInt64(jsrt.Arg(call, 0)), 0)
		time.Sleep(time.Duration(min(ms, int64(1<<62)/int64(time.Millisecond))) * time.Millisecond)
		return m.rt.ToValue(0)
	})
}

// execRequest is what exec's arguments ask for.
type execRequest struct {
	argv    []string
	file    string
	usePath bool
	block   bool
	attr    spawn.Attr
}

// exec(args, {block, usePath, file, cwd, stdin, stdout, stderr, env, uid,
// gid}) → exit code or -signal when blocking, pid otherwise. A program that
// cannot be run counts as exiting with 127, as the child of QuickJS's fork
// does: the blocking form returns 127, the other returns the pid of a child
// that exits with 127.
func (m *module) exec(call goja.FunctionCall) goja.Value {
	req := m.execArgs(call)
	// The child writes to the same fd 1: what the script printed so far
	// must come first.
	_ = m.vm.Stdout().Flush()
	pid, err := req.start(m.vm.LookupEnv)
	if err != nil {
		if !req.block {
			pid, err = req.startFailedChild()
			if err != nil {
				m.vm.Throw("Error", "exec %s: %v", req.argv[0], err)
			}
			return m.rt.ToValue(pid)
		}
		return m.rt.ToValue(127)
	}
	if !req.block {
		return m.rt.ToValue(pid)
	}
	ws, err := spawn.Wait(pid)
	if err != nil {
		m.vm.Throw("Error", "exec %s: waiting for pid %d: %v", req.argv[0], pid, err)
	}
	if ws.Signaled() {
		return m.rt.ToValue(-int(ws.Signal()))
	}
	return m.rt.ToValue(ws.ExitStatus())
}

// execArgs reads exec's arguments, throwing for those QuickJS rejects.
func (m *module) execArgs(call goja.FunctionCall) *execRequest {
	args := jsrt.Arg(call, 0).ToObject(m.rt)
	// A missing length or element (a number, a sparse array-like) reads as
	// undefined, as in QuickJS: no length is 0 arguments, a hole is the
	// string "undefined".
	n := int64(0)
	if v := args.Get("length"); v != nil {
		n = jsrt.ToInt64(v)
	}
	if n < 1 || n > 65535 {
		m.vm.Throw("TypeError", "invalid number of arguments")
	}
	req := &execRequest{argv: make([]string, n), block: true, usePath: true}
	for i := range req.argv {
		req.argv[i] = m.vm.ToString(args.Get(strconv.Itoa(i)))
	}
	req.file = req.argv[0]
	files := [3]int{m.vm.Fd(0), m.vm.Fd(1), m.vm.Fd(2)}
	var cred *spawn.Credential
	if len(call.Arguments) >= 2 {
		opts := call.Arguments[1].ToObject(m.rt)
		get := func(name string) goja.Value {
			v := opts.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return nil
			}
			return v
		}
		if v := get("block"); v != nil {
			req.block = v.ToBoolean()
		}
		if v := get("usePath"); v != nil {
			req.usePath = v.ToBoolean()
		}
		if v := get("file"); v != nil {
			req.file = m.vm.ToString(v)
		}
		if v := get("cwd"); v != nil {
			req.attr.Dir = m.vm.ToString(v)
		}
		for i, name := range []string{"stdin", "stdout", "stderr"} {
			if v := get(name); v != nil {
				files[i] = m.vm.Fd(int(int32(v.ToInteger())))
			}
		}
		if v := get("env"); v != nil {
			envObj := v.ToObject(m.rt)
			for _, k := range envObj.Keys() {
				req.attr.Env = append(req.attr.Env, k+"="+m.vm.ToString(envObj.Get(k)))
			}
			if req.attr.Env == nil {
				req.attr.Env = []string{}
			}
		}
		uid, gid := get("uid"), get("gid")
		if uid != nil || gid != nil {
			cred = &spawn.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
			if uid != nil {
				cred.Uid = uint32(uid.ToInteger())
			}
			if gid != nil {
				cred.Gid = uint32(gid.ToInteger())
			}
		}
	}
	if req.attr.Env == nil {
		req.attr.Env = m.vm.Environ()
	}
	req.attr.Files = files
	req.attr.Cred = cred
	return req
}

// start starts the child, finding its program in the run's PATH, and
// returns its pid.
func (req *execRequest) start(lookupEnv func(string) (string, bool)) (int, error) {
	path := req.file
	if req.usePath {
		var err error
		if path, err = spawn.LookPath(req.file, lookupEnv); err != nil {
			return 0, err
		}
	}
	return spawn.Start(path, req.argv, &req.attr)
}

// startFailedChild starts a child that exits at once with status 127: what
// a non-blocking exec of a program that cannot run leaves the script to
// wait for. It gets the run's stdio, as the child that failed would have.
func (req *execRequest) startFailedChild() (int, error) {
	sh, argv := spawn.Shell("exit 127")
	return spawn.Start(sh, argv, &spawn.Attr{Env: []string{}, Files: req.attr.Files})
}
