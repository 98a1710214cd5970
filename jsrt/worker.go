package jsrt

import (
	"fmt"
	"sync"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/clone"
)

// A Port is one end of the message channel between a VM and a worker it
// started: [VM.StartWorker] returns the parent's end, [VM.Parent] gives
// the worker its own. Messages are copied with the structured clone
// algorithm (SharedArrayBuffers are shared), delivered in order, one per
// macrotask, and wait in the port until it has a message handler.
//
// Post, OnMessage and OnError are called on the loop goroutine of the VM
// the port belongs to.
type Port struct {
	vm   *VM
	peer *Port

	mu    sync.Mutex
	inbox []*clone.Message
	// closed: the other side is gone; nothing more arrives or is sent.
	closed bool

	onMessage func(data goja.Value)
	onError   func(err goja.Value)
	// keepAlive makes a handler keep the loop alive, as a worker's port to
	// its parent does: a worker lives while it listens to its parent.
	keepAlive bool
	hold      *Pending
	// worker is the run behind a parent's port; nil on a worker's.
	worker *workerRun
}

// A workerRun is a worker's VM as its parent sees it.
type workerRun struct {
	vm   *VM           // set by the worker's goroutine before ready closes
	done chan struct{} // closed when the worker's run is over
	// hold keeps the parent's loop alive while the worker runs.
	hold *Pending
}

// StartWorker starts the -D module name (resolved as an import() of it
// would be, relative to the calling script) on a VM of its own, with its
// own event loop, on a goroutine of its own, and returns the parent's end
// of the channel to it. The calling VM's loop stays alive while the worker
// runs. A worker shares the run's stdio, environment and native modules;
// it ends when nothing is left to do (in particular when it stops
// listening to its parent), on an uncaught exception (reported on stderr
// and to the parent, see [Port.OnError]), or when the run of the VM that
// started it ends. std.exit in a worker ends the whole run, as in QuickJS.
//
// A name that is not bundled is an error listing the modules that are.
func (vm *VM) StartWorker(name string) (*Port, error) {
	s := vm.findScript(name)
	if s == nil {
		return nil, fmt.Errorf("no module %q was bundled into the program%s", name, vm.scriptList())
	}
	mine := &Port{vm: vm}
	theirs := &Port{keepAlive: true}
	mine.peer, theirs.peer = theirs, mine
	w := &workerRun{done: make(chan struct{}), hold: vm.loop.Hold()}
	mine.worker = w
	c := Config{Args: vm.args}
	if vm.env != nil {
		c.Env = vm.Environ()
	}
	prog := *vm.prog
	vm.workers = append(vm.workers, w)
	// From now on two threads write to fd 1: what was printed before the
	// worker started comes before anything it prints.
	vm.flushTasks = true
	if vm.out.Buffered() > 0 {
		_ = vm.out.Flush()
	}
	ready := make(chan struct{})
	go func() {
		defer close(w.done)
		status, failure, exited := runWorker(c, vm.std, prog, vm.compiled, s, theirs, w, ready)
		w.hold.Complete(func() { mine.workerEnded(status, failure, exited) })
	}()
	<-ready
	return mine, nil
}

// runWorker runs the worker's VM until it ends. It returns the run's
// status, the uncaught exception that ended it (serialized) and whether
// the script called exit.
func runWorker(c Config, std *stdio, p Program, cache *compiled, s *Script, port *Port, w *workerRun, ready chan struct{}) (status int, failure *clone.Message, exited bool) {
	vm, err := newVM(c, std)
	if err != nil {
		close(ready)
		fmt.Fprintf(std.files[2], "starting worker %s: %v\n", s.Name, err)
		return 1, nil, false
	}
	defer vm.loop.close()
	vm.prog = &p
	vm.compiled = cache
	vm.parent = port
	vm.flushTasks = true
	port.attach(vm)
	w.vm = vm
	close(ready)

	vm.rt.SetMaxCallStackSize(p.stackDepth())
	vm.loop.task(func() {
		v, err := vm.runScript(s, vm.rt.NewObject())
		if err != nil {
			vm.Fatal(err)
		}
		if s.Module {
			vm.reportRejection(v)
		}
	})
	vm.loop.run()
	vm.stopWorkers()
	status = vm.finish(vm.status)
	port.detach()
	if vm.failure != nil {
		failure = vm.serializeFailure()
	}
	return status, failure, vm.failure == nil && vm.exited
}

// serializeFailure is the worker's uncaught exception as a message for its
// parent: a clone of it, or of its text when it cannot be cloned.
func (vm *VM) serializeFailure() (m *clone.Message) {
	defer func() {
		if recover() != nil {
			m = nil
		}
	}()
	m, err := vm.cloner().Serialize(vm.failure, nil)
	if err != nil {
		m, _ = vm.cloner().Serialize(vm.rt.ToValue(vm.ToString(vm.failure)), nil)
	}
	return m
}

// stopWorkers ends the runs of the workers vm started and waits for them.
func (vm *VM) stopWorkers() {
	for _, w := range vm.workers {
		if wvm := w.vm; wvm != nil {
			wvm.rt.Interrupt(errEnded)
			wvm.stopWaits()
			wvm.loop.Post(func() { wvm.end(0) })
		}
	}
	for _, w := range vm.workers {
		<-w.done
	}
	vm.workers = nil
}

// workerEnded runs on the parent's loop once the worker's run is over and
// every message it sent has been handed to this port.
func (p *Port) workerEnded(status int, failure *clone.Message, exited bool) {
	vm := p.vm
	p.detach()
	switch {
	case exited:
		vm.Exit(status)
	case failure != nil || status != 0:
		var errv goja.Value = goja.Undefined()
		if failure != nil {
			if v, err := vm.cloner().Materialize(failure); err == nil {
				errv = v
			}
		}
		if p.onError == nil {
			// Reported by the worker already: the run ends as it would for
			// the same exception on the main thread.
			vm.Exit(1)
		}
		p.onError(errv)
	}
}

// Parent returns the worker's end of the channel to the VM that started
// it, or nil if this VM is not a worker's.
func (vm *VM) Parent() *Port { return vm.parent }

// Post sends v to the other end: a structured clone of it, taken now, with
// the ArrayBuffers in transfer moved rather than copied. A value that
// cannot be cloned throws a DataCloneError in the script; Post must be
// called from a native function. The sender's buffered stdout is flushed
// first, so that output keeps the order of the messages that caused it.
// A message to a worker that has ended is dropped.
func (p *Port) Post(v goja.Value, transfer []goja.Value) {
	vm := p.vm
	m, err := vm.cloner().Serialize(v, transfer)
	if err != nil {
		panic(vm.cloneError(err))
	}
	if vm.out.Buffered() > 0 {
		_ = vm.out.Flush()
	}
	p.peer.deliver(m)
}

// deliver queues m and wakes the port's loop to hand it over.
func (p *Port) deliver(m *clone.Message) {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.inbox = append(p.inbox, m)
	vm := p.vm
	p.mu.Unlock()
	if vm != nil {
		vm.loop.Post(p.receive)
	}
}

// attach makes the port vm's, once the worker's VM exists, and hands over
// what was sent to it before.
func (p *Port) attach(vm *VM) {
	p.mu.Lock()
	p.vm = vm
	n := len(p.inbox)
	p.mu.Unlock()
	for range n {
		vm.loop.Post(p.receive)
	}
}

// detach closes the port when its VM's run or its worker is over.
func (p *Port) detach() {
	p.mu.Lock()
	p.closed = true
	p.inbox = nil
	p.mu.Unlock()
	p.peer.mu.Lock()
	p.peer.closed = true
	p.peer.mu.Unlock()
	if p.hold != nil {
		p.hold.Cancel()
		p.hold = nil
	}
}

// receive hands the oldest waiting message to the handler, on the loop.
func (p *Port) receive() {
	if p.onMessage == nil {
		return // it waits; OnMessage posts a receive for it
	}
	p.mu.Lock()
	if len(p.inbox) == 0 {
		p.mu.Unlock()
		return
	}
	m := p.inbox[0]
	p.inbox[0] = nil
	p.inbox = p.inbox[1:]
	p.mu.Unlock()
	v, err := p.vm.cloner().Materialize(m)
	if err != nil {
		p.vm.Fatal(err)
	}
	p.onMessage(v)
}

// OnMessage sets the function called with each message that arrives (nil
// stops delivery; messages then wait). On a worker's port to its parent, a
// handler keeps the worker alive: a worker ends when it stops listening
// and has nothing else to do.
func (p *Port) OnMessage(fn func(data goja.Value)) {
	had := p.onMessage != nil
	p.onMessage = fn
	switch {
	case fn != nil && !had:
		p.mu.Lock()
		n, closed := len(p.inbox), p.closed
		p.mu.Unlock()
		for range n {
			p.vm.loop.Post(p.receive)
		}
		if p.keepAlive && !closed && p.hold == nil {
			p.hold = p.vm.loop.Hold()
		}
	case fn == nil && p.hold != nil:
		p.hold.Cancel()
		p.hold = nil
	}
}

// OnError sets the function called, on the parent's end, with the
// uncaught exception that ended the worker (a structured clone of it).
// Without one, a worker's failure ends the parent's run with status 1, as
// the same exception would on the main thread.
func (p *Port) OnError(fn func(err goja.Value)) { p.onError = fn }

// recordFailure keeps the uncaught exception v that is ending a worker's
// run, for its parent.
func (vm *VM) recordFailure(v goja.Value) {
	if vm.parent != nil && vm.failure == nil {
		vm.failure = v
	}
}
