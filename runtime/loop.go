package runtime

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// Direction selects the readiness a file descriptor handler waits for.
type Direction int

// The two directions an fd handler can watch.
const (
	Readable Direction = iota
	Writable
)

// A Loop is the event loop of one VM. Everything but Post and
// Pending.Complete must be called on the loop goroutine, the one that owns
// the goja runtime.
type Loop struct {
	start time.Time

	timers    timerHeap
	timerByID map[int64]*timer
	timerID   int64
	timerSeq  uint64

	poller  *poller
	watches map[int]*watch
	always  []int // fds that cannot be polled (regular files): always ready
	gen     uint32
	events  []readyEvent

	holds int // pending work that keeps the loop alive

	mu       sync.Mutex
	posted   []func()
	running  []func()
	nposted  atomic.Int32
	sigCh    chan os.Signal
	signals  map[syscall.Signal]func()
	sigAlive bool

	// afterTask runs after every macrotask; the VM drains promise jobs and
	// reports unhandled rejections there.
	afterTask func()
	// onPanic receives a Go panic that escaped a callback.
	onPanic func(v any)
}

// A watch holds the handlers of one fd.
type watch struct {
	fd       int
	gen      uint32
	read     func()
	write    func()
	pollable bool
}

// NewLoop returns an empty loop.
func NewLoop() (*Loop, error) {
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
	}, nil
}

// Now returns the loop's monotonic clock in milliseconds, with sub-millisecond
// precision.
func (l *Loop) Now() float64 {
	return float64(time.Since(l.start).Nanoseconds()) / 1e6
}

func (l *Loop) nowMs() int64 { return time.Since(l.start).Milliseconds() }

// SetTimer schedules fn to run after ms milliseconds, and every interval
// milliseconds after that when interval > 0. It returns the timer's id, a
// positive number.
func (l *Loop) SetTimer(ms, interval int64, fn func()) int64 {
	if ms < 0 {
		ms = 0
	}
	l.timerID++
	l.timerSeq++
	t := &timer{id: l.timerID, deadline: l.nowMs() + ms, seq: l.timerSeq, interval: interval, fn: fn}
	l.timers.push(t)
	l.timerByID[t.id] = t
	return t.id
}

// ClearTimer cancels the timer with the given id; unknown ids are ignored.
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
// fd is ready in direction dir. Handlers are level-triggered: fn is called
// again on every turn of the loop while the fd stays ready. A handler removed
// or replaced during a callback is not called afterwards.
func (l *Loop) SetHandler(fd int, dir Direction, fn func()) error {
	if fd < 0 {
		return fmt.Errorf("set handler on fd %d: %w", fd, syscall.EBADF)
	}
	w := l.watches[fd]
	if w == nil {
		if fn == nil {
			return nil
		}
		l.gen++
		w = &watch{fd: fd, gen: l.gen}
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
	if _, ok := l.watches[fd]; !ok {
		err := l.poller.add(fd, w.gen, w.read != nil, w.write != nil)
		switch {
		case errors.Is(err, syscall.EPERM):
			// Regular files: always ready, as under select(2).
			l.always = append(l.always, fd)
		case err != nil:
			return fmt.Errorf("watch fd %d: %w", fd, err)
		default:
			w.pollable = true
		}
		l.watches[fd] = w
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

// Complete schedules fn to run on the loop goroutine and releases the hold.
// It may be called from any goroutine; only the first call of Complete or
// Cancel has an effect, and Complete reports whether it was that call.
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
	l.posted = append(l.posted, fn)
	first := len(l.posted) == 1
	l.mu.Unlock()
	l.nposted.Add(1)
	if first {
		l.poller.wake()
	}
}

// Signal sets the handler run on the loop when the process receives sig.
// fn == nil restores the default action; ignore makes the process ignore
// sig. Signal handlers alone do not keep the loop alive.
func (l *Loop) Signal(sig syscall.Signal, fn func(), ignore bool) {
	if l.sigCh == nil {
		l.sigCh = make(chan os.Signal, 64)
		go func() {
			for s := range l.sigCh {
				sig := s.(syscall.Signal)
				l.Post(func() {
					if h := l.signals[sig]; h != nil {
						h()
					}
				})
			}
		}()
	}
	switch {
	case ignore:
		delete(l.signals, sig)
		signal.Ignore(sig)
	case fn == nil:
		delete(l.signals, sig)
		signal.Reset(sig)
	default:
		l.signals[sig] = fn
		signal.Notify(l.sigCh, sig)
	}
}

// alive reports whether anything can still happen.
func (l *Loop) alive() bool {
	return len(l.timers) > 0 || len(l.watches) > 0 || l.holds > 0 || l.nposted.Load() > 0
}

// Run runs macrotasks until nothing can happen any more.
func (l *Loop) Run() {
	for {
		l.runPosted()
		l.runTimers()
		if !l.alive() {
			return
		}
		timeout := -1
		if len(l.timers) > 0 {
			timeout = int(l.timers[0].deadline - l.nowMs())
			if timeout < 0 {
				timeout = 0
			}
		}
		if len(l.always) > 0 || l.nposted.Load() > 0 {
			timeout = 0
		}
		var err error
		l.events, err = l.poller.wait(timeout, l.events[:0])
		if err != nil {
			l.task(func() { panic(fmt.Errorf("event loop: %w", err)) })
			return
		}
		for _, ev := range l.events {
			l.dispatch(ev.fd, ev.gen, ev.read, ev.write)
		}
		if len(l.always) > 0 {
			for _, fd := range append([]int(nil), l.always...) {
				l.dispatch(fd, 0, true, true)
			}
		}
	}
}

// dispatch calls the handlers of fd, looking them up afresh so that one
// removed by an earlier callback in this turn is not called.
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
	if write && w.write != nil {
		l.task(w.write)
	}
}

func (l *Loop) runPosted() {
	if l.nposted.Load() == 0 {
		return
	}
	l.mu.Lock()
	l.running, l.posted = l.posted, l.running[:0]
	l.mu.Unlock()
	l.nposted.Add(-int32(len(l.running)))
	for i, fn := range l.running {
		l.running[i] = nil
		l.task(fn)
	}
}

// runTimers fires the timers due now, in deadline order. Timers scheduled by
// these callbacks wait for the next turn so that I/O is not starved.
func (l *Loop) runTimers() {
	if len(l.timers) == 0 {
		return
	}
	now := l.nowMs()
	seq := l.timerSeq
	for len(l.timers) > 0 {
		t := l.timers[0]
		if t.deadline > now || t.seq > seq {
			return
		}
		l.timers.remove(0)
		if t.interval > 0 {
			l.timerSeq++
			t.seq = l.timerSeq
			t.deadline = now + t.interval
			l.timers.push(t)
		} else {
			delete(l.timerByID, t.id)
		}
		l.task(t.fn)
	}
}

// task runs one macrotask and whatever must follow it.
func (l *Loop) task(fn func()) {
	defer func() {
		if v := recover(); v != nil {
			if l.onPanic == nil {
				panic(v)
			}
			l.onPanic(v)
		}
	}()
	fn()
	if l.afterTask != nil {
		l.afterTask()
	}
}
