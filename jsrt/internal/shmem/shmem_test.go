package shmem

import (
	"sync"
	"testing"
	"time"
)

// TestCounters has goroutines add to elements of every width at once; the
// sums come out exact only if each addition is atomic, including the 1- and
// 2-byte ones that share a word with their neighbours.
func TestCounters(t *testing.T) {
	b := New(24)
	const goroutines, n = 4, 2000
	var wg sync.WaitGroup
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range n {
				b.RMW(Add, 0, 1, 1)  // wraps at 256
				b.RMW(Add, 1, 1, 1)  // neighbour byte in the same word
				b.RMW(Add, 2, 2, 1)  // the word's other half
				b.RMW(Add, 4, 4, 3)  // 32-bit
				b.RMW(Sub, 8, 8, 1)  // 64-bit, below zero
				b.RMW(Xor, 16, 4, 1) // CAS loop
				b.RMW(Or, 20, 1, 2)
			}
		}()
	}
	wg.Wait()
	total := uint64(goroutines * n)
	for _, c := range []struct {
		off, size int
		want      uint64
	}{
		{0, 1, total % 256}, {1, 1, total % 256}, {2, 2, total % 65536},
		{4, 4, 3 * total}, {8, 8, -total}, {16, 4, total % 2}, {20, 1, 2},
	} {
		if got := b.Load(c.off, c.size); got != c.want {
			t.Errorf("%d-byte element at %d = %d, want %d", c.size, c.off, got, c.want)
		}
	}
}

func TestOperations(t *testing.T) {
	b := New(16)
	for _, size := range []int{1, 2, 4, 8} {
		off := 8 - size // a small element at the end of its word
		if size == 8 {
			off = 8
		}
		m := mask(size)
		b.Store(off, size, 0x1234567890abcdef)
		want := 0x1234567890abcdef & m
		if got := b.Load(off, size); got != want {
			t.Fatalf("size %d: Store then Load = %#x, want %#x", size, got, want)
		}
		steps := []struct {
			op   Op
			v    uint64
			want uint64
		}{
			{Add, 1, want + 1}, {Sub, 2, want - 1}, {And, 0xf0, (want - 1) & 0xf0},
			{Or, 0x0f, (want-1)&0xf0 | 0x0f}, {Xor, 0xff, ((want-1)&0xf0 | 0x0f) ^ 0xff},
			{Exchange, m, m}, {Add, 1, 0},
		}
		cur := want
		for _, s := range steps {
			if old := b.RMW(s.op, off, size, s.v); old != cur {
				t.Fatalf("size %d op %d: old %#x, want %#x", size, s.op, old, cur)
			}
			cur = s.want & m
			if got := b.Load(off, size); got != cur {
				t.Fatalf("size %d op %d: now %#x, want %#x", size, s.op, got, cur)
			}
		}
		if old := b.CompareExchange(off, size, 5, 7); old != 0 || b.Load(off, size) != 0 {
			t.Fatalf("size %d: CompareExchange with a wrong expectation wrote", size)
		}
		if old := b.CompareExchange(off, size, 0, 7); old != 0 || b.Load(off, size) != 7 {
			t.Fatalf("size %d: CompareExchange with the right expectation did not write", size)
		}
		if SignExtend(m, size) != -1 {
			t.Fatalf("size %d: SignExtend(%#x) = %d, want -1", size, m, SignExtend(m, size))
		}
	}
	// Neighbours of the small elements are untouched.
	if got := b.Load(0, 4); got != 0 {
		t.Errorf("bytes 0-3 = %#x, want 0", got)
	}
}

func TestBadAccessPanics(t *testing.T) {
	b := New(8)
	for _, c := range []struct{ off, size int }{{8, 1}, {2, 4}, {-1, 1}, {0, 3}, {4, 8}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Load(%d, %d) on 8 bytes did not panic", c.off, c.size)
				}
			}()
			b.Load(c.off, c.size)
		}()
	}
}

func TestWaitNotify(t *testing.T) {
	b := New(8)
	if r := b.Wait(0, 4, 1, Forever, nil); r != NotEqual {
		t.Fatalf("Wait on a value that differs = %v, want not-equal", r)
	}
	if r := b.Wait(0, 4, 0, 10*time.Millisecond, nil); r != TimedOut {
		t.Fatalf("Wait with a timeout and no notify = %v, want timed-out", r)
	}
	results := make(chan WaitResult, 3)
	for range 3 {
		go func() { results <- b.Wait(0, 4, 0, Forever, nil) }()
	}
	for b.Waiting(0) < 3 {
		time.Sleep(time.Millisecond)
	}
	if n := b.Notify(4, -1); n != 0 {
		t.Fatalf("Notify at another address woke %d", n)
	}
	if n := b.Notify(0, 2); n != 2 {
		t.Fatalf("Notify(0, 2) woke %d, want 2", n)
	}
	for range 2 {
		if r := <-results; r != OK {
			t.Fatalf("notified Wait = %v, want ok", r)
		}
	}
	stop := make(chan struct{})
	go func() { results <- b.Wait(0, 4, 0, Forever, stop) }()
	if n := b.Notify(0, -1); n != 1 {
		t.Fatalf("Notify(0, all) woke %d, want 1", n)
	}
	if r := <-results; r != OK {
		t.Fatalf("notified Wait = %v, want ok", r)
	}
	for b.Waiting(0) < 1 {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	if r := <-results; r != TimedOut {
		t.Fatalf("stopped Wait = %v, want timed-out", r)
	}
	if n := b.Waiting(0); n != 0 {
		t.Fatalf("%d waiters left", n)
	}
}

func TestWaitAsync(t *testing.T) {
	b := New(16)
	done := make(chan WaitResult, 2)
	if r, q := b.WaitAsync(8, 8, 1, Forever, nil); r != NotEqual || q {
		t.Fatalf("WaitAsync on a value that differs = %v, %v", r, q)
	}
	if r, q := b.WaitAsync(8, 8, 0, 0, nil); r != TimedOut || q {
		t.Fatalf("WaitAsync with timeout 0 = %v, %v", r, q)
	}
	if _, q := b.WaitAsync(8, 8, 0, Forever, func(r WaitResult) { done <- r }); !q {
		t.Fatal("WaitAsync did not queue")
	}
	if _, q := b.WaitAsync(8, 8, 0, 5*time.Millisecond, func(r WaitResult) { done <- r }); !q {
		t.Fatal("WaitAsync did not queue")
	}
	if r := <-done; r != TimedOut {
		t.Fatalf("first async result = %v, want the timeout's", r)
	}
	if n := b.Notify(8, 1); n != 1 {
		t.Fatalf("Notify woke %d, want 1", n)
	}
	if r := <-done; r != OK {
		t.Fatalf("notified async wait = %v, want ok", r)
	}
}

// TestPingPong has two goroutines hand a turn back and forth through one
// word, as two workers would with Atomics.wait and notify.
func TestPingPong(t *testing.T) {
	b := New(4)
	const rounds = 1000
	var wg sync.WaitGroup
	for me := range uint64(2) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for b.Load(0, 4) != me {
					b.Wait(0, 4, 1-me, Forever, nil)
				}
				b.Store(0, 4, 1-me)
				b.Notify(0, -1)
			}
		}()
	}
	wg.Wait()
}
