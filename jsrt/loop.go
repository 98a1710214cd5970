package jsrt

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/dop251/goja"
)

// Direction selects the readiness a file descriptor handler waits for.
type Direction int

// The two directions an fd handler can watch.
const (
	Readable Direction = iota
	Writable
)

// A Loop is the event loop of one VM: timers, fd handlers, signals and work
// completed by other goroutines, each run as a macrotask on the goroutine
// that owns the goja runtime, followed by a drain of the promise job queue.
//
// Everything but Post and Pending.Complete must be called on the loop
// goroutine. The loop ends when no timer, fd handler or pending work is
// left; signal handlers alone do not keep it alive.
type Loop struct {
	start time.Time
	// turn is the clock reading (ns since start) taken when the current turn
	// began: the timers due then are the ones this turn fires.
	turn int64

	timers    timerHeap
	timerByID map[int64]*timer
	timerID   int64
	timerSeq  uint64

	poller  *poller
	watches map[int]*watch
	always  []int // fds that cannot be polled (regular files): always ready
	scratch []int // copy of always for the turn being dispatched
	gen     uint32
	events  []readyEvent

	holds int // pending work that keeps the loop alive

	mu      sync.Mutex
	posted  []func()
	running []func()
	nposted atomic.Int32
	closed  bool // under mu: the poller is gone, Post drops its function
	stopped bool // the run has ended: no more macrotasks

	sigChs  map[syscall.Signal]chan os.Signal // one per handled signal, so one can be stopped alone
	ignored map[syscall.Signal]bool
	signals map[syscall.Signal]func()
	// sigSent holds the handled signals the process sent itself and has not
	// seen arrive yet; each keeps the loop alive (one hold per signal, since
	// the kernel merges a signal sent twice before it is delivered).
	sigSent map[syscall.Signal]bool
	// handled has bit n set while the script handles or ignores signal n;
	// other goroutines read it (see VM.watchFatalSignals).
	handled atomic.Uint64

	// afterTask runs after every macrotask; the VM drains promise jobs and
	// reports unhandled rejections there. drained says the task was a call
	// of JS from Go, after which goja has drained the jobs already.
	afterTask func(drained bool)
	// callJS calls the callback of a timer set by setJSTimer.
	callJS func(fn *goja.Object, args []goja.Value)
	// onPanic receives a Go panic that escaped a callback.
	onPanic func(v any)
}

// readyEvent is one fd reported ready by the poller (poll_*.go).
type readyEvent struct {
	fd          int
	gen         uint32
	read, write bool
}

// A watch holds the handlers of one fd. gen tells a registration apart from
// a later one of the same fd number, so that readiness reported for an fd
// closed and reopened within one turn never reaches the new handler.
type watch struct {
	fd       int
	gen      uint32
	read     func()
	write    func()
	pollable bool
}

// newLoop returns an empty loop.
func newLoop() (*Loop, error) {
	startRuntimePoller()
	p, err := newPoller()
	if err != nil {
		return nil, fmt.Errorf("creating the event loop: %w", err)
	}
	return &Loop{
		start:     time.Now(),
		timerByID: make(map[int64]*timer),
		poller:    p,
		watches:   make(map[int]*watch),
		signals:   make(map[syscall.Signal]func()),
		sigChs:    make(map[syscall.Signal]chan os.Signal),
		ignored:   make(map[syscall.Signal]bool),
		sigSent:   make(map[syscall.Signal]bool),
	}, nil
}

// clock returns the monotonic time since the loop was made, in nanoseconds.
func (l *Loop) clock() int64 { return int64(time.Since(l.start)) }

// Now returns the loop's monotonic clock in milliseconds, with sub-millisecond
// precision. It is read afresh on every call.
func (l *Loop) Now() float64 {
	return float64(l.clock()) / 1e6
}

// SetTimer schedules fn to run after ms milliseconds, and every interval
// milliseconds after that when interval > 0. Timers fire in deadline
// order, ties in the order they were scheduled, never early. A timer
// scheduled by a timer callback runs on a later turn even when it is
// already due, so that I/O is not starved. It returns the timer's id, a
// positive number.
func (l *Loop) SetTimer(ms, interval int64, fn func()) int64 {
	return l.addTimer(ms, interval, &timer{fn: fn})
}

// setJSTimer is SetTimer for a JS callback: fn is called with args through
// callJS.
func (l *Loop) setJSTimer(ms, interval int64, fn *goja.Object, args []goja.Value) int64 {
	return l.addTimer(ms, interval, &timer{js: fn, args: args})
}

func (l *Loop) addTimer(ms, interval int64, t *timer) int64 {
	ms = max(ms, 0)
	l.timerID++
	l.timerSeq++
	t.id = l.timerID
	t.deadline = l.clock() + msToNs(ms)
	t.seq = l.timerSeq
	t.interval = interval
	l.timers.push(t)
	l.timerByID[t.id] = t
	return t.id
}

// msToNs converts milliseconds to nanoseconds, saturating instead of
// overflowing for delays of centuries.
func msToNs(ms int64) int64 {
	const limit = int64(1<<62) / int64(time.Millisecond)
	if ms > limit {
		return 1 << 62
	}
	return ms * int64(time.Millisecond)
}

// ClearTimer cancels the timer with the given id, also from inside its own
// callback (which stops an interval); unknown ids are ignored.
func (l *Loop) ClearTimer(id int64) {
	t, ok := l.timerByID[id]
	if !ok {
		return
	}
	delete(l.timerByID, id)
	if t.index >= 0 {
		l.timers.remove(t.index)
	}
}

// SetHandler sets (fn != nil) or removes (fn == nil) the handler called while
// fd is ready in direction dir; there is one handler per fd and direction.
// Handlers are level-triggered: fn is called again on every turn of the
// loop while the fd stays ready. A handler removed or replaced during a
// callback is not called afterwards. Any fd number works; fds that cannot be
// polled (regular files) count as always ready, as under select(2). It fails
// when fd is not open.
func (l *Loop) SetHandler(fd int, dir Direction, fn func()) error {
	if fd < 0 {
		return fmt.Errorf("set handler on fd %d: %w", fd, syscall.EBADF)
	}
	w := l.watches[fd]
	if w == nil {
		if fn == nil {
			return nil
		}
		w = &watch{fd: fd, gen: l.nextGen()}
		if dir == Readable {
			w.read = fn
		} else {
			w.write = fn
		}
		err := l.poller.add(fd, w.gen, w.read != nil, w.write != nil)
		switch {
		case errors.Is(err, syscall.EPERM):
			l.always = append(l.always, fd)
		case err != nil:
			return fmt.Errorf("watch fd %d: %w", fd, err)
		default:
			w.pollable = true
		}
		l.watches[fd] = w
		return nil
	}
	old := *w
	if dir == Readable {
		w.read = fn
	} else {
		w.write = fn
	}
	if w.read == nil && w.write == nil {
		l.Forget(fd)
		return nil
	}
	if w.pollable && ((old.read != nil) != (w.read != nil) || (old.write != nil) != (w.write != nil)) {
		if err := l.poller.modify(fd, w.gen, w.read != nil, w.write != nil); err != nil {
			*w = old
			return fmt.Errorf("watch fd %d: %w", fd, err)
		}
	}
	return nil
}

// nextGen returns a new registration generation; 0 is never used, so that
// it can mean "current registration" in readyEvent.
func (l *Loop) nextGen() uint32 {
	l.gen++
	if l.gen == 0 {
		l.gen++
	}
	return l.gen
}

// Handler returns the handler of fd for direction dir, or nil.
func (l *Loop) Handler(fd int, dir Direction) func() {
	w := l.watches[fd]
	switch {
	case w == nil:
		return nil
	case dir == Readable:
		return w.read
	default:
		return w.write
	}
}

// Forget drops every handler of fd. Call it before closing an fd so the
// loop never reports readiness of a recycled fd number to a stale handler.
func (l *Loop) Forget(fd int) {
	w, ok := l.watches[fd]
	if !ok {
		return
	}
	delete(l.watches, fd)
	if w.pollable {
		l.poller.remove(fd)
		return
	}
	for i, a := range l.always {
		if a == fd {
			l.always = append(l.always[:i], l.always[i+1:]...)
			break
		}
	}
}

// Pending is work that keeps the loop alive until it is completed, for
// example a child process or a request running on another goroutine.
type Pending struct {
	l    *Loop
	done atomic.Bool
}

// Hold registers pending work. Call it on the loop goroutine; complete the
// work with Complete (from any goroutine) or Cancel (on the loop goroutine).
func (l *Loop) Hold() *Pending {
	l.holds++
	return &Pending{l: l}
}

// Complete schedules fn to run on the loop goroutine and releases the hold
// once fn has run. It may be called from any goroutine; only the first call
// of Complete or Cancel has an effect, and Complete reports whether it was
// that call.
func (p *Pending) Complete(fn func()) bool {
	if !p.done.CompareAndSwap(false, true) {
		return false
	}
	p.l.Post(func() {
		p.l.holds--
		if fn != nil {
			fn()
		}
	})
	return true
}

// Cancel releases the hold without running anything. Call it on the loop
// goroutine.
func (p *Pending) Cancel() {
	if p.done.CompareAndSwap(false, true) {
		p.l.holds--
	}
}

// Post schedules fn to run on the loop goroutine as a macrotask. It may be
// called from any goroutine. Post alone does not keep the loop alive once
// fn has run; use Hold for work still in flight.
func (l *Loop) Post(fn func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	l.posted = append(l.posted, fn)
	// Counted under the lock so that runPosted never sees the count lag
	// behind the queue it takes.
	l.nposted.Add(1)
	if len(l.posted) == 1 {
		l.poller.wake()
	}
}

// stop makes run return after the current macrotask; nothing else runs.
func (l *Loop) stop() { l.stopped = true }

// close releases the loop's fds and stops its signal notifications; Post
// does nothing afterwards. Signals the script ignored get their default
// action back.
func (l *Loop) close() {
	l.mu.Lock()
	l.closed = true
	l.mu.Unlock()
	for sig, ch := range l.sigChs {
		signal.Stop(ch)
		close(ch)
		delete(l.sigChs, sig)
	}
	for sig := range l.ignored {
		signal.Reset(sig)
	}
	l.poller.close()
}

// Signal sets the handler run on the loop when the process receives sig.
// fn == nil restores the default action; ignore makes the process ignore
// sig. Signal handlers alone do not keep the loop alive. Other runs in the
// process that handle sig still get it; ignoring is process-wide.
func (l *Loop) Signal(sig syscall.Signal, fn func(), ignore bool) {
	bit := uint64(1) << (uint(sig) & 63)
	if ch := l.sigChs[sig]; ch != nil && fn == nil {
		signal.Stop(ch)
		close(ch)
		delete(l.sigChs, sig)
	}
	switch {
	case ignore:
		delete(l.signals, sig)
		l.signalArrived(sig)
		signal.Ignore(sig)
		l.ignored[sig] = true
		l.handled.Or(bit)
	case fn == nil:
		delete(l.signals, sig)
		l.signalArrived(sig)
		if l.ignored[sig] {
			delete(l.ignored, sig)
			signal.Reset(sig)
		}
		l.handled.And(^bit)
	default:
		l.signals[sig] = fn
		if l.sigChs[sig] == nil {
			if l.ignored[sig] {
				delete(l.ignored, sig)
				signal.Reset(sig)
			}
			ch := make(chan os.Signal, 64)
			l.sigChs[sig] = ch
			signal.Notify(ch, sig)
			go l.forwardSignals(ch)
		}
		l.handled.Or(bit)
	}
}

// handles reports whether the script handles or ignores sig. Any goroutine
// may ask.
func (l *Loop) handles(sig syscall.Signal) bool {
	return l.handled.Load()&(uint64(1)<<(uint(sig)&63)) != 0
}

// forwardSignals turns signals into macrotasks. The handler is looked up
// when the task runs, so a signal arriving just before its handler is
// removed is dropped rather than run late.
func (l *Loop) forwardSignals(ch <-chan os.Signal) {
	for s := range ch {
		sig, ok := s.(syscall.Signal)
		if !ok {
			continue
		}
		l.Post(func() {
			l.signalArrived(sig)
			if h := l.signals[sig]; h != nil {
				h()
			}
		})
	}
}

// SignalSent tells the loop that the process just sent sig to itself (kill
// returned). If sig has a handler, the loop stays alive until the signal
// has arrived and been handled, so that a script whose last act is to
// signal itself still sees its handler run, as under QuickJS where the
// signal is taken before kill returns.
func (l *Loop) SignalSent(sig syscall.Signal) {
	if l.signals[sig] == nil || l.sigSent[sig] {
		return
	}
	l.sigSent[sig] = true
	l.holds++
}

// signalArrived releases the hold SignalSent took for sig, if any.
func (l *Loop) signalArrived(sig syscall.Signal) {
	if l.sigSent[sig] {
		delete(l.sigSent, sig)
		l.holds--
	}
}

// Alive reports whether the loop has work left: a timer, an fd handler,
// pending work or a posted function. Call it on the loop goroutine.
func (l *Loop) Alive() bool { return l.alive() }

// alive reports whether anything can still happen.
func (l *Loop) alive() bool {
	return len(l.timers) > 0 || len(l.watches) > 0 || l.holds > 0 || l.nposted.Load() > 0
}

// run runs macrotasks until nothing can happen any more or the run ends.
func (l *Loop) run() {
	for !l.stopped {
		l.turn = l.clock()
		l.runPosted()
		l.runTimers()
		if l.stopped || !l.alive() {
			return
		}
		evs, err := l.poller.wait(l.timeout(), l.events[:0])
		l.events = evs
		if err != nil {
			l.task(func() { panic(fmt.Errorf("event loop: %w", err)) })
			return
		}
		l.turn = l.clock()
		for i := range l.events {
			if l.stopped {
				return
			}
			ev := &l.events[i]
			l.dispatch(ev.fd, ev.gen, ev.read, ev.write)
		}
		if len(l.always) > 0 {
			// Handlers may add or forget always-ready fds; serve the ones
			// that were ready when the turn began.
			l.scratch = append(l.scratch[:0], l.always...)
			for _, fd := range l.scratch {
				if l.stopped {
					return
				}
				l.dispatch(fd, 0, true, true)
			}
		}
	}
}

// timeout returns how long the poller may block, in milliseconds (-1: until
// something happens).
func (l *Loop) timeout() int {
	if len(l.always) > 0 || l.nposted.Load() > 0 {
		return 0
	}
	if len(l.timers) == 0 {
		return -1
	}
	d := l.timers[0].deadline - l.clock()
	if d <= 0 {
		return 0
	}
	// Round up: waking early would only spin until the deadline.
	ms := (d + int64(time.Millisecond) - 1) / int64(time.Millisecond)
	return int(min(ms, 1<<30))
}

// dispatch calls the handlers of fd, looking them up afresh so that one
// removed or replaced by an earlier callback in this turn is not called.
// gen != 0 is the registration the readiness was reported for.
func (l *Loop) dispatch(fd int, gen uint32, read, write bool) {
	w := l.watches[fd]
	if w == nil || (gen != 0 && w.gen != gen) {
		return
	}
	if read && w.read != nil {
		l.task(w.read)
		if w = l.watches[fd]; w == nil || (gen != 0 && w.gen != gen) {
			return
		}
	}
	if write && w.write != nil && !l.stopped {
		l.task(w.write)
	}
}

func (l *Loop) runPosted() {
	if l.nposted.Load() == 0 {
		return
	}
	l.mu.Lock()
	l.running, l.posted = l.posted, l.running[:0]
	l.nposted.Add(-int32(len(l.running)))
	l.mu.Unlock()
	for i, fn := range l.running {
		l.running[i] = nil
		if !l.stopped {
			l.task(fn)
		}
	}
}

// runTimers fires the timers due at the start of the turn, in deadline
// order. Timers scheduled by these callbacks wait for the next turn.
func (l *Loop) runTimers() {
	now := l.turn
	seq := l.timerSeq
	for len(l.timers) > 0 && !l.stopped {
		t := l.timers[0]
		if t.deadline > now || t.seq > seq {
			return
		}
		l.timers.remove(0)
		if t.interval > 0 {
			l.timerSeq++
			t.seq = l.timerSeq
			t.deadline = now + msToNs(t.interval)
			l.timers.push(t)
		} else {
			delete(l.timerByID, t.id)
		}
		l.runTask(t.fn, t)
	}
}

// task runs one macrotask and whatever must follow it.
func (l *Loop) task(fn func()) { l.runTask(fn, nil) }

// runTask runs fn, or the JS callback of timer t when fn is nil, as a
// macrotask.
func (l *Loop) runTask(fn func(), t *timer) {
	defer func() {
		if v := recover(); v != nil {
			if l.onPanic == nil {
				panic(v)
			}
			l.onPanic(v)
		}
	}()
	if fn != nil {
		fn()
	} else {
		l.callJS(t.js, t.args)
	}
	if l.afterTask != nil && !l.stopped {
		l.afterTask(fn == nil)
	}
}
