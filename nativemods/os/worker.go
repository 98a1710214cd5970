package os

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// workerEnd is the JS side of one end of a worker's channel: a Worker
// object in the parent, os.Worker.parent in the worker.
type workerEnd struct {
	port      *jsrt.Port
	onmessage goja.Value
	onerror   goja.Value
}

// worker defines os.Worker: new os.Worker(name) starts a -D module on a VM
// of its own; postMessage and onmessage talk to it, and os.Worker.parent
// is the worker's end. onerror, which QuickJS lacks, is called with an
// event {message, error} when the worker ends on an uncaught exception;
// without it that ends the parent too.
func (m *module) worker(e *jsrt.Exports) {
	vm, rt := m.vm, m.rt
	ends := map[*goja.Object]*workerEnd{}
	endOf := func(this goja.Value, method string) *workerEnd {
		if o, ok := this.(*goja.Object); ok {
			if w := ends[o]; w != nil {
				return w
			}
		}
		vm.Throw("TypeError", "Worker.prototype.%s called on an object that is not a Worker", method)
		return nil
	}
	proto := e.Class("Worker", func(call goja.ConstructorCall) *goja.Object {
		name := vm.ToString(call.Argument(0))
		port, err := vm.StartWorker(name)
		if err != nil {
			vm.Throw("TypeError", "%v", err)
		}
		w := &workerEnd{port: port, onmessage: goja.Null(), onerror: goja.Null()}
		ends[call.This] = w
		return nil
	})
	ctor := e.Object().Get("Worker").(*goja.Object)
	_ = ctor.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	post := vm.Func("postMessage", func(call goja.FunctionCall) goja.Value {
		w := endOf(call.This, "postMessage")
		var transfer []goja.Value
		if t, ok := jsrt.Arg(call, 1).(*goja.Object); ok {
			_ = rt.ExportTo(t, &transfer)
		}
		w.port.Post(jsrt.Arg(call, 0), transfer)
		return goja.Undefined()
	})
	_ = post.(*goja.Object).DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("postMessage", post, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	accessor := func(name string, get func(w *workerEnd) goja.Value, set func(this *goja.Object, w *workerEnd, fn goja.Value)) {
		getter := vm.Func("get "+name, func(call goja.FunctionCall) goja.Value {
			return get(endOf(call.This, name))
		})
		setter := vm.Func("set "+name, func(call goja.FunctionCall) goja.Value {
			w := endOf(call.This, name)
			fn := jsrt.Arg(call, 0)
			if _, ok := goja.AssertFunction(fn); !ok {
				fn = goja.Null()
			}
			set(call.This.(*goja.Object), w, fn)
			return goja.Undefined()
		})
		_ = proto.DefineAccessorProperty(name, getter, setter, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	accessor("onmessage", func(w *workerEnd) goja.Value { return w.onmessage },
		func(this *goja.Object, w *workerEnd, fn goja.Value) {
			w.onmessage = fn
			f, ok := goja.AssertFunction(fn)
			if !ok {
				w.port.OnMessage(nil)
				return
			}
			w.port.OnMessage(func(data goja.Value) {
				ev := rt.NewObject()
				_ = ev.Set("data", data)
				vm.Call(f, this, ev)
			})
		})
	accessor("onerror", func(w *workerEnd) goja.Value { return w.onerror },
		func(this *goja.Object, w *workerEnd, fn goja.Value) {
			w.onerror = fn
			f, ok := goja.AssertFunction(fn)
			if !ok {
				w.port.OnError(nil)
				return
			}
			w.port.OnError(func(errv goja.Value) {
				ev := rt.NewObject()
				msg := errv
				if o, ok := errv.(*goja.Object); ok {
					if s := o.Get("message"); s != nil {
						msg = s
					}
				}
				_ = ev.Set("message", vm.ToString(msg))
				_ = ev.Set("error", errv)
				vm.Call(f, this, ev)
			})
		})

	var parent goja.Value = goja.Undefined()
	if port := vm.Parent(); port != nil {
		obj := rt.NewObject()
		_ = obj.SetPrototype(proto)
		ends[obj] = &workerEnd{port: port, onmessage: goja.Null(), onerror: goja.Null()}
		parent = obj
	}
	_ = ctor.DefineDataProperty("parent", parent, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
