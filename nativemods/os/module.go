// Package os is QuickJS's os module: files, processes, signals, timers and
// the event loop's fd handlers, with QuickJS's conventions: scalar results
// are -errno on failure, pair results ([value, err]) carry a positive errno,
// and wrong argument types throw a TypeError.
package os

import (
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/internal/spawn"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "os", Load: load})
}

// module is the os module loaded into one VM.
type module struct {
	vm *jsrt.VM
	rt *goja.Runtime

	// The buffer last passed to read or write, so that a loop reading into
	// one ArrayBuffer does not allocate to look at its bytes on every call.
	lastBuf   *goja.Object
	lastBytes goja.ArrayBuffer
	// The count read or write last returned, boxed once: a loop moving
	// 64 KiB at a time returns the same number every call.
	lastN   int
	lastVal goja.Value

	// rawTTY holds the terminal settings of each fd put in raw mode, to be
	// restored at exit.
	rawTTY map[int]*termios
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	m := &module{vm: vm, rt: vm.Runtime(), lastN: -1}
	spawn.Reserve()
	m.files(e)
	m.process(e)
	m.signals(e)
	m.tty(e)
	m.loop(e)
	m.worker(e)
	constants(e)
	m.vm.SetLengths(e.Object(), lengths)
	return nil
}

// result is QuickJS's scalar convention: r, or -errno when err != nil.
func (m *module) result(r int, err error) goja.Value {
	if err != nil {
		return m.rt.ToValue(-sysfd.Errno(err, syscall.EIO))
	}
	return m.rt.ToValue(r)
}

// pair is QuickJS's [value, err] convention; err is 0 on success.
func (m *module) pair(v any, err error) goja.Value {
	code := 0
	if err != nil {
		code = sysfd.Errno(err, syscall.EIO)
	}
	return m.rt.NewArray(v, code)
}

// intArg converts argument i as JS ToInt32 does (NaN and undefined are 0,
// numbers wrap modulo 2^32); a Symbol or BigInt throws a TypeError.
func intArg(call goja.FunctionCall, i int) int {
	return int(int32(jsrt.Arg(call, i).ToInteger()))
}

// fdArg is argument i as a file descriptor: converted as by intArg, then
// mapped to the process's fd (0-2 are the run's stdio).
func (m *module) fdArg(call goja.FunctionCall, i int) int {
	return m.vm.Fd(intArg(call, i))
}

// stringArg is argument i as a string; a Symbol throws a TypeError.
func (m *module) stringArg(call goja.FunctionCall, i int) string {
	return m.vm.ToString(jsrt.Arg(call, i))
}
