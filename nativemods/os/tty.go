package os

import (
	"runtime"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

type termios = unix.Termios

// tty exports isatty, ttyGetWinSize and ttySetRaw.
func (m *module) tty(e *jsrt.Exports) {
	e.Func("isatty", func(call goja.FunctionCall) goja.Value {
		return m.rt.ToValue(sysfd.IsTerminal(m.fdArg(call, 0)))
	})
	e.Func("ttyGetWinSize", func(call goja.FunctionCall) goja.Value {
		ws, err := unix.IoctlGetWinsize(m.fdArg(call, 0), unix.TIOCGWINSZ)
		if err != nil {
			return goja.Null()
		}
		return m.rt.NewArray(int(ws.Col), int(ws.Row))
	})
	e.Func("ttySetRaw", func(call goja.FunctionCall) goja.Value {
		m.setRaw(m.fdArg(call, 0))
		return goja.Undefined()
	})
}

// setRaw puts the terminal on fd in raw mode as QuickJS does (no echo, no
// line editing, 8-bit, one byte at a time; output processing and signal
// keys kept) and restores its settings when the process exits.
func (m *module) setRaw(fd int) {
	t, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	if err == unix.ENOTSUP {
		m.vm.Throw("Error", "os.ttySetRaw is not supported on %s", runtime.GOOS)
	}
	if err != nil {
		return
	}
	if m.rawTTY == nil {
		m.rawTTY = map[int]*termios{}
		m.vm.OnExit(func() {
			for fd, old := range m.rawTTY {
				_ = unix.IoctlSetTermios(fd, ioctlSetTermios, old)
			}
		})
	}
	if _, ok := m.rawTTY[fd]; !ok {
		old := *t
		m.rawTTY[fd] = &old
	}
	t.Iflag &^= unix.IGNBRK | unix.BRKINT | unix.PARMRK | unix.ISTRIP | unix.INLCR | unix.IGNCR | unix.ICRNL | unix.IXON
	t.Oflag |= unix.OPOST
	t.Lflag &^= unix.ECHO | unix.ECHONL | unix.ICANON | unix.IEXTEN
	t.Cflag &^= unix.CSIZE | unix.PARENB
	t.Cflag |= unix.CS8
	t.Cc[unix.VMIN] = 1
	t.Cc[unix.VTIME] = 0
	_ = unix.IoctlSetTermios(fd, ioctlSetTermios, t)
}
