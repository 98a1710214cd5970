// Package jsrt runs the JavaScript programs gojsc builds: a goja VM, the
// event loop that owns it, the globals every program has, and the registry
// of native modules, the Go packages scripts import by name.
//
// [Run] runs a program and returns its exit status; it never exits the
// process (the generated main does). Each run has its own VM, loop and
// stdio ([Config]), so programs may run one after another or at the same
// time in one process.
//
// # Writing a native module
//
// A native module is a Go package that registers itself in init:
//
//	func init() {
//		jsrt.Register(jsrt.Module{Name: "hello", Load: load})
//	}
//
// Linking it is all a program needs: gojsc -M hello=./dir links the package
// in dir (a Go module of its own), gojsc -M hello=example.com/hello@v1.2.0 a
// published one. Scripts then import it by that name:
//
//	import { greet } from "hello";
//
// The compiler checks when it builds that the package registers the name it
// is linked under. A name registered twice, or one that is not a valid
// module name, stops the program at start-up naming the packages involved.
//
// Load runs once per program, the first time a script imports the module.
// It fills the module's exports:
//
//   - [Exports.Set] exports a constant: a number, string, bool or any value
//     goja converts.
//   - [Exports.Func] exports a function. [Arg] fetches an argument (undefined
//     when missing), [ToInt] and [ToInt64] convert numbers as JavaScript
//     does, [VM.Callable] and [VM.Bytes] check for functions and buffers,
//     and [VM.Throw] throws a TypeError or RangeError for bad arguments. A Go
//     panic in the function reaches the script as an InternalError, never a
//     crash.
//   - [Exports.Class] exports a class; its methods go on the prototype it
//     returns.
//
// # The loop goroutine
//
// One goroutine owns the goja runtime and runs the event loop: module
// functions, callbacks and promise reactions all run there, one at a time,
// so they may use the runtime freely. Anything that blocks must not: run it
// elsewhere and come back to the loop.
//
//   - [VM.Async] runs a function on its own goroutine and returns a promise
//     settled on the loop with its result.
//   - [VM.Promise] returns a promise and a settle function to call from any
//     goroutine, for work that is not a single function call.
//   - [Loop.Hold] keeps the program alive while work is in flight and
//     [Pending.Complete] runs a callback on the loop when it is done.
//   - [Loop.SetHandler] calls a function whenever a file descriptor is
//     readable or writable, as the os module's setReadHandler does;
//     [Loop.Forget] drops the handlers of an fd about to be closed.
//   - [Loop.SetTimer] runs a function after a delay.
//   - [VM.Call] calls a script's function from such a callback: an exception
//     it throws is reported with its stack and ends the run, as for any
//     uncaught exception (calling a goja.Callable directly would drop it).
//
// The run ends when nothing is left to do (no timers, fd handlers, held
// work or pending promises from Async), or at [VM.Exit].
//
// # Stdio, environment, exit
//
// A module writes where the run's output goes: [VM.Stdout] (buffered, shared
// with print) and [VM.File]; fd numbers a script passes go through [VM.Fd],
// which maps 0, 1 and 2 to the run's stdio. [VM.LookupEnv] and
// [VM.Environ] are the run's environment, for a child too. [VM.OnExit]
// registers clean-up (a terminal to restore) for the end of the run.
package jsrt
