//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package jsrt

import (
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// poller waits for fd readiness with kqueue, level-triggered (no EV_CLEAR),
// and is woken from other goroutines through a pipe, which every BSD
// supports (EVFILT_USER does not exist everywhere).
type poller struct {
	kq    int
	wakeR int
	wakeW int
	woken atomic.Bool
	// gens holds each fd's registration; it is read when kevent returns,
	// before any callback runs, so an event for an fd forgotten and
	// registered again during the turn carries the old generation.
	gens    map[int]uint32
	mask    map[int]uint8 // fd → bit 1 read, bit 2 write
	changes []unix.Kevent_t
	buf     []unix.Kevent_t
}

func newPoller() (*poller, error) {
	kq, err := unix.Kqueue()
	if err != nil {
		return nil, err
	}
	unix.CloseOnExec(kq)
	var fds [2]int
	if err := unix.Pipe(fds[:]); err != nil {
		unix.Close(kq)
		return nil, err
	}
	for _, fd := range fds {
		unix.CloseOnExec(fd)
		_ = unix.SetNonblock(fd, true)
	}
	p := &poller{
		kq: kq, wakeR: fds[0], wakeW: fds[1],
		gens: map[int]uint32{}, mask: map[int]uint8{},
		buf: make([]unix.Kevent_t, 256),
	}
	var ev [1]unix.Kevent_t
	unix.SetKevent(&ev[0], p.wakeR, unix.EVFILT_READ, unix.EV_ADD)
	if _, err := unix.Kevent(kq, ev[:], nil, nil); err != nil {
		p.close()
		return nil, err
	}
	return p, nil
}

func (p *poller) close() {
	unix.Close(p.kq)
	unix.Close(p.wakeR)
	unix.Close(p.wakeW)
}

func kqMask(read, write bool) uint8 {
	var m uint8
	if read {
		m |= 1
	}
	if write {
		m |= 2
	}
	return m
}

// apply registers the filters of want that old lacks and deletes those old
// has and want lacks.
func (p *poller) apply(fd int, old, want uint8) error {
	p.changes = p.changes[:0]
	for bit, filter := range [2]int{unix.EVFILT_READ, unix.EVFILT_WRITE} {
		b := uint8(1) << bit
		switch {
		case want&b != 0 && old&b == 0:
			var ev unix.Kevent_t
			unix.SetKevent(&ev, fd, filter, unix.EV_ADD)
			p.changes = append(p.changes, ev)
		case want&b == 0 && old&b != 0:
			var ev unix.Kevent_t
			unix.SetKevent(&ev, fd, filter, unix.EV_DELETE)
			p.changes = append(p.changes, ev)
		}
	}
	if len(p.changes) == 0 {
		return nil
	}
	_, err := unix.Kevent(p.kq, p.changes, nil, nil)
	return err
}

func (p *poller) add(fd int, gen uint32, read, write bool) error {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		// kqueue reports a regular file readable only before its end;
		// select(2), whose behaviour scripts expect, always does.
		return unix.EPERM
	}
	m := kqMask(read, write)
	if err := p.apply(fd, 0, m); err != nil {
		return err
	}
	p.gens[fd] = gen
	p.mask[fd] = m
	return nil
}

func (p *poller) modify(fd int, gen uint32, read, write bool) error {
	m := kqMask(read, write)
	if err := p.apply(fd, p.mask[fd], m); err != nil {
		return err
	}
	p.gens[fd] = gen
	p.mask[fd] = m
	return nil
}

func (p *poller) remove(fd int) {
	// The fd may already be closed, in which case the kernel dropped it.
	_ = p.apply(fd, p.mask[fd], 0)
	delete(p.gens, fd)
	delete(p.mask, fd)
}

func (p *poller) wake() {
	if p.woken.CompareAndSwap(false, true) {
		_, _ = unix.Write(p.wakeW, []byte{1})
	}
}

// wait blocks up to timeout milliseconds (-1: no limit) and appends the
// ready fds to evs.
func (p *poller) wait(timeout int, evs []readyEvent) ([]readyEvent, error) {
	var ts *unix.Timespec
	if timeout >= 0 {
		t := unix.NsecToTimespec(int64(timeout) * 1e6)
		ts = &t
	}
	n, err := unix.Kevent(p.kq, nil, p.buf, ts)
	if err == unix.EINTR {
		return evs, nil // the loop recomputes the time left
	}
	if err != nil {
		return evs, err
	}
	for _, e := range p.buf[:n] {
		fd := int(e.Ident)
		if fd == p.wakeR {
			var b [64]byte
			_, _ = unix.Read(p.wakeR, b[:])
			p.woken.Store(false)
			continue
		}
		gen, ok := p.gens[fd]
		if !ok {
			continue
		}
		hup := e.Flags&(unix.EV_EOF|unix.EV_ERROR) != 0
		evs = append(evs, readyEvent{
			fd:    fd,
			gen:   gen,
			read:  int(e.Filter) == unix.EVFILT_READ || hup,
			write: int(e.Filter) == unix.EVFILT_WRITE || hup,
		})
	}
	if n == len(p.buf) && len(p.buf) < 65536 {
		p.buf = make([]unix.Kevent_t, 2*len(p.buf))
	}
	return evs, nil
}
