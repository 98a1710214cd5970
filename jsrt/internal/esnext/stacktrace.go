package esnext

import (
	"bytes"

	"github.com/dop251/goja"
)

// captureStackTrace is V8's Error.captureStackTrace(obj, fn): it gives obj
// a stack property, a string in the format of goja's own error stacks:
// "Name: message", then a "\tat ..." line per frame of the current call
// stack. With fn, the frames from the top down to fn's last call are left
// out (frames are matched by function name, which is all goja's frames
// tell); when fn is not on the stack no frame is left.
func (r *Realm) captureStackTrace(c goja.FunctionCall) goja.Value {
	obj, ok := arg(c, 0).(*goja.Object)
	if !ok {
		r.throwType("invalid_argument")
	}
	frames := r.rt.CaptureCallStack(0, nil)
	// The first frame is this native function.
	if len(frames) > 0 && frames[0].FuncName() == "captureStackTrace" || len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:]
	}
	if fn, ok := arg(c, 1).(*goja.Object); ok {
		if _, callable := goja.AssertFunction(fn); callable {
			name := fn.Get("name").String()
			cut := len(frames)
			for i, f := range frames {
				if f.FuncName() == name {
					cut = i + 1
					break
				}
			}
			frames = frames[cut:]
		}
	}
	var b bytes.Buffer
	b.WriteString(errorHeader(obj))
	for _, f := range frames {
		b.WriteString("\n\tat ")
		f.Write(&b)
	}
	if len(frames) > 0 {
		b.WriteByte('\n')
	}
	if err := obj.DefineDataProperty("stack", r.rt.ToValue(b.String()), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(r.rt.NewTypeError(err.Error()))
	}
	return goja.Undefined()
}

// errorHeader is the first line of a stack: Error.prototype.toString's
// "name: message", with "Error" for a missing name.
func errorHeader(obj *goja.Object) string {
	name, msg := "Error", ""
	if v := obj.Get("name"); v != nil && !goja.IsUndefined(v) {
		name = v.String()
	}
	if v := obj.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}
