// Package util is Node's node:util module: format and formatWithOptions,
// inspect in Node's style (not the QuickJS style of print and console.log),
// promisify, callbackify, inherits, deprecate, types, isDeepStrictEqual,
// parseArgs, styleText and the rest, with TextEncoder and TextDecoder
// re-exported from the globals. It is written in JS (util.js); the Go half
// gives it what JS cannot see: a value's internal class, a promise's state,
// whether a value is a proxy.
package util

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:util", Load: load})
}

//go:embed util.js
var code string

var source = &jsmod.Source{Name: "node:util", Code: code}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	b := jsmod.Binding(vm)
	_ = b.Set("argValue", func(name string, v goja.Value, reason string) (err goja.Value) {
		defer func() {
			if r := recover(); r != nil {
				o, ok := r.(*goja.Object)
				if !ok {
					panic(r)
				}
				err = o
			}
		}()
		nodeerr.ArgValue(vm, name, v, reason)
		return nil
	})
	_ = b.Set("className", func(v goja.Value) string {
		if o, ok := v.(*goja.Object); ok {
			return o.ClassName()
		}
		return ""
	})
	_ = b.Set("isPromise", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		_, ok = o.Export().(*goja.Promise)
		return ok
	})
	_ = b.Set("isProxy", func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if !ok {
			return false
		}
		_, ok = o.Export().(goja.Proxy)
		return ok
	})
	_ = b.Set("promiseState", func(v goja.Value) goja.Value {
		p := v.(*goja.Object).Export().(*goja.Promise)
		st := rt.NewObject()
		switch p.State() {
		case goja.PromiseStatePending:
			_ = st.Set("state", "pending")
		case goja.PromiseStateFulfilled:
			_ = st.Set("state", "fulfilled")
			_ = st.Set("value", p.Result())
		default:
			_ = st.Set("state", "rejected")
			_ = st.Set("value", p.Result())
		}
		return st
	})
	// Warnings go to stderr as node writes them, after what the program
	// has printed so far.
	warn := func(msg string) {
		_ = vm.Stdout().Flush()
		fmt.Fprintf(vm.File(2), "(node:%d) %s\n", os.Getpid(), msg)
	}
	_ = b.Set("warn", warn)
	_ = b.Set("warnRaw", func(msg string) {
		_ = vm.Stdout().Flush()
		fmt.Fprintln(vm.File(2), msg)
	})
	// process.noDeprecation silences deprecate's warnings; process is
	// read from the global object, where node:process puts it when the
	// program uses it.
	_ = b.Set("noDeprecation", func() bool {
		p, ok := rt.GlobalObject().Get("process").(*goja.Object)
		return ok && p.Get("noDeprecation") != nil && p.Get("noDeprecation").ToBoolean()
	})
	_ = b.Set("nextTick", func(fn goja.Callable) {
		vm.Loop().Post(func() { vm.Call(fn, goja.Undefined()) })
	})
	_ = b.Set("argv", func() []any {
		exe, err := os.Executable()
		if err != nil {
			exe = "/proc/self/exe"
		}
		out := []any{exe, exe}
		for i, a := range vm.Args() {
			if i > 0 {
				out = append(out, a)
			}
		}
		return out
	})
	_ = b.Set("env", func(k string) string {
		v, _ := vm.LookupEnv(k)
		return v
	})
	_ = b.Set("pid", os.Getpid)
	return source.Export(vm, e, b)
}
