package esnext

import (
	"bytes"
	"strings"

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
			cut := -1
			for i, f := range frames {
				if f.FuncName() == name {
					cut = i
					break
				}
			}
			if cut < 0 {
				// A bundler that renamed a function to keep names apart
				// (f to f2) and restored its name property leaves the
				// renamed binding in the frames.
				for i, f := range frames {
					if renamed(f.FuncName(), name) {
						cut = i
						break
					}
				}
			}
			if cut < 0 {
				cut = len(frames) - 1 // fn is not on the stack: V8 keeps no frame
			}
			frames = frames[cut+1:]
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

// renamed reports whether frame is name with digits added, as a bundler
// renames a function whose name another declaration took.
func renamed(frame, name string) bool {
	rest, ok := strings.CutPrefix(frame, name)
	return ok && rest != "" && strings.Trim(rest, "0123456789") == ""
}
