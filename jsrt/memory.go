package jsrt

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/inspect"
)

// MemoryLimitEnv names the environment variable that sets a program's
// memory limit at run time, over the one it was built with: a size as
// ParseMemoryLimit reads it.
const MemoryLimitEnv = "GOJSC_MEMORY_LIMIT"

// NoMemoryLimit as Program.MemoryLimit turns the limit off.
const NoMemoryLimit = -1

// ParseMemoryLimit reads a memory limit as qjs's --memory-limit takes it: a
// number of bytes with an optional suffix k, M, G or T (powers of 1024).
// "0" means no limit and gives NoMemoryLimit.
func ParseMemoryLimit(s string) (int64, error) {
	num, shift := s, 0
	if n := len(s); n > 0 {
		switch s[n-1] {
		case 'k', 'K':
			shift = 10
		case 'M':
			shift = 20
		case 'G':
			shift = 30
		case 'T':
			shift = 40
		}
		if shift > 0 {
			num = s[:n-1]
		}
	}
	v, err := strconv.ParseUint(num, 10, 63)
	if err != nil || v > (1<<62)>>shift {
		return 0, fmt.Errorf("memory limit %q: want a number of bytes with an optional k, M, G or T suffix, e.g. 512M (0: no limit)", s)
	}
	if v == 0 {
		return NoMemoryLimit, nil
	}
	return int64(v << shift), nil
}

// defaultMemoryLimit is the limit of a program built without one: three
// quarters of the memory the machine (or its cgroup) has, so that a
// runaway script is stopped with an error before the kernel's OOM killer
// or Go's allocator ends it. 0 when the memory size is unknown.
func defaultMemoryLimit() int64 {
	return totalMemory() / 4 * 3
}

// errOutOfMemory is what the memory guard interrupts the script with.
var errOutOfMemory = errors.New("out of memory")

// isOutOfMemory reports whether err is the memory guard's interrupt or
// report.
func isOutOfMemory(err error) bool {
	var ie *goja.InterruptedError
	return err == errOutOfMemoryReport || errors.As(err, &ie) && ie.Value() == errOutOfMemory
}

// appendOutOfMemory reports the interrupt as QuickJS reports running out
// of memory, with the script's frames.
func appendOutOfMemory(b *strings.Builder, err error) {
	b.WriteString("InternalError: out of memory\n")
	var ie *goja.InterruptedError
	if !errors.As(err, &ie) {
		return
	}
	appendFrames(b, ie.Stack())
}

// A memoryGuard keeps a program under its memory limit. goja has no
// allocation hook, so it looks at the live heap after every garbage
// collection (the limit is also the collector's soft limit) and interrupts
// the script once the live heap passes maxLive. Single allocations too big
// for what is left (a huge ArrayBuffer, typed array or repeated string) are
// refused beforehand with a catchable InternalError, as QuickJS refuses
// them, since Go would end the process on them before any collection.
type memoryGuard struct {
	vm    *VM
	limit int64 // the process's memory, as the collector's soft limit
	// maxLive is the live heap at which the script is stopped: low
	// enough under limit that the collector still has room to work, as
	// running it nonstop near the limit would slow the script to a crawl
	// before it is stopped. Single allocations are checked against it.
	maxLive int64
	live    atomic.Int64 // live heap after the last collection
	fired   atomic.Bool
	stopped atomic.Bool // the run is over: stop watching
}

// The script may keep liveNum/liveDen of the limit live: the collector's
// usual goal (GOGC=100) lets the heap grow to twice what is live before it
// runs, so at one half the process stays under the limit without the
// collector running more often than usual.
const liveNum, liveDen = 1, 2

// gcSentinel is garbage as soon as it is made; its finalizer runs once per
// collection. It is big enough not to share a tiny-allocator block.
type gcSentinel struct {
	_ [2]*int
}

// limitMemory applies the memory limit: limit from the program, overridden
// by the environment; 0 means the default.
func (vm *VM) limitMemory(limit int64) error {
	if s, ok := vm.LookupEnv(MemoryLimitEnv); ok && s != "" {
		v, err := ParseMemoryLimit(s)
		if err != nil {
			return fmt.Errorf("%s: %w", MemoryLimitEnv, err)
		}
		limit = v
	}
	if limit == 0 {
		limit = defaultMemoryLimit()
	}
	if limit <= 0 {
		return nil
	}
	// Keep a smaller limit the user gave the Go runtime (GOMEMLIMIT).
	if cur := debug.SetMemoryLimit(-1); cur > limit {
		debug.SetMemoryLimit(limit)
	}
	g := &memoryGuard{vm: vm, limit: limit, maxLive: limit / liveDen * liveNum}
	if err := g.installGuards(); err != nil {
		return err
	}
	vm.memory = g
	g.arm()
	return nil
}

// arm has the next collection call check.
func (g *memoryGuard) arm() {
	runtime.SetFinalizer(&gcSentinel{}, func(*gcSentinel) {
		if g.check() {
			g.arm()
		}
	})
}

var liveHeapMetric = "/gc/heap/live:bytes"

// check runs after a collection, on the finalizer goroutine. It reports
// whether to keep watching.
func (g *memoryGuard) check() bool {
	if g.stopped.Load() {
		return false
	}
	s := []metrics.Sample{{Name: liveHeapMetric}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return false
	}
	live := int64(s[0].Value.Uint64())
	g.live.Store(live)
	if live < g.maxLive {
		return true
	}
	if !g.fired.Swap(true) {
		// The interrupt stops the script at its next instruction. Should
		// it land in code that swallows it (a promise job run between
		// tasks), the posted task reports it anyway.
		g.vm.rt.Interrupt(errOutOfMemory)
		g.vm.loop.Post(func() { g.vm.Fatal(errOutOfMemoryReport) })
		return true
	}
	if live >= g.limit {
		// Still growing: the script is inside a built-in that loops
		// without returning to it (Array.from({length: 1e9}), say), where
		// the interrupt cannot reach. Stop before Go's allocator or the
		// kernel does, which would leave no message. This is the one place
		// the runtime ends the process itself: nothing else can stop that
		// goroutine, and the process would die anyway.
		io.WriteString(g.vm.stderr, "InternalError: out of memory\n")
		os.Exit(1)
	}
	return true
}

// errOutOfMemoryReport makes Fatal report running out of memory without a
// stack: the script was not running when it was noticed.
var errOutOfMemoryReport = errors.New("out of memory (outside the script)")

// room returns how many more bytes the script may allocate at once.
func (g *memoryGuard) room() int64 {
	return max(g.maxLive-g.live.Load(), 0)
}

// guardsScript wraps the constructors and methods that make one big
// allocation in native code, where the interrupt cannot reach, so that a
// request larger than the memory left throws QuickJS's InternalError.
// The stand-ins keep subclassing, instanceof and the constructors'
// properties.
const guardsScript = `(function (room, limit) {
	"use strict";
	const InternalError = globalThis.InternalError;
	const check = (bytes) => {
		if (bytes > room()) throw new InternalError("out of memory");
	};
	// For methods that may fill memory the array already has: refuse only
	// what could never fit.
	const checkTotal = (bytes) => {
		if (bytes > limit) throw new InternalError("out of memory");
	};
	const g = globalThis;
	// A plain function stands in for the constructor, sharing its
	// prototype, statics and prototype chain: goja's instanceof does not
	// see through proxies.
	// statics are the own properties of C besides prototype, name and
	// length, named rather than listed with Reflect.ownKeys, which makes
	// goja build every property of C: copying them that way was half of a
	// program's start-up cost here. TestGuardStatics checks the lists.
	const wrapConstructor = (name, size, statics) => {
		const C = g[name];
		if (typeof C !== "function") return;
		const F = function (...args) {
			if (new.target === undefined) return C(...args);
			check(size(args));
			return Reflect.construct(C, args, new.target === F ? C : new.target);
		};
		Object.defineProperty(F, "name", { value: name });
		Object.defineProperty(F, "length", { value: C.length });
		Object.defineProperty(F, "prototype", { value: C.prototype });
		Object.setPrototypeOf(F, Object.getPrototypeOf(C));
		for (let i = 0; i < statics.length; i++) {
			const d = Object.getOwnPropertyDescriptor(C, statics[i]);
			if (d !== undefined) Object.defineProperty(F, statics[i], d);
		}
		Object.defineProperty(C.prototype, "constructor", { value: F, writable: true, configurable: true });
		Object.defineProperty(g, name, { value: F, writable: true, configurable: true });
	};
	const index = (v) => {
		const n = Math.trunc(Number(v));
		return n > 0 ? n : 0;
	};
	// A length past 2^53-1 is the constructor's RangeError, not ours.
	const bufferLength = (a) => {
		const n = index(a[0]);
		return n > Number.MAX_SAFE_INTEGER ? 0 : n;
	};
	// SharedArrayBuffer checks the room itself: it is made on first use,
	// which wrapping it here would make every start-up pay.
	wrapConstructor("ArrayBuffer", bufferLength, ["isView", Symbol.species]);
	const typed = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"];
	for (const name of typed) {
		const per = g[name] ? g[name].BYTES_PER_ELEMENT : 1;
		wrapConstructor(name, (a) => {
			const x = a[0];
			if (x === null || (typeof x !== "object" && typeof x !== "function")) return index(x) * per;
			if (x instanceof ArrayBuffer) return 0; // a SharedArrayBuffer has no length: 0 below
			if (typeof x[Symbol.iterator] === "function") return 0;
			return index(x.length) * per;
		}, name === "Uint8Array" ? ["BYTES_PER_ELEMENT", "fromBase64", "fromHex"] : ["BYTES_PER_ELEMENT"]);
	}
	const wrapMethod = (proto, name, size, test = check) => {
		const f = proto[name];
		const w = {
			[name](...args) {
				test(size(this, args));
				return Reflect.apply(f, this, args);
			},
		}[name];
		Object.defineProperty(w, "length", { value: f.length });
		Object.defineProperty(proto, name, { value: w, writable: true, configurable: true });
	};
	// Strings take two bytes a character at worst.
	wrapMethod(String.prototype, "repeat", (s, a) => String(s).length * index(a[0]) * 2);
	// An empty filler pads nothing, whatever the length asked for.
	const pad = (s, a) => (a[1] === "" ? 0 : index(a[0]) * 2);
	wrapMethod(String.prototype, "padStart", pad);
	wrapMethod(String.prototype, "padEnd", pad);
	// A value takes 16 bytes in an array.
	wrapMethod(Array.prototype, "fill", (o, a) => index(Object(o).length) * 16, checkTotal);
})`

// installGuards runs guardsScript.
func (g *memoryGuard) installGuards() error {
	prg, err := guardsProgram()
	if err != nil {
		return fmt.Errorf("memory guards: %w", err)
	}
	v, err := g.vm.rt.RunProgram(prg)
	if err != nil {
		return fmt.Errorf("memory guards: %w", err)
	}
	fn, _ := goja.AssertFunction(v)
	room := g.vm.rt.ToValue(func(goja.FunctionCall) goja.Value { return g.vm.rt.ToValue(g.room()) })
	if _, err := fn(goja.Undefined(), room, g.vm.rt.ToValue(g.maxLive)); err != nil {
		return fmt.Errorf("memory guards: %w", err)
	}
	return nil
}

// guardsProgram is guardsScript compiled, once per process: goja's
// compiled programs run in any runtime, and compiling it was a third of
// a hello world's start-up.
var guardsProgram = sync.OnceValues(func() (*goja.Program, error) {
	return goja.Compile(inspect.GlueFile, guardsScript, true)
})
