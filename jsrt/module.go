package jsrt

import (
	"fmt"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"sync"
)

// A Module is a native module that scripts import by name
// (import { open } from "process").
//
// A module package registers itself in init:
//
//	func init() {
//		jsrt.Register(jsrt.Module{Name: "hello", Load: load})
//	}
//
// Load runs on the loop goroutine the first time a script imports the
// module, once per VM; it fills exports with the module's functions and
// constants (see Exports).
type Module struct {
	Name string
	Load func(vm *VM, exports *Exports) error
}

var (
	registryMu sync.Mutex
	registry   = map[string]Module{}
	// registeredBy is the Go package that registered each name, for the
	// message about a name registered twice.
	registeredBy = map[string]string{}
)

// validName is what a bare import specifier that esbuild leaves alone may
// look like; "qjs:std" style prefixes are allowed, and after a prefix a
// path of several elements ("node:fs/promises").
var validName = regexp.MustCompile(`^[a-z][a-z0-9_.-]*(:[a-z][a-z0-9_.-]*(/[a-z][a-z0-9_.-]*)*)?$`)

// Register makes m importable by scripts under m.Name. It panics if the name
// is invalid or already taken, naming both registrations, so that a binary
// linking two modules with one name fails at start-up, not at import.
func Register(m Module) {
	if !validName.MatchString(m.Name) {
		panic(fmt.Sprintf("gojsc: invalid native module name %q: use lower-case letters, digits, '.', '_' or '-'", m.Name))
	}
	if m.Load == nil {
		panic(fmt.Sprintf("gojsc: native module %q has no Load function", m.Name))
	}
	pkg := callerPackage()
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[m.Name]; dup {
		panic(fmt.Sprintf("gojsc: native module %q registered twice: by package %s and by package %s; link only one of them", m.Name, registeredBy[m.Name], pkg))
	}
	registry[m.Name] = m
	registeredBy[m.Name] = pkg
}

// callerPackage returns the import path of the package that called
// Register, or "(unknown)".
func callerPackage() string {
	pc, _, _, ok := runtime.Caller(2)
	f := runtime.FuncForPC(pc)
	if !ok || f == nil {
		return "(unknown)"
	}
	// "example.com/hello.init.0" or "example.com/hello.Setup": the package
	// path ends at the first dot after the last slash.
	name := f.Name()
	slash := strings.LastIndexByte(name, '/')
	if dot := strings.IndexByte(name[slash+1:], '.'); dot >= 0 {
		return name[:slash+1+dot]
	}
	return name
}

// Lookup returns the module registered under name.
func Lookup(name string) (Module, bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	m, ok := registry[name]
	return m, ok
}

// Registered returns the names of all registered modules, sorted.
func Registered() []string {
	registryMu.Lock()
	defer registryMu.Unlock()
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
