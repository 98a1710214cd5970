//go:build linux

package jsrt

import (
	"sync/atomic"

	"golang.org/x/sys/unix"
)

// poller waits for fd readiness with epoll, level-triggered, and is woken
// from other goroutines through an eventfd.
type poller struct {
	epfd   int
	wakefd int
	woken  atomic.Bool
	buf    []unix.EpollEvent
}

func newPoller() (*poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, err
	}
	wakefd, err := unix.Eventfd(0, unix.EFD_CLOEXEC|unix.EFD_NONBLOCK)
	if err != nil {
		unix.Close(epfd)
		return nil, err
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: int32(wakefd)}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wakefd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(wakefd)
		return nil, err
	}
	return &poller{epfd: epfd, wakefd: wakefd, buf: make([]unix.EpollEvent, 256)}, nil
}

// close releases the poller's fds.
func (p *poller) close() {
	unix.Close(p.epfd)
	unix.Close(p.wakefd)
}

func epollMask(read, write bool) uint32 {
	var m uint32
	if read {
		m |= unix.EPOLLIN
	}
	if write {
		m |= unix.EPOLLOUT
	}
	return m
}

func (p *poller) add(fd int, gen uint32, read, write bool) error {
	ev := unix.EpollEvent{Events: epollMask(read, write), Fd: int32(fd), Pad: int32(gen)}
	return unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev)
}

func (p *poller) modify(fd int, gen uint32, read, write bool) error {
	ev := unix.EpollEvent{Events: epollMask(read, write), Fd: int32(fd), Pad: int32(gen)}
	err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, fd, &ev)
	if err == unix.ENOENT {
		// The fd was closed and reopened without Forget: the kernel dropped
		// the old registration, so register the new file.
		err = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, fd, &ev)
	}
	return err
}

func (p *poller) remove(fd int) {
	// The fd may already be closed, in which case the kernel dropped it.
	_ = unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, fd, nil)
}

func (p *poller) wake() {
	if p.woken.CompareAndSwap(false, true) {
		var one = [8]byte{1}
		_, _ = unix.Write(p.wakefd, one[:])
	}
}

// wait blocks up to timeout milliseconds (-1: no limit) and appends the
// ready fds to evs.
func (p *poller) wait(timeout int, evs []readyEvent) ([]readyEvent, error) {
	n, err := unix.EpollWait(p.epfd, p.buf, timeout)
	if err == unix.EINTR {
		return evs, nil // the loop recomputes the time left
	}
	if err != nil {
		return evs, err
	}
	for _, e := range p.buf[:n] {
		if int(e.Fd) == p.wakefd {
			var b [8]byte
			_, _ = unix.Read(p.wakefd, b[:])
			p.woken.Store(false)
			continue
		}
		hup := e.Events&(unix.EPOLLHUP|unix.EPOLLERR) != 0
		evs = append(evs, readyEvent{
			fd:    int(e.Fd),
			gen:   uint32(e.Pad),
			read:  e.Events&unix.EPOLLIN != 0 || hup,
			write: e.Events&unix.EPOLLOUT != 0 || hup,
		})
	}
	if n == len(p.buf) && len(p.buf) < 65536 {
		p.buf = make([]unix.EpollEvent, 2*len(p.buf))
	}
	return evs, nil
}
