//go:build unix

package jsrt

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/clone"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// sabMailbox hands values from one run to another as a worker's
// postMessage will: serialized by the clone Realm of one VM, materialized
// by another's.
type sabMailbox struct {
	msgs chan *clone.Message
}

var mailbox = &sabMailbox{msgs: make(chan *clone.Message, 1)}

func init() {
	Register(Module{Name: "sabtest", Load: func(vm *VM, e *Exports) error {
		rt := vm.Runtime()
		e.Func("post", func(call goja.FunctionCall) goja.Value {
			msg, err := vm.cloner().Serialize(Arg(call, 0), nil)
			if err != nil {
				panic(err)
			}
			mailbox.msgs <- msg
			return goja.Undefined()
		})
		e.Func("receive", func(call goja.FunctionCall) goja.Value {
			v, err := vm.cloner().Materialize(<-mailbox.msgs)
			if err != nil {
				panic(err)
			}
			return v
		})
		// waiters is how many Atomics.wait calls are queued on element
		// i of an Int32Array over a SharedArrayBuffer.
		e.Func("waiters", func(call goja.FunctionCall) goja.Value {
			b := vm.sharedBlock(Arg(call, 0))
			if b == nil {
				vm.Throw("TypeError", "not a SharedArrayBuffer")
			}
			return rt.ToValue(b.Waiting(4 * ToInt(Arg(call, 1))))
		})
		// same reports whether two SharedArrayBuffers are over one block:
		// one made in this VM over the other's block must be.
		e.Func("rewrap", func(call goja.FunctionCall) goja.Value {
			b := vm.sharedBlock(Arg(call, 0))
			o := vm.newShared(b)
			return rt.ToValue(vm.sharedBlock(o) == b && o != Arg(call, 0))
		})
		return nil
	}})
}

// TestSharedBetweenRuns has two runs on two goroutines share one
// SharedArrayBuffer, posted through the clone Realms as workers do: both
// count to 100,000 into one element with Atomics.add, and one waits with
// Atomics.wait until the other stores a flag and notifies it.
func TestSharedBetweenRuns(t *testing.T) {
	const first = `
		const t = __gojsc_native("sabtest");
		const sab = new SharedArrayBuffer(16);
		const ta = new Int32Array(sab);
		t.post({ view: new Int32Array(sab, 4, 3), sab });
		for (let i = 0; i < 100000; i++) Atomics.add(ta, 1, 1);
		const r = Atomics.wait(ta, 0, 0); // until the other run says it is done
		print(r, Atomics.load(ta, 1), t.rewrap(sab));
	`
	const second = `
		const t = __gojsc_native("sabtest");
		const { view, sab } = t.receive();
		print(sab instanceof SharedArrayBuffer, view.buffer === sab, view.byteOffset, view.length);
		const ta = new Int32Array(sab);
		for (let i = 0; i < 100000; i++) Atomics.add(view, 0, 1);
		while (t.waiters(sab, 0) === 0) ; // the first run is waiting
		Atomics.store(ta, 0, 1);
		print(Atomics.notify(ta, 0, 1));
	`
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, 2)
	errs := make([]bytes.Buffer, 2)
	status := make([]int, 2)
	for i, src := range []string{first, second} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := Program{Source: src, Modules: []string{"sabtest"}}
			status[i], _ = Run(context.Background(), p, Config{Args: []string{fmt.Sprint("run", i)}, Stdout: &outs[i], Stderr: &errs[i]})
		}()
	}
	wg.Wait()
	for i, want := range []string{"ok 200000 true\n", "true true 4 3\n1\n"} {
		if status[i] != 0 || outs[i].String() != want || errs[i].Len() != 0 {
			t.Errorf("run %d: status %d, stdout %q, stderr %q; want 0, %q", i, status[i], outs[i].String(), errs[i].String(), want)
		}
	}
}

// TestWaitEndsWithRun cancels a run blocked in Atomics.wait forever.
func TestWaitEndsWithRun(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var out, stderr bytes.Buffer
	done := make(chan int)
	go func() {
		src := `Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); print("after");`
		st, _ := Run(ctx, Program{Source: src}, Config{Stdout: &out, Stderr: &stderr})
		done <- st
	}()
	time.Sleep(50 * time.Millisecond) // into the wait, most likely
	cancel()
	if st := <-done; st != statusCancelled || out.Len() != 0 {
		t.Errorf("cancelled wait: status %d, stdout %q, stderr %q; want %d and no output", st, out.String(), stderr.String(), statusCancelled)
	}
}

// TestLazyGlobals checks that SharedArrayBuffer and Atomics, made on first
// use, look like ordinary globals, can be replaced before that use, and
// that workers can make a SharedArrayBuffer before the script touches the
// global.
func TestLazyGlobals(t *testing.T) {
	vm := newTestVM(t)
	if vm.shared.ctor != nil {
		t.Fatal("SharedArrayBuffer was made at start-up")
	}
	b := shmem.New(4)
	o := vm.newShared(b)
	_ = vm.rt.Set("given", o)
	v, err := vm.rt.RunString(`
		const before = Object.keys(globalThis).includes("Atomics");
		Atomics = 5; // replaced before its first use
		[
			before === false, Atomics === 5, typeof SharedArrayBuffer,
			given instanceof SharedArrayBuffer, given.byteLength,
			JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, "SharedArrayBuffer")),
		].join()`)
	if err != nil {
		t.Fatal(err)
	}
	want := `true,true,function,true,4,{"writable":true,"enumerable":false,"configurable":true}`
	if v.String() != want {
		t.Errorf("got %s, want %s", v, want)
	}
	if vm.sharedBlock(o) != b {
		t.Error("sharedBlock does not find the block newShared wrapped")
	}
}

// TestSharedMemoryRoom checks that a SharedArrayBuffer larger than the
// memory guard's room throws QuickJS's InternalError, as ArrayBuffer does.
func TestSharedMemoryRoom(t *testing.T) {
	vm := newTestVM(t)
	vm.memory = &memoryGuard{vm: vm, limit: 4 << 20, maxLive: 2 << 20}
	v, err := vm.rt.RunString(`
		let r;
		try { new SharedArrayBuffer(3 << 20); r = "allocated" } catch (e) { r = e.name + ": " + e.message }
		r + "; " + new SharedArrayBuffer(1 << 20).byteLength`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "InternalError: out of memory; 1048576"; v.String() != want {
		t.Errorf("got %q, want %q", v, want)
	}
}
