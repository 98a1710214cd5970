// Package process is the native module of the example gojsc grew from: it
// runs a command with a pipe to its output or input, as popen(3) does, and
// hands the script the pipe's file descriptor to use with the os module's
// read handlers.
//
//	import { open, close } from "process";
//	import * as std from "std";
//	import * as os from "os";
//
//	const fd = open("curl -s https://example.com/data.json", "r");
//	const buf = new ArrayBuffer(4096);
//	os.setReadHandler(fd, () => {
//		const n = os.read(fd, buf, 0, buf.byteLength);
//		if (n > 0) return std.out.write(buf, 0, n);
//		os.setReadHandler(fd, null);
//		print("exit status", close(fd));
//	});
//
// open(command, mode) runs command through /bin/sh -c, or, given an array
// of strings, runs argv[0] found on PATH (by execvp's rules, as os.exec
// finds programs) with the array as its arguments and no shell. Another
// type of command or mode, or an array with a hole or a non-string, is a
// TypeError. Only fds 0-2 and the pipe reach the child.
// Mode "r" reads the child's stdout through the returned fd, mode "w"
// writes to its stdin; the child inherits the program's other standard
// streams. The fd is close-on-exec, so other children do not hold the pipe
// open. Failures return a negative errno, as the os module does.
//
// close(fd) closes the pipe and waits for the child, returning its exit
// status (0-255, or 128+signal when a signal killed it), or -EBADF for an fd
// open did not return. Like pclose(3) it blocks until the child exits: call
// it once the read handler sees end of file, when the child has finished
// writing and exits at once. Other children keep running meanwhile; only
// the script waits.
package process

import (
	"strconv"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "process", Load: load})
}

// children are the commands open started in one VM, by pipe fd.
type children map[int]child

// A child is a command started by open.
type child struct {
	pid int
	// writer: the child writes to our stdout, not to the pipe.
	writer bool
	// pipe identifies our end of the pipe, so that close can tell it from
	// a file that reuses the fd number after the script closed it itself.
	pipe fileID
}

// fileID is what fstat says an open file is.
type fileID struct{ dev, ino uint64 }

func identify(fd int) (fileID, bool) {
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil {
		return fileID{}, false
	}
	return fileID{uint64(st.Dev), uint64(st.Ino)}, true
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	spawn.Reserve()
	kids := children{}
	e.Func("open", func(call goja.FunctionCall) goja.Value {
		return vm.Runtime().ToValue(kids.open(vm, call))
	})
	e.Func("close", func(call goja.FunctionCall) goja.Value {
		return vm.Runtime().ToValue(kids.close(vm, jsrt.ToInt(jsrt.Arg(call, 0))))
	})
	return nil
}

// open implements open(command, mode); see the package documentation.
func (kids children) open(vm *jsrt.VM, call goja.FunctionCall) int {
	argv := commandArgs(vm, jsrt.Arg(call, 0))
	mode, ok := str(jsrt.Arg(call, 1))
	if !ok {
		vm.Throw("TypeError", "open: mode must be \"r\" or \"w\"")
	}
	var reading bool
	switch mode {
	case "r":
		reading = true
	case "w":
	default:
		return -int(syscall.EINVAL)
	}
	path, err := spawn.LookPath(argv[0], vm.LookupEnv)
	if err != nil {
		return -sysfd.Errno(err, syscall.ENOENT)
	}

	parent, end, err := sysfd.Pipe()
	if err != nil {
		return -sysfd.Errno(err, syscall.EMFILE)
	}
	files := [3]int{vm.Fd(0), end, vm.Fd(2)}
	if !reading {
		parent, end = end, parent
		files = [3]int{end, vm.Fd(1), vm.Fd(2)}
		// The child writes to our stdout: what the script printed so far
		// must come first.
		_ = vm.Stdout().Flush()
	}
	pid, err := spawn.Start(path, argv, &spawn.Attr{Files: files, Env: vm.Environ()})
	unix.Close(end)
	if err != nil {
		unix.Close(parent)
		return -sysfd.Errno(err, syscall.ENOENT)
	}
	id, _ := identify(parent)
	kids[parent] = child{pid, !reading, id}
	return parent
}

// commandArgs turns open's first argument into an argv: a string runs
// through the shell, an array of strings is the argv itself. Anything else,
// and an array with a hole or a non-string element, is a TypeError.
func commandArgs(vm *jsrt.VM, v goja.Value) []string {
	if s, ok := str(v); ok {
		return []string{"/bin/sh", "-c", s}
	}
	obj, ok := v.(*goja.Object)
	if !ok || obj.ClassName() != "Array" {
		vm.Throw("TypeError", "open: command must be a string or an array of strings")
	}
	n := jsrt.ToInt64(obj.Get("length"))
	if n < 1 || n > maxArgs {
		vm.Throw("TypeError", "open: command array must hold 1 to %d strings", maxArgs)
	}
	argv := make([]string, n)
	for i := range argv {
		s, ok := "", false
		if e := obj.Get(strconv.Itoa(i)); e != nil {
			s, ok = str(e)
		}
		if !ok {
			vm.Throw("TypeError", "open: command[%d] is not a string", i)
		}
		argv[i] = s
	}
	if argv[0] == "" {
		vm.Throw("TypeError", "open: command array must start with a program name")
	}
	return argv
}

// str returns v if it is a string primitive.
func str(v goja.Value) (string, bool) {
	if v == nil || !goja.IsString(v) {
		return "", false
	}
	return v.String(), true
}

// maxArgs is the most arguments open takes, as os.exec.
const maxArgs = 65535

// close implements close(fd); see the package documentation.
func (kids children) close(vm *jsrt.VM, fd int) int {
	c, ok := kids[fd]
	if !ok {
		return -int(syscall.EBADF)
	}
	delete(kids, fd)
	if id, ok := identify(fd); !ok || id != c.pipe {
		// The script closed the pipe itself (os.close) and the number may
		// name another file now: leave that alone, but reap the child.
		go func() { _, _ = spawn.Wait(c.pid) }()
		return -int(syscall.EBADF)
	}
	if c.writer {
		// The child may still write to our stdout as it finishes: what the
		// script printed since open must come first.
		_ = vm.Stdout().Flush()
	}
	vm.Loop().Forget(fd)
	unix.Close(fd)
	ws, err := spawn.Wait(c.pid)
	if err != nil {
		return -sysfd.Errno(err, syscall.ECHILD)
	}
	if ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ws.ExitStatus()
}
