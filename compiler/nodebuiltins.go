package compiler

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// nodeBuiltins are the names of Node's built-in modules (node 20's, less
// the internal _ ones). Imported by npm packages they mean Node's modules,
// which gojsc programs do not provide yet, never the native modules that
// share some of the names (os, process).
var nodeBuiltins = map[string]bool{}

func init() {
	for _, name := range strings.Fields(`assert assert/strict async_hooks buffer child_process
		cluster console constants crypto dgram diagnostics_channel dns dns/promises domain
		events fs fs/promises http http2 https inspector inspector/promises module net os
		path path/posix path/win32 perf_hooks process punycode querystring readline
		readline/promises repl stream stream/consumers stream/promises stream/web
		string_decoder sys timers timers/promises tls trace_events tty url util util/types
		v8 vm wasi worker_threads zlib`) {
		nodeBuiltins[name] = true
	}
}

// isNodeBuiltin reports whether an import path names one of Node's
// built-in modules: a bare built-in name, or anything after "node:".
func isNodeBuiltin(spec string) bool {
	return strings.HasPrefix(spec, "node:") || nodeBuiltins[spec]
}

// packageOf returns the npm package a file (as esbuild names it, relative
// to the working directory or absolute) belongs to: the name after its
// last node_modules directory; "" for the user's own files.
func packageOf(file string) string {
	file = filepath.ToSlash(file)
	i := strings.LastIndex("/"+file, "/node_modules/")
	if i < 0 {
		return ""
	}
	return packageName(file[i+len("node_modules/"):])
}

// meansNodeBuiltin reports whether an import from importer means one of
// Node's built-in modules rather than a native module: in an npm package's
// code, a Node built-in's bare name always does (a package asking for
// "os" wants Node's os.EOL, not QuickJS's os), and "node:" does anywhere.
// The user's own code keeps the native modules' bare names.
func meansNodeBuiltin(spec, importer string) bool {
	return strings.HasPrefix(spec, "node:") || nodeBuiltins[spec] && packageOf(importer) != ""
}

// isPlatformModule reports whether a native module's name is one of the
// families of platformPrefixes: node:path, web:fetch.
func isPlatformModule(name string) bool {
	prefix, _, ok := strings.Cut(name, ":")
	return ok && slices.Contains(platformPrefixes, prefix)
}

// platformModule returns the native module an import from importer means
// when it is one of Node's or the Web's modules that gojsc provides (known
// lists the modules that exist), "" otherwise:
//   - "node:x" and "web:x" anywhere mean that module;
//   - in an npm package, a Node built-in's bare name x means node:x (as in
//     node, over an npm package of that name: the "buffer" or "events"
//     shims);
//   - in the user's own code, too, but for the names of native modules
//     (os, std, process, a -M module), which keep meaning those, linked
//     or not.
//
// A built-in gojsc does not provide yet is "": esbuild then resolves an
// npm package of that name, or fails, which nodeBuiltinError explains.
func platformModule(spec, importer string, known, linked map[string]bool) string {
	if isPlatformModule(spec) {
		if known[spec] {
			return spec
		}
		return ""
	}
	if !nodeBuiltins[spec] || packageOf(importer) == "" && (known[spec] || linked[spec]) {
		return ""
	}
	if name := "node:" + spec; known[name] {
		return name
	}
	return ""
}

// platformFilter is the filter of esbuild's resolve callback for
// platformModule: prefixed names, and the bare Node built-in names with a
// slash (the others are matched by the native modules' filter).
func platformFilter() string {
	alts := []string{"^node:", "^web:"}
	for name := range nodeBuiltins {
		if strings.Contains(name, "/") {
			alts = append(alts, "^"+regexp.QuoteMeta(name)+"$")
		}
	}
	slices.Sort(alts)
	return strings.Join(alts, "|")
}

// unresolved finds the import path in esbuild's "Could not resolve" message.
var unresolved = regexp.MustCompile(`^Could not resolve "([^"]+)"`)

// nodeBuiltinError rewrites esbuild's failure to resolve one of Node's
// built-in modules into what it is: a module gojsc programs do not provide
// (yet), named with the package that imports it. It reports whether m was
// such a failure.
func nodeBuiltinError(e *SourceError, m api.Message, known []string) bool {
	sub := unresolved.FindStringSubmatch(m.Text)
	if sub == nil || !isNodeBuiltin(sub[1]) {
		return false
	}
	spec := sub[1]
	name := strings.TrimPrefix(spec, "node:")
	pkg := ""
	if m.Location != nil {
		pkg = packageOf(m.Location.File)
	}
	e.Notes = nil
	if pkg != "" {
		e.Message = fmt.Sprintf("npm package %q imports Node's built-in module %q, which gojsc programs do not provide yet", pkg, spec)
		if nodeBuiltins[spec] {
			e.Notes = append(e.Notes, Note{Text: fmt.Sprintf("In an npm package, %q means Node's module, never the native module of that name.", spec)})
		}
		return true
	}
	e.Message = fmt.Sprintf("Node's built-in module %q is not provided in gojsc programs yet", spec)
	for _, k := range known {
		if k == name {
			e.Notes = append(e.Notes, Note{Text: fmt.Sprintf("The native module %s is imported as %q.", name, name)})
			return true
		}
	}
	e.Notes = append(e.Notes, Note{Text: "Use the std and os modules instead (import * as os from \"os\")."})
	return true
}
