package jsrt

import "github.com/dop251/goja"

// A timer is one pending setTimeout or setInterval. It runs fn, or when fn
// is nil calls the JS function js with args: keeping the JS callback as a
// value, not in a closure around a goja.Callable, saves three allocations
// per timer that a script scheduling many timers would keep alive.
type timer struct {
	id       int64
	deadline int64 // loop clock, nanoseconds
	seq      uint64
	interval int64 // > 0 for setInterval
	index    int   // position in the heap, -1 when not scheduled
	fn       func()
	js       *goja.Object
	args     []goja.Value
}

// timerHeap is a min-heap of timers ordered by deadline, ties in the order
// they were scheduled. It is written out rather than using container/heap to
// avoid boxing every element in an interface on the hot path.
type timerHeap []*timer

func (h timerHeap) less(i, j int) bool {
	if h[i].deadline != h[j].deadline {
		return h[i].deadline < h[j].deadline
	}
	return h[i].seq < h[j].seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) push(t *timer) {
	t.index = len(*h)
	*h = append(*h, t)
	h.up(t.index)
}

// remove takes the timer at index i out of the heap.
func (h *timerHeap) remove(i int) *timer {
	old := *h
	n := len(old) - 1
	t := old[i]
	if i != n {
		old.swap(i, n)
	}
	old[n] = nil
	*h = old[:n]
	if i != n {
		if !h.down(i) {
			h.up(i)
		}
	}
	t.index = -1
	return t
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i0 int) bool {
	i, n := i0, len(h)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		j := l
		if r := l + 1; r < n && h.less(r, l) {
			j = r
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}
