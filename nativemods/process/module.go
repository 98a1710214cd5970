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
// open(command, mode) runs command through /bin/sh -c, or, given an array,
// runs argv[0] found on PATH with the array as its arguments and no shell.
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
	"os"
	"os/exec"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	"github.com/gojsc/gojsc/jsrt"
	"golang.org/x/sys/unix"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "process", Load: load})
}

// children are the commands open started in one VM, by pipe fd.
type children map[int]child

// A child is a command started by open.
type child struct {
	proc *os.Process
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
	mode := jsrt.Arg(call, 1)
	if goja.IsUndefined(mode) {
		vm.Throw("TypeError", "open: mode must be \"r\" or \"w\"")
	}
	var reading bool
	switch vm.ToString(mode) {
	case "r":
		reading = true
	case "w":
	default:
		return -int(syscall.EINVAL)
	}
	path, err := exec.LookPath(argv[0])
	if err != nil {
		return -sysfd.Errno(err, syscall.ENOENT)
	}

	parent, end, err := sysfd.Pipe()
	if err != nil {
		return -sysfd.Errno(err, syscall.EMFILE)
	}
	files := []*os.File{vm.File(0), nil, vm.File(2)}
	if reading {
		files[1] = os.NewFile(uintptr(end), "pipe")
	} else {
		parent, end = end, parent
		files[0] = os.NewFile(uintptr(end), "pipe")
		files[1] = vm.File(1)
	}
	if !reading {
		// The child writes to our stdout: what the script printed so far
		// must come first.
		_ = vm.Stdout().Flush()
	}
	proc, err := os.StartProcess(path, argv, &os.ProcAttr{Files: files, Env: vm.Environ()})
	if reading {
		files[1].Close()
	} else {
		files[0].Close()
	}
	if err != nil {
		unix.Close(parent)
		return -sysfd.Errno(err, syscall.ENOENT)
	}
	id, _ := identify(parent)
	kids[parent] = child{proc, !reading, id}
	return parent
}

// commandArgs turns open's first argument into an argv: a string runs
// through the shell, an array of strings is the argv itself.
func commandArgs(vm *jsrt.VM, v goja.Value) []string {
	if obj, ok := v.(*goja.Object); ok && obj.ClassName() == "Array" {
		var argv []string
		if err := vm.Runtime().ExportTo(v, &argv); err != nil || len(argv) == 0 {
			vm.Throw("TypeError", "open: command array must hold at least one string")
		}
		if argv[0] == "" {
			vm.Throw("TypeError", "open: command array must start with a program name")
		}
		return argv
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		vm.Throw("TypeError", "open: command must be a string or an array of strings")
	}
	return []string{"/bin/sh", "-c", vm.ToString(v)}
}

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
		go func() { _, _ = c.proc.Wait() }()
		return -int(syscall.EBADF)
	}
	if c.writer {
		// The child may still write to our stdout as it finishes: what the
		// script printed since open must come first.
		_ = vm.Stdout().Flush()
	}
	vm.Loop().Forget(fd)
	unix.Close(fd)
	st, err := c.proc.Wait()
	if err != nil {
		return -sysfd.Errno(err, syscall.ECHILD)
	}
	ws := st.Sys().(syscall.WaitStatus)
	if ws.Signaled() {
		return 128 + int(ws.Signal())
	}
	return ws.ExitStatus()
}
