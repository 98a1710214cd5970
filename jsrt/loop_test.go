//go:build unix

package jsrt

import (
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"syscall"
	"testing"
	"time"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

func newTestLoop(t *testing.T) *Loop {
	t.Helper()
	l, err := newLoop()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(l.close)
	return l
}

// newTestVM returns a VM whose stdout and stderr are the test's.
func newTestVM(t testing.TB) *VM {
	t.Helper()
	std, err := openStdio(Config{Stdout: os.Stdout, Stderr: os.Stderr})
	if err != nil {
		t.Fatal(err)
	}
	vm, err := newVM(Config{Args: []string{"test"}}, std)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		vm.loop.close()
		std.close()
	})
	return vm
}

// testPipe returns a pipe closed when the test ends (closing twice is
// harmless for the test).
func testPipe(t *testing.T) (r, w int) {
	t.Helper()
	p, err := pipeCloexec()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(p[0]); unix.Close(p[1]) })
	return p[0], p[1]
}

func pipeCloexec() ([2]int, error) {
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		return p, err
	}
	unix.CloseOnExec(p[0])
	unix.CloseOnExec(p[1])
	return p, nil
}

// runWithin runs the loop and fails the test if it has not ended in d.
func runWithin(t *testing.T, l *Loop, d time.Duration) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		l.run()
	}()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("loop still running after %v", d)
	}
}

func TestTimerOrder(t *testing.T) {
	tests := []struct {
		name   string
		delays []int64
		want   []int // indexes in firing order
	}{
		{"deadline order", []int64{30, 10, 20}, []int{1, 2, 0}},
		{"ties in insertion order", []int64{5, 0, 5, 0, 5}, []int{1, 3, 0, 2, 4}},
		{"negative is zero", []int64{1, -5, 0}, []int{1, 2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := newTestLoop(t)
			var got []int
			for i, d := range tt.delays {
				l.SetTimer(d, 0, func() { got = append(got, i) })
			}
			runWithin(t, l, 5*time.Second)
			if !slices.Equal(got, tt.want) {
				t.Errorf("fired %v, want %v", got, tt.want)
			}
		})
	}
}

func TestTimerHeapRandom(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var h timerHeap
	var all []*timer
	for i := 0; i < 5000; i++ {
		tm := &timer{deadline: int64(rng.Intn(100)), seq: uint64(i)}
		h.push(tm)
		all = append(all, tm)
	}
	// Take a third out from the middle, as clearTimeout does.
	removed := map[*timer]bool{}
	for _, tm := range all {
		if rng.Intn(3) == 0 {
			h.remove(tm.index)
			removed[tm] = true
		}
	}
	var want []*timer
	for _, tm := range all {
		if !removed[tm] {
			want = append(want, tm)
		}
	}
	sort.SliceStable(want, func(i, j int) bool { return want[i].deadline < want[j].deadline })
	for i, w := range want {
		if len(h) == 0 {
			t.Fatalf("heap empty after %d of %d timers", i, len(want))
		}
		if got := h.remove(0); got != w {
			t.Fatalf("timer %d: got deadline %d seq %d, want deadline %d seq %d", i, got.deadline, got.seq, w.deadline, w.seq)
		}
	}
	if len(h) != 0 {
		t.Errorf("%d timers left in the heap", len(h))
	}
}

func TestClearTimer(t *testing.T) {
	l := newTestLoop(t)
	var got []string
	id := l.SetTimer(1, 0, func() { got = append(got, "cleared") })
	l.SetTimer(2, 0, func() { got = append(got, "kept") })
	l.ClearTimer(id)
	l.ClearTimer(id)    // twice: ignored
	l.ClearTimer(12345) // unknown: ignored
	n := 0
	var iv int64
	iv = l.SetTimer(1, 1, func() {
		n++
		if n == 3 {
			l.ClearTimer(iv) // from inside its own callback
		}
	})
	runWithin(t, l, 5*time.Second)
	if !slices.Equal(got, []string{"kept"}) {
		t.Errorf("fired %v, want [kept]", got)
	}
	if n != 3 {
		t.Errorf("interval fired %d times, want 3", n)
	}
}

func TestTimerDelay(t *testing.T) {
	l := newTestLoop(t)
	start := time.Now()
	var elapsed time.Duration
	l.SetTimer(30, 0, func() { elapsed = time.Since(start) })
	runWithin(t, l, 5*time.Second)
	if elapsed < 30*time.Millisecond {
		t.Errorf("30 ms timer fired after %v", elapsed)
	}
}

// A timer set by a timer callback waits for the next turn, after I/O.
func TestTimerSetByTimerWaitsForIO(t *testing.T) {
	l := newTestLoop(t)
	r, w := testPipe(t)
	unix.Write(w, []byte("x"))
	var got []string
	l.SetTimer(0, 0, func() {
		got = append(got, "timer")
		l.SetTimer(0, 0, func() { got = append(got, "nested timer") })
	})
	if err := l.SetHandler(r, Readable, func() {
		got = append(got, "read")
		l.Forget(r)
	}); err != nil {
		t.Fatal(err)
	}
	runWithin(t, l, 5*time.Second)
	want := []string{"timer", "read", "nested timer"}
	if !slices.Equal(got, want) {
		t.Errorf("ran %v, want %v", got, want)
	}
}

func TestLevelTriggered(t *testing.T) {
	l := newTestLoop(t)
	r, w := testPipe(t)
	unix.Write(w, []byte("abc"))
	var got []byte
	l.SetHandler(r, Readable, func() {
		var b [1]byte
		n, _ := unix.Read(r, b[:])
		got = append(got, b[:n]...)
		if len(got) == 3 {
			l.SetHandler(r, Readable, nil)
		}
	})
	runWithin(t, l, 5*time.Second)
	if string(got) != "abc" {
		t.Errorf("read %q one byte per call, want \"abc\"", got)
	}
}

func TestWritable(t *testing.T) {
	l := newTestLoop(t)
	_, w := testPipe(t)
	calls := 0
	l.SetHandler(w, Writable, func() {
		calls++
		l.SetHandler(w, Writable, nil)
	})
	runWithin(t, l, 5*time.Second)
	if calls != 1 {
		t.Errorf("write handler called %d times, want 1", calls)
	}
}

// Two fds ready in the same turn, each handler removing the other's: only
// the first one served may run.
func TestHandlerRemovedDuringTurn(t *testing.T) {
	l := newTestLoop(t)
	r1, w1 := testPipe(t)
	r2, w2 := testPipe(t)
	unix.Write(w1, []byte("x"))
	unix.Write(w2, []byte("x"))
	calls := map[int]int{}
	l.SetHandler(r1, Readable, func() { calls[r1]++; l.Forget(r1); l.Forget(r2) })
	l.SetHandler(r2, Readable, func() { calls[r2]++; l.Forget(r1); l.Forget(r2) })
	runWithin(t, l, 5*time.Second)
	if calls[r1]+calls[r2] != 1 {
		t.Errorf("handlers called %v, want exactly one call in all", calls)
	}
}

// A handler replaced during a turn in which its fd was reported ready: the
// old one is never called again.
func TestHandlerReplacedDuringTurn(t *testing.T) {
	l := newTestLoop(t)
	r1, w1 := testPipe(t)
	r2, w2 := testPipe(t)
	unix.Write(w1, []byte("x"))
	unix.Write(w2, []byte("x"))
	var got []string
	drain := func(fd int) { var b [8]byte; unix.Read(fd, b[:]) }
	replace := func(self, other int, name string) func() {
		return func() {
			got = append(got, name)
			drain(self)
			l.Forget(self)
			l.SetHandler(other, Readable, func() {
				got = append(got, "new")
				drain(other)
				l.Forget(other)
			})
		}
	}
	l.SetHandler(r1, Readable, replace(r1, r2, "old1"))
	l.SetHandler(r2, Readable, replace(r2, r1, "old2"))
	runWithin(t, l, 5*time.Second)
	if len(got) != 2 || got[1] != "new" {
		t.Errorf("ran %v, want one old handler then the new one", got)
	}
}

// An fd closed and its number reused for a new pipe during a turn: the
// readiness reported for the old file does not reach the new handler.
func TestReusedFdNumber(t *testing.T) {
	l := newTestLoop(t)
	r1, w1 := testPipe(t)
	unix.Write(w1, []byte("x"))
	p, err := pipeCloexec()
	if err != nil {
		t.Fatal(err)
	}
	r2, w2 := p[0], p[1]
	defer unix.Close(w2)
	unix.Write(w2, []byte("x"))
	staleCalls := 0
	var first bool
	handler := func(self, other int) func() {
		return func() {
			if first {
				staleCalls++
				return
			}
			first = true
			// Close the other pipe and reopen its number on an empty pipe.
			l.Forget(other)
			unix.Close(other)
			q, _ := pipeCloexec()
			if q[0] != other {
				unix.Dup2(q[0], other)
				unix.Close(q[0])
			}
			t.Cleanup(func() { unix.Close(q[1]) })
			l.SetHandler(other, Readable, func() { staleCalls++ })
			l.SetTimer(20, 0, func() { l.Forget(self); l.Forget(other) })
			var b [1]byte
			unix.Read(self, b[:])
		}
	}
	l.SetHandler(r1, Readable, handler(r1, r2))
	l.SetHandler(r2, Readable, handler(r2, r1))
	runWithin(t, l, 5*time.Second)
	unix.Close(r2)
	if staleCalls != 0 {
		t.Errorf("stale readiness reached a new handler %d times", staleCalls)
	}
}

func TestRegularFileAlwaysReady(t *testing.T) {
	l := newTestLoop(t)
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	fd := int(f.Fd())
	calls := 0
	if err := l.SetHandler(fd, Readable, func() {
		calls++
		if calls == 3 {
			l.Forget(fd)
		}
	}); err != nil {
		t.Fatal(err)
	}
	runWithin(t, l, 5*time.Second)
	if calls != 3 {
		t.Errorf("handler of an empty regular file called %d times, want 3", calls)
	}
}

func TestHighFdNumber(t *testing.T) {
	var rl unix.Rlimit
	unix.Getrlimit(unix.RLIMIT_NOFILE, &rl)
	if rl.Cur < 3000 {
		t.Skipf("RLIMIT_NOFILE %d too low", rl.Cur)
	}
	l := newTestLoop(t)
	r, w := testPipe(t)
	const high = 2500 // past select(2)'s FD_SETSIZE
	if err := unix.Dup2(r, high); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(high)
	unix.Write(w, []byte("x"))
	calls := 0
	l.SetHandler(high, Readable, func() { calls++; l.Forget(high) })
	runWithin(t, l, 5*time.Second)
	if calls != 1 {
		t.Errorf("handler of fd %d called %d times, want 1", high, calls)
	}
}

func TestSetHandlerErrors(t *testing.T) {
	l := newTestLoop(t)
	for _, fd := range []int{-1, 30000} {
		if err := l.SetHandler(fd, Readable, func() {}); err == nil {
			t.Errorf("SetHandler(%d) succeeded", fd)
		}
	}
	if err := l.SetHandler(30000, Readable, nil); err != nil {
		t.Errorf("removing a handler never set: %v", err)
	}
	if l.alive() {
		t.Error("a failed SetHandler keeps the loop alive")
	}
}

func TestPendingKeepsLoopAlive(t *testing.T) {
	l := newTestLoop(t)
	p := l.Hold()
	var got []string
	go func() {
		time.Sleep(20 * time.Millisecond)
		if !p.Complete(func() { got = append(got, "first") }) {
			t.Error("first Complete reported false")
		}
		if p.Complete(func() { got = append(got, "second") }) {
			t.Error("second Complete reported true")
		}
	}()
	runWithin(t, l, 5*time.Second)
	if !slices.Equal(got, []string{"first"}) {
		t.Errorf("ran %v, want [first]", got)
	}
	c := l.Hold()
	c.Cancel()
	c.Cancel()
	if l.holds != 0 {
		t.Errorf("holds = %d after Cancel, want 0", l.holds)
	}
}

func TestPostManyGoroutines(t *testing.T) {
	l := newTestLoop(t)
	const n = 1000
	p := l.Hold()
	count := 0
	for i := 0; i < n; i++ {
		go l.Post(func() {
			count++
			if count == n {
				p.Complete(nil)
			}
		})
	}
	runWithin(t, l, 5*time.Second)
	if count != n {
		t.Errorf("ran %d posted functions, want %d", count, n)
	}
}

func TestExitRules(t *testing.T) {
	l := newTestLoop(t)
	runWithin(t, l, time.Second) // nothing at all
	l.Signal(syscall.SIGUSR2, func() {}, false)
	defer l.Signal(syscall.SIGUSR2, nil, false)
	runWithin(t, l, time.Second) // a signal handler alone
}

func TestSignal(t *testing.T) {
	l := newTestLoop(t)
	hold := l.Hold()
	calls := 0
	l.Signal(syscall.SIGUSR1, func() {
		calls++
		l.Signal(syscall.SIGUSR1, nil, false)
		hold.Cancel()
	}, false)
	l.SetTimer(0, 0, func() { syscall.Kill(os.Getpid(), syscall.SIGUSR1) })
	runWithin(t, l, 5*time.Second)
	if calls != 1 {
		t.Errorf("signal handler called %d times, want 1", calls)
	}
}

// The fd dispatch path allocates nothing per turn.
func TestDispatchAllocs(t *testing.T) {
	l := newTestLoop(t)
	r, w := testPipe(t)
	unix.Write(w, []byte("x")) // stays readable: the handler never reads
	calls := 0
	l.SetHandler(r, Readable, func() { calls++ })
	turn := func() {
		evs, err := l.poller.wait(0, l.events[:0])
		if err != nil {
			t.Fatal(err)
		}
		l.events = evs
		for i := range l.events {
			ev := &l.events[i]
			l.dispatch(ev.fd, ev.gen, ev.read, ev.write)
		}
	}
	turn()
	if a := testing.AllocsPerRun(100, turn); a != 0 {
		t.Errorf("%v allocations per turn, want 0", a)
	}
	if calls < 100 {
		t.Errorf("handler called %d times in 101 turns", calls)
	}
}

func TestPromise(t *testing.T) {
	vm := newTestVM(t)
	var got []string
	record := func(s string) { got = append(got, s) }
	vm.rt.Set("record", record)
	p1, settle1 := vm.Promise()
	p2, settle2 := vm.Promise()
	vm.rt.Set("p1", p1)
	vm.rt.Set("p2", p2)
	if _, err := vm.rt.RunString(`
		p1.then(v => record("resolved " + v));
		p2.catch(e => record("rejected " + e.message));
	`); err != nil {
		t.Fatal(err)
	}
	go settle1(func() (goja.Value, error) { return vm.rt.ToValue(42), nil })
	go settle2(func() (goja.Value, error) { return nil, os.ErrNotExist })
	runWithin(t, vm.loop, 5*time.Second)
	sort.Strings(got)
	want := []string{"rejected file does not exist", "resolved 42"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
