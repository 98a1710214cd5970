package shmem

import (
	"time"
)

// WaitResult is how a wait ended, with the names Atomics.wait returns.
type WaitResult uint8

// The results of a wait.
const (
	OK       WaitResult = iota // woken by Notify
	NotEqual                   // the element did not hold the expected value
	TimedOut                   // the timeout passed, or the wait was stopped
)

func (r WaitResult) String() string {
	switch r {
	case OK:
		return "ok"
	case NotEqual:
		return "not-equal"
	}
	return "timed-out"
}

// Forever is the timeout of a wait that only Notify ends.
const Forever time.Duration = -1

// waiter is one wait in progress: a blocked goroutine (wake) or a callback
// (async). Both are touched only under the block's lock until the waiter
// leaves its list.
type waiter struct {
	wake  chan struct{} // closed by Notify, for a blocking wait
	async func(WaitResult)
	timer *time.Timer // of an async wait with a timeout
}

// waitList is the waiters of one address, first come first woken.
type waitList struct {
	ws []*waiter
}

func (b *Block) enqueue(off, size int, expect uint64, w *waiter) bool {
	// The comparison and the enqueueing happen under the lock Notify
	// takes, so a notification after a store cannot fall between them.
	if b.Load(off, size) != expect&mask(size) {
		return false
	}
	if b.waiters == nil {
		b.waiters = make(map[int]*waitList)
	}
	l := b.waiters[off]
	if l == nil {
		l = &waitList{}
		b.waiters[off] = l
	}
	l.ws = append(l.ws, w)
	return true
}

// remove takes w out of the list at off; it reports false when Notify took
// it first.
func (b *Block) remove(off int, w *waiter) bool {
	l := b.waiters[off]
	if l == nil {
		return false
	}
	for i, x := range l.ws {
		if x == w {
			l.ws = append(l.ws[:i], l.ws[i+1:]...)
			if len(l.ws) == 0 {
				delete(b.waiters, off)
			}
			return true
		}
	}
	return false
}

// Wait blocks until Notify wakes it at off (OK), timeout passes (TimedOut;
// Forever: never) or stop is closed (TimedOut; nil: never), provided the
// size-byte element at off holds expect when it starts; NotEqual if not.
func (b *Block) Wait(off, size int, expect uint64, timeout time.Duration, stop <-chan struct{}) WaitResult {
	b.check(off, size)
	w := &waiter{wake: make(chan struct{})}
	b.mu.Lock()
	if !b.enqueue(off, size, expect, w) {
		b.mu.Unlock()
		return NotEqual
	}
	b.mu.Unlock()
	var expired <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	select {
	case <-w.wake:
		return OK
	case <-expired:
	case <-stop:
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.remove(off, w) {
		return TimedOut
	}
	return OK // notified while timing out: the notification counted it
}

// WaitAsync is Wait without blocking. When the element at off does not
// hold expect it returns NotEqual; when timeout is 0, TimedOut; otherwise
// it returns OK with queued true, and done is called later, once, on
// another goroutine, with OK (notified) or TimedOut.
func (b *Block) WaitAsync(off, size int, expect uint64, timeout time.Duration, done func(WaitResult)) (r WaitResult, queued bool) {
	b.check(off, size)
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.Load(off, size) != expect&mask(size) {
		return NotEqual, false
	}
	if timeout == 0 {
		return TimedOut, false
	}
	w := &waiter{async: done}
	b.enqueue(off, size, expect, w)
	if timeout > 0 {
		w.timer = time.AfterFunc(timeout, func() {
			b.mu.Lock()
			gone := b.remove(off, w)
			b.mu.Unlock()
			if gone {
				done(TimedOut)
			}
		})
	}
	return OK, true
}

// Notify wakes up to count waiters at off (count < 0: all), the longest
// waiting first, and returns how many it woke.
func (b *Block) Notify(off, count int) int {
	b.check(off, 1)
	b.mu.Lock()
	l := b.waiters[off]
	if l == nil || count == 0 {
		b.mu.Unlock()
		return 0
	}
	if count < 0 || count > len(l.ws) {
		count = len(l.ws)
	}
	woken := append([]*waiter(nil), l.ws[:count]...)
	l.ws = append(l.ws[:0], l.ws[count:]...)
	if len(l.ws) == 0 {
		delete(b.waiters, off)
	}
	b.mu.Unlock()
	for _, w := range woken {
		if w.async == nil {
			close(w.wake)
			continue
		}
		if w.timer != nil {
			w.timer.Stop()
		}
		w.async(OK)
	}
	return len(woken)
}

// Waiting returns how many waits are queued at off, for tests.
func (b *Block) Waiting(off int) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if l := b.waiters[off]; l != nil {
		return len(l.ws)
	}
	return 0
}
