// Package fetch is the native module "web:fetch": fetch, Headers, Request
// and Response, exported and defined as globals when a program uses them.
// Requests run on goroutines with net/http and settle on the loop. It is a
// package of its own so that only programs that fetch carry an HTTP and
// TLS stack. Request signals and Response.blob use the classes of
// "web:abort" and "web:blob", which it loads at run time.
package fetch

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed fetch.js
var source string

var src = webjs.New("web:fetch", webjs.Streams+source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:fetch", Load: load})
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	c := &client{vm: vm, rt: vm.Runtime()}
	return src.Load(vm, e, map[string]any{
		"send":       c.jsSend,
		"resolveURL": func(call goja.FunctionCall) goja.Value { return c.jsResolveURL(call) },
	})
}
