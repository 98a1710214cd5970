package std

import (
	"strings"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
)

func (m *module) jsGetenv(call goja.FunctionCall) goja.Value {
	v, ok := m.vm.LookupEnv(m.vm.ToString(jsrt.Arg(call, 0)))
	if !ok {
		return goja.Undefined()
	}
	return m.rt.ToValue(v)
}

func (m *module) jsSetenv(call goja.FunctionCall) goja.Value {
	// As in QuickJS, a name setenv(3) rejects (empty, or with '=') is
	// silently ignored.
	m.vm.Setenv(m.vm.ToString(jsrt.Arg(call, 0)), m.vm.ToString(jsrt.Arg(call, 1)))
	return goja.Undefined()
}

func (m *module) jsUnsetenv(call goja.FunctionCall) goja.Value {
	m.vm.Unsetenv(m.vm.ToString(jsrt.Arg(call, 0)))
	return goja.Undefined()
}

func (m *module) jsGetenviron(goja.FunctionCall) goja.Value {
	obj := m.rt.NewObject()
	for _, kv := range m.vm.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			_ = obj.Set(k, v)
		}
	}
	return obj
}

func (m *module) jsStrerror(call goja.FunctionCall) goja.Value {
	return m.rt.ToValue(strerror(int(int32(jsrt.ToInt64(jsrt.Arg(call, 0))))))
}

// strerror returns the C library's message for errno n: Go's table of
// messages, capitalized as the C library writes them.
func strerror(n int) string {
	msg := unix.Errno(n).Error()
	if n <= 0 || strings.HasPrefix(msg, "errno ") {
		return unknownErrno(n)
	}
	if c := msg[0]; c >= 'a' && c <= 'z' {
		msg = string(c-'a'+'A') + msg[1:]
	}
	return msg
}
