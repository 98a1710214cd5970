//go:build unix && !linux && !darwin && !freebsd && !netbsd && !openbsd && !dragonfly

package jsrt

import (
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// poller waits for fd readiness with poll(2), which, unlike select(2), has
// no limit on fd numbers. It is woken from other goroutines through a pipe.
type poller struct {
	fds   map[int]int16 // fd → requested events
	gens  map[int]uint32
	pfds  []unix.PollFd
	wakeR int
	wakeW int
	woken atomic.Bool
}

func newPoller() (*poller, error) {
	var p [2]int
	if err := unix.Pipe(p[:]); err != nil {
		return nil, err
	}
	for _, fd := range p {
		unix.CloseOnExec(fd)
		_ = unix.SetNonblock(fd, true)
	}
	return &poller{fds: map[int]int16{}, gens: map[int]uint32{}, wakeR: p[0], wakeW: p[1]}, nil
}

// close releases the poller's fds.
func (p *poller) close() {
	unix.Close(p.wakeR)
	unix.Close(p.wakeW)
}

func pollMask(read, write bool) int16 {
	var m int16
	if read {
		m |= unix.POLLIN
	}
	if write {
		m |= unix.POLLOUT
	}
	return m
}

func (p *poller) add(fd int, gen uint32, read, write bool) error {
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return err
	}
	if st.Mode&unix.S_IFMT == unix.S_IFREG {
		return unix.EPERM // same answer as epoll: always ready
	}
	p.fds[fd] = pollMask(read, write)
	p.gens[fd] = gen
	return nil
}

func (p *poller) modify(fd int, gen uint32, read, write bool) error {
	p.fds[fd] = pollMask(read, write)
	p.gens[fd] = gen
	return nil
}

func (p *poller) remove(fd int) {
	delete(p.fds, fd)
	delete(p.gens, fd)
}

func (p *poller) wake() {
	if p.woken.CompareAndSwap(false, true) {
		_, _ = unix.Write(p.wakeW, []byte{1})
	}
}

func (p *poller) wait(timeout int, evs []readyEvent) ([]readyEvent, error) {
	p.pfds = append(p.pfds[:0], unix.PollFd{Fd: int32(p.wakeR), Events: unix.POLLIN})
	for fd, m := range p.fds {
		p.pfds = append(p.pfds, unix.PollFd{Fd: int32(fd), Events: m})
	}
	_, err := unix.Poll(p.pfds, timeout)
	if err == unix.EINTR {
		return evs, nil // the loop recomputes the time left
	}
	if err != nil {
		return evs, err
	}
	if p.pfds[0].Revents != 0 {
		var b [64]byte
		_, _ = unix.Read(p.wakeR, b[:])
		p.woken.Store(false)
	}
	for _, pf := range p.pfds[1:] {
		if pf.Revents == 0 {
			continue
		}
		hup := pf.Revents&(unix.POLLHUP|unix.POLLERR|unix.POLLNVAL) != 0
		evs = append(evs, readyEvent{
			fd:    int(pf.Fd),
			gen:   p.gens[int(pf.Fd)],
			read:  pf.Revents&unix.POLLIN != 0 || hup,
			write: pf.Revents&unix.POLLOUT != 0 || hup,
		})
	}
	return evs, nil
}
