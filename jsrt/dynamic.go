package jsrt

import (
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/inspect"
)

// A Script is a module bundled into a program besides its main script
// (gojsc -D): the code of a worker, or a module loaded by an import() of a
// name known only at run time.
type Script struct {
	// Name is the module's path relative to the directory the program was
	// built in, with forward slashes ("lib/worker.js"), as stack traces
	// name its frames. Scripts find it by this path, relative to their own.
	Name string
	// Source is the bundled module; SourceMap maps it to the user's files.
	Source    string
	SourceMap []byte
	// Module reports whether Source is an ES module, which the compiler
	// wraps in a function that runs it and hands over its exports; a
	// classic script is run as it is and exports nothing.
	Module bool
}

// requireGlobal is the function a bundle's require shim calls for a name
// known only at run time: esbuild lowers import(name) to a call of it.
const requireGlobal = "__gojsc_require"

// installRequire defines requireGlobal: a -D module by its path relative
// to the caller, else a linked native module by its name.
func (vm *VM) installRequire() {
	f := vm.Func(requireGlobal, func(call goja.FunctionCall) goja.Value {
		name := vm.ToString(Arg(call, 0))
		if s := vm.findScript(name); s != nil {
			return vm.loadScript(s)
		}
		if _, ok := Lookup(name); ok {
			obj, err := vm.Require(name)
			if err == nil {
				return obj
			}
		}
		e := vm.NewError("Error", "Cannot find module '%s'%s", name, vm.scriptList())
		_ = e.Set("code", "MODULE_NOT_FOUND")
		panic(e)
	})
	_ = vm.rt.GlobalObject().DefineDataProperty(requireGlobal, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// scriptList names the program's -D modules for a message about a module
// not found.
func (vm *VM) scriptList() string {
	if vm.prog == nil || len(vm.prog.Dynamic) == 0 {
		return ": no module was bundled with -D"
	}
	names := make([]string, len(vm.prog.Dynamic))
	for i, s := range vm.prog.Dynamic {
		names[i] = s.Name
	}
	return ": the modules bundled with -D are " + strings.Join(names, ", ")
}

// findScript returns the -D module that name designates, resolved as
// QuickJS resolves a module name: relative to the calling script's
// directory ("./w.js" and "w.js" alike), then, for a name not starting
// with a dot, relative to the directory the program was built in. It
// returns nil if there is none.
func (vm *VM) findScript(name string) *Script {
	if vm.prog == nil || len(vm.prog.Dynamic) == 0 || name == "" {
		return nil
	}
	try := []string{path.Join(vm.callerDir(), name)}
	if !strings.HasPrefix(name, ".") {
		try = append(try, path.Clean(name))
	}
	for _, p := range try {
		for i := range vm.prog.Dynamic {
			if vm.prog.Dynamic[i].Name == p {
				return &vm.prog.Dynamic[i]
			}
		}
	}
	return nil
}

// callerDir is the directory of the innermost user's file on the stack,
// as the source map names it; "" when there is none.
func (vm *VM) callerDir() string {
	for _, f := range vm.rt.CaptureCallStack(0, nil) {
		file := f.Position().Filename
		if file == "" || file == inspect.GlueFile || file == f.SrcName() {
			continue // native, or the bundle's own glue
		}
		return path.Dir(file)
	}
	return ""
}

// loadScript runs the -D module s in this VM, once, and returns its
// exports: a namespace object whose getters read the module's bindings.
// An exception its top level throws before its first await is thrown
// here; a later one is uncaught.
func (vm *VM) loadScript(s *Script) goja.Value {
	if ns, ok := vm.loaded[s.Name]; ok {
		return ns
	}
	ns := vm.rt.NewObject()
	_ = ns.DefineDataProperty("__esModule", vm.rt.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if vm.loaded == nil {
		vm.loaded = make(map[string]*goja.Object)
	}
	vm.loaded[s.Name] = ns
	v, err := vm.runScript(s, ns)
	if err != nil {
		delete(vm.loaded, s.Name)
		panic(err)
	}
	if p, ok := v.Export().(*goja.Promise); ok {
		switch p.State() {
		case goja.PromiseStateRejected:
			delete(vm.loaded, s.Name)
			panic(vm.rt.ToValue(p.Result()))
		case goja.PromiseStatePending:
			vm.reportRejection(v)
		}
	}
	return ns
}

// compiled holds the -D modules compiled by any VM of one run, for the
// others: goja's compiled programs may run in any runtime, and compiling
// is most of a worker's start-up.
type compiled struct {
	mu    sync.Mutex
	progs map[string]*goja.Program
	// assets indexes Program.Files (see VM.Asset).
	assets assetIndex
}

// program returns s compiled, compiling it the first time.
func (c *compiled) program(s *Script) (*goja.Program, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p, ok := c.progs[s.Name]; ok {
		return p, nil
	}
	p, err := compile(Program{Name: inspect.GlueFile, Source: s.Source, SourceMap: s.SourceMap})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	if c.progs == nil {
		c.progs = make(map[string]*goja.Program)
	}
	c.progs[s.Name] = p
	return p, nil
}

// runScript compiles and runs s. A module's wrapper is called with the
// function that fills ns with its exports; what it returns, the promise
// of the module's top level, is returned.
func (vm *VM) runScript(s *Script, ns *goja.Object) (goja.Value, error) {
	prg, err := vm.compiled.program(s)
	if err != nil {
		return nil, err
	}
	v, err := vm.rt.RunProgram(prg)
	if err != nil || !s.Module {
		return goja.Undefined(), err
	}
	run, ok := goja.AssertFunction(v)
	if !ok {
		return nil, fmt.Errorf("%s: the bundled module is not a function; was it built by this version of gojsc?", s.Name)
	}
	export := vm.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		getters, ok := Arg(call, 0).(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		for _, key := range getters.Keys() {
			get, ok := getters.Get(key).(*goja.Object)
			if ok {
				_ = ns.DefineAccessorProperty(key, get, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
			}
		}
		return goja.Undefined()
	})
	return run(goja.Undefined(), export)
}

// reportRejection makes a rejection of promise p, a module's top level,
// the uncaught exception it is.
func (vm *VM) reportRejection(p goja.Value) {
	obj, ok := p.(*goja.Object)
	if !ok {
		return
	}
	if then, ok := goja.AssertFunction(obj.Get("then")); ok {
		_, _ = then(obj, goja.Undefined(), vm.rt.GlobalObject().Get("__gojsc_uncaught"))
	}
}
