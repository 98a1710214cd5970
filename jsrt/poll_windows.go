package jsrt

import (
	"errors"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gojsc/gojsc/internal/sysfd"
	"golang.org/x/sys/windows"
)

// errNoFdPolling is what watching a pipe, console or socket handle fails
// with: Windows has no readiness API over arbitrary handles, and the loop
// does not emulate one.
var errNoFdPolling = errors.New("fd handlers are not supported on windows (only on disk files)")

// poller on Windows only sleeps until the next timer or a wake: the loop
// serves timers, posted work and holds; disk files count as always ready,
// as on Unix, and other handles cannot be watched.
type poller struct {
	wakeCh chan struct{}
	woken  atomic.Bool
}

func newPoller() (*poller, error) {
	return &poller{wakeCh: make(chan struct{}, 1)}, nil
}

// close releases nothing: the poller holds no handles.
func (p *poller) close() {}

func (p *poller) add(fd int, gen uint32, read, write bool) error {
	t, err := windows.GetFileType(windows.Handle(sysfd.Handle(fd)))
	if err != nil {
		return syscall.EBADF
	}
	if t == windows.FILE_TYPE_DISK {
		return syscall.EPERM // always ready, as regular files on Unix
	}
	return errNoFdPolling
}

func (p *poller) modify(fd int, gen uint32, read, write bool) error { return errNoFdPolling }

func (p *poller) remove(fd int) {}

func (p *poller) wake() {
	if p.woken.CompareAndSwap(false, true) {
		select {
		case p.wakeCh <- struct{}{}:
		default:
		}
	}
}

// wait blocks up to timeout milliseconds (-1: no limit) or until woken; it
// never reports fds.
func (p *poller) wait(timeout int, evs []readyEvent) ([]readyEvent, error) {
	switch {
	case timeout < 0:
		<-p.wakeCh
	case timeout == 0:
		select {
		case <-p.wakeCh:
		default:
			return evs, nil
		}
	default:
		t := time.NewTimer(time.Duration(timeout) * time.Millisecond)
		select {
		case <-p.wakeCh:
			t.Stop()
		case <-t.C:
			return evs, nil
		}
	}
	p.woken.Store(false)
	return evs, nil
}
