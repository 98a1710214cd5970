// Package module is Node's node:module module, the part npm packages use
// in a bundle: createRequire, builtinModules and isBuiltin. A program has
// no files to load at run time, so the require that createRequire returns
// gives Node's built-in modules the program links and throws node's
// MODULE_NOT_FOUND error for anything else.
package module

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:module", Load: load})
}

// builtins are node 20's require('node:module').builtinModules, less the
// internal ones starting with an underscore.
var builtins = strings.Fields(`assert assert/strict async_hooks buffer child_process
	cluster console constants crypto dgram diagnostics_channel dns dns/promises domain
	events fs fs/promises http http2 https inspector inspector/promises module net os
	path path/posix path/win32 perf_hooks process punycode querystring readline
	readline/promises repl stream stream/consumers stream/promises stream/web
	string_decoder sys timers timers/promises tls trace_events tty url util util/types
	v8 vm wasi worker_threads zlib`)

// isBuiltin reports whether id names a built-in module, with or without
// "node:".
func isBuiltin(id string) bool {
	return slices.Contains(builtins, strings.TrimPrefix(id, "node:"))
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	names := make([]any, len(builtins))
	for i, n := range builtins {
		names[i] = n
	}
	e.Set("builtinModules", rt.NewArray(names...))
	e.Set("isBuiltin", vm.Func("isBuiltin", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(isBuiltin(jsrt.Arg(call, 0).String()))
	}))
	e.Set("createRequire", vm.Func("createRequire", func(call goja.FunctionCall) goja.Value {
		from := jsrt.Arg(call, 0)
		// import.meta.url is undefined in a gojsc program, and bundled
		// packages pass it: undefined is taken as the program's file.
		if !goja.IsUndefined(from) && !isPathOrURL(from) {
			nodeerr.ArgValue(vm, "filename", from, "must be a file URL object, file URL string, or absolute path string")
		}
		return newRequire(vm)
	}))
	return nil
}

// isPathOrURL reports whether v is what createRequire accepts: a URL
// object, or a string (node also checks that the string is absolute or a
// file: URL; a bundle's import.meta.url always is).
func isPathOrURL(v goja.Value) bool {
	if _, ok := v.Export().(string); ok {
		return true
	}
	obj, ok := v.(*goja.Object)
	return ok && obj.Get("href") != nil && !goja.IsUndefined(obj.Get("href"))
}

// newRequire returns a require function for the built-in modules the
// program links.
func newRequire(vm *jsrt.VM) goja.Value {
	rt := vm.Runtime()
	req := vm.Func("require", func(call goja.FunctionCall) goja.Value {
		v := jsrt.Arg(call, 0)
		id, ok := v.Export().(string)
		if !ok {
			nodeerr.ArgType(vm, "id", "string", v)
		}
		if id == "" {
			nodeerr.ArgValue(vm, "id", v, "must be a non-empty string")
		}
		if isBuiltin(id) {
			if obj, err := vm.Require("node:" + strings.TrimPrefix(id, "node:")); err == nil {
				return obj
			}
		}
		panic(nodeerr.New(vm, "Error", "MODULE_NOT_FOUND", "%s", notFound(id)))
	})
	_ = req.(*goja.Object).Set("cache", rt.NewObject())
	return req
}

// notFound is node's message for a module require cannot load: a bundled
// program loads no file at run time, and links only the built-in modules
// its script imports.
func notFound(id string) string {
	return fmt.Sprintf("Cannot find module '%s'", id)
}
