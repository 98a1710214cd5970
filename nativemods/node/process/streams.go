package process

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/sysfd"
	unix "github.com/gojsc/gojsc/internal/xunix"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/events"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

// newEmitter returns a new EventEmitter.
func (p *proc) newEmitter() *goja.Object {
	ee, err := events.Emitter(p.vm)
	if err != nil {
		panic(err)
	}
	obj, err := p.rt.New(ee)
	if err != nil {
		panic(err)
	}
	return obj
}

// writeStream is process.stdout (fd 1) or process.stderr (fd 2): write
// goes through the buffer console.log writes to (stdout), or straight to
// fd 2 after flushing it (stderr), so that the two keep their order.
func (p *proc) writeStream(fd int) *goja.Object {
	vm, rt := p.vm, p.rt
	s := p.newEmitter()
	tty := sysfd.IsTerminal(vm.Fd(fd))
	_ = s.Set("fd", fd)
	_ = s.Set("writable", true)
	if tty {
		_ = s.Set("isTTY", true)
		if ws, err := unix.IoctlGetWinsize(vm.Fd(fd), unix.TIOCGWINSZ); err == nil {
			_ = s.Set("columns", int(ws.Col))
			_ = s.Set("rows", int(ws.Row))
		}
	}
	write := func(b []byte) {
		if fd == 1 {
			_, _ = vm.Stdout().Write(b)
			if vm.StdoutIsTerminal() {
				_ = vm.Stdout().Flush()
			}
			return
		}
		_ = vm.Stdout().Flush()
		_, _ = vm.File(2).Write(b)
	}
	method := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = s.Set(name, vm.Func(name, fn))
	}
	callback := func(v goja.Value) {
		if cb, ok := goja.AssertFunction(v); ok {
			p.nextTick(cb, nil)
		}
	}
	chunkOf := func(v goja.Value) []byte {
		if str, ok := v.(goja.String); ok {
			return []byte(str.String())
		}
		if o, ok := v.(*goja.Object); ok {
			if _, isBuf := o.Export().([]byte); isBuf || o.Get("byteLength") != nil && o.Get("buffer") != nil {
				return vm.Bytes(v, "write")
			}
		}
		nodeerr.ArgType(vm, "chunk", "of type string or an instance of Buffer or Uint8Array", v)
		return nil
	}
	method("write", func(call goja.FunctionCall) goja.Value {
		write(chunkOf(jsrt.Arg(call, 0)))
		if cb := jsrt.Arg(call, 1); !goja.IsUndefined(cb) {
			if _, ok := goja.AssertFunction(cb); ok {
				callback(cb)
			} else {
				callback(jsrt.Arg(call, 2))
			}
		}
		return rt.ToValue(true)
	})
	method("end", func(call goja.FunctionCall) goja.Value {
		if v := jsrt.Arg(call, 0); !goja.IsUndefined(v) && !goja.IsNull(v) {
			if _, ok := goja.AssertFunction(v); !ok {
				write(chunkOf(v))
			}
		}
		return s
	})
	method("hasColors", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(tty && p.colorDepth() > 2)
	})
	method("getColorDepth", func(call goja.FunctionCall) goja.Value {
		if !tty {
			return rt.ToValue(1)
		}
		return rt.ToValue(p.colorDepth())
	})
	method("cork", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	method("uncork", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return s
}

// colorDepth is the colour depth a terminal offers, read from the
// environment as node does in outline.
func (p *proc) colorDepth() int {
	if _, ok := p.vm.LookupEnv("NO_COLOR"); ok {
		return 1
	}
	if ct, _ := p.vm.LookupEnv("COLORTERM"); ct == "truecolor" || ct == "24bit" {
		return 24
	}
	term, _ := p.vm.LookupEnv("TERM")
	switch {
	case term == "dumb":
		return 1
	case len(term) >= 8 && term[len(term)-8:] == "256color":
		return 8
	}
	return 4
}

// stdin is process.stdin: reading starts when a 'data' listener is added,
// resume() is called or it is iterated; chunks are Buffers unless
// setEncoding was called.
func (p *proc) stdin() goja.Value {
	vm, rt := p.vm, p.rt
	s := p.newEmitter()
	_ = s.Set("fd", 0)
	if sysfd.IsTerminal(vm.Fd(0)) {
		_ = s.Set("isTTY", true)
	}
	_ = s.Set("readable", true)
	encoding := ""
	paused := true
	reading := false
	ended := false
	var pending [][]byte
	emit, _ := goja.AssertFunction(s.Get("emit"))
	deliver := func() {
		for !paused && len(pending) > 0 {
			b := pending[0]
			pending = pending[1:]
			var chunk goja.Value
			if encoding != "" {
				chunk = rt.ToValue(string(b))
			} else {
				chunk = p.buffer(b)
			}
			vm.Call(emit, s, rt.ToValue("data"), chunk)
		}
		if !paused && ended && len(pending) == 0 {
			ended = false
			vm.Call(emit, s, rt.ToValue("end"))
			vm.Call(emit, s, rt.ToValue("close"))
		}
	}
	start := func() {
		paused = false
		if reading {
			deliver()
			return
		}
		reading = true
		f := vm.File(0)
		var read func()
		read = func() {
			hold := vm.Loop().Hold()
			go func() {
				buf := make([]byte, 64<<10)
				n, err := f.Read(buf)
				hold.Complete(func() {
					if n > 0 {
						pending = append(pending, buf[:n])
					}
					if err != nil {
						ended = true
					} else {
						read()
					}
					deliver()
				})
			}()
		}
		read()
	}
	method := func(name string, fn func(goja.FunctionCall) goja.Value) {
		_ = s.Set(name, vm.Func(name, fn))
	}
	method("setEncoding", func(call goja.FunctionCall) goja.Value {
		encoding = "utf8"
		return s
	})
	method("resume", func(goja.FunctionCall) goja.Value { start(); return s })
	method("pause", func(goja.FunctionCall) goja.Value { paused = true; return s })
	method("isPaused", func(goja.FunctionCall) goja.Value { return rt.ToValue(paused) })
	// Adding a 'data' listener starts the flow, as in node.
	on, _ := goja.AssertFunction(s.Get("on"))
	onData := vm.Func("on", func(call goja.FunctionCall) goja.Value {
		vm.Call(on, s, call.Arguments...)
		if ev := jsrt.Arg(call, 0); ev.String() == "data" || ev.String() == "readable" {
			start()
		}
		return s
	})
	_ = s.Set("on", onData)
	_ = s.Set("addListener", onData)
	iter := vm.Func("[Symbol.asyncIterator]", func(goja.FunctionCall) goja.Value {
		evs, _ := events.Emitter(vm)
		onFn, _ := goja.AssertFunction(evs.Get("on"))
		it := vm.Call(onFn, goja.Undefined(), s, rt.ToValue("data"))
		ret, _ := goja.AssertFunction(it.(*goja.Object).Get("return"))
		vm.Call(on, s, rt.ToValue("end"), vm.Func("end", func(goja.FunctionCall) goja.Value {
			vm.Call(ret, it)
			return goja.Undefined()
		}))
		next, _ := goja.AssertFunction(it.(*goja.Object).Get("next"))
		then := vm.Func("then", func(call goja.FunctionCall) goja.Value {
			r := jsrt.Arg(call, 0).(*goja.Object)
			if v, ok := r.Get("value").(*goja.Object); ok && v.ClassName() == "Array" {
				_ = r.Set("value", v.Get("0"))
			}
			return r
		})
		out := rt.NewObject()
		_ = out.Set("next", vm.Func("next", func(goja.FunctionCall) goja.Value {
			pr := vm.Call(next, it).(*goja.Object)
			thenFn, _ := goja.AssertFunction(pr.Get("then"))
			return vm.Call(thenFn, pr, then)
		}))
		_ = out.Set("return", vm.Func("return", func(goja.FunctionCall) goja.Value {
			return vm.Call(ret, it)
		}))
		start()
		return out
	})
	if sym, ok := rt.Get("Symbol").(*goja.Object).Get("asyncIterator").(*goja.Symbol); ok {
		_ = s.SetSymbol(sym, iter)
	}
	return s
}

// buffer returns b as a Buffer.
func (p *proc) buffer(b []byte) goja.Value {
	buf, err := p.vm.Require("node:buffer")
	if err != nil {
		u8, err := p.rt.New(p.rt.Get("Uint8Array"), p.rt.ToValue(p.rt.NewArrayBuffer(b)))
		if err != nil {
			panic(err)
		}
		return u8
	}
	from, _ := goja.AssertFunction(buf.Get("Buffer").(*goja.Object).Get("from"))
	return p.vm.Call(from, goja.Undefined(), p.rt.ToValue(p.rt.NewArrayBuffer(b)))
}
