package compiler

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// A platformGlobal is a global of Node or the Web that a native module
// provides: its Load defines it on the global object, and exports it.
type platformGlobal struct {
	// Module is the native module that provides the global.
	Module string
	// Export is the module's export that is the global; "" means the
	// module's exports object itself (node:process is the process object).
	Export string
}

// platformGlobals maps each global of Node and the Web that gojsc provides
// to the module providing it: the one table of them. A bundle that uses one
// of these names as a global (not a variable of its own) links the module,
// and only then; a global whose module is not shipped yet is left alone
// (a ReferenceError at run time, as before).
var platformGlobals = map[string]platformGlobal{
	"process":         {Module: "node:process"},
	"Buffer":          {Module: "node:buffer", Export: "Buffer"},
	"setImmediate":    {Module: "web:immediate", Export: "setImmediate"},
	"clearImmediate":  {Module: "web:immediate", Export: "clearImmediate"},
	"URL":             {Module: "web:url", Export: "URL"},
	"URLSearchParams": {Module: "web:url", Export: "URLSearchParams"},
	"fetch":           {Module: "web:fetch", Export: "fetch"},
	"Request":         {Module: "web:fetch", Export: "Request"},
	"Response":        {Module: "web:fetch", Export: "Response"},
	"Headers":         {Module: "web:fetch", Export: "Headers"},
	"AbortController": {Module: "web:abort", Export: "AbortController"},
	"AbortSignal":     {Module: "web:abort", Export: "AbortSignal"},
	"Event":           {Module: "web:events", Export: "Event"},
	"EventTarget":     {Module: "web:events", Export: "EventTarget"},
	"CustomEvent":     {Module: "web:events", Export: "CustomEvent"},
	"DOMException":    {Module: "web:events", Export: "DOMException"},
	"Blob":            {Module: "web:blob", Export: "Blob"},
	"File":            {Module: "web:blob", Export: "File"},
	"navigator":       {Module: "web:navigator", Export: "navigator"},
}

// platformRequires lists, for a platform module, the others it loads at
// run time (with VM.Require, since native modules never import each
// other's packages): linking it links them too. fetch's requests carry an
// AbortSignal and its Response.blob makes a Blob; an AbortSignal is an
// EventTarget.
var platformRequires = map[string][]string{
	"web:abort": {"web:events"},
	"web:fetch": {"web:abort", "web:blob"},

	// node:url's URL is web:url's; its legacy parse and format use
	// node:querystring; node:util/types is node:util's types object.
	"node:url":             {"web:url", "node:querystring"},
	"node:util/types":      {"node:util"},
	"node:path/posix":      {"node:path"},
	"node:path/win32":      {"node:path"},
	"node:timers":          {"web:immediate"},
	"node:timers/promises": {"node:timers", "web:immediate"},
	"node:assert":          {"node:util"},
	"node:assert/strict":   {"node:assert", "node:util"},
	// node:stream is JS over EventEmitter, Buffer, StringDecoder and
	// process.nextTick.
	"node:stream":          {"node:events", "node:buffer", "node:string_decoder", "node:process"},
	"node:stream/promises": {"node:stream"},
}

// withRequired returns names with the modules they require (platformRequires),
// transitively, that known holds.
func withRequired(names []string, known func(string) bool) []string {
	for i := 0; i < len(names); i++ {
		for _, r := range platformRequires[names[i]] {
			if known(r) && !slices.Contains(names, r) {
				names = append(names, r)
			}
		}
	}
	return names
}

// globalNamespace is esbuild's namespace for the virtual files injected
// for platformGlobals: one per global, exporting it under its name.
const globalNamespace = "gojsc-global"

// globalInjects returns the virtual files to give esbuild's Inject for the
// globals whose module is among known: esbuild replaces a free reference
// to an injected file's export with an import of it, and leaves out the
// files no code uses, so a module is linked only when its global is used.
func globalInjects(known map[string]bool) []string {
	var files []string
	for name, g := range platformGlobals {
		if known[g.Module] {
			files = append(files, globalNamespace+":"+name)
		}
	}
	sort.Strings(files)
	return files
}

// globalPlugin loads the virtual files of globalInjects.
func globalPlugin() api.Plugin {
	return api.Plugin{
		Name: "gojsc-global",
		Setup: func(pb api.PluginBuild) {
			pb.OnResolve(api.OnResolveOptions{Filter: "^" + globalNamespace + ":"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				// The path keeps its prefix: the metafile names an entry's
				// import of it by the path alone (see hasImports).
				return api.OnResolveResult{Path: a.Path, Namespace: globalNamespace}, nil
			})
			pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: globalNamespace}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				name := strings.TrimPrefix(a.Path, globalNamespace+":")
				g, ok := platformGlobals[name]
				if !ok {
					return api.OnLoadResult{}, fmt.Errorf("no global %q", name)
				}
				// No import: a CommonJS stub would have esbuild wrap the
				// file and initialise it in every file. A pure call is
				// left out of the bundle when its export is not used.
				call := nativeCall(g.Module)
				if g.Export != "" {
					call = fmt.Sprintf("__gojsc_native(%q, %q)", g.Module, g.Export)
				}
				contents := fmt.Sprintf("export var %s = /* @__PURE__ */ %s;\n", name, call)
				return api.OnLoadResult{Contents: &contents, Loader: api.LoaderJS, ResolveDir: "/"}, nil
			})
		},
	}
}

// globalWord finds the names of platformGlobals in a script.
var globalWord = func() *regexp.Regexp {
	var names []string
	for n := range platformGlobals {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Strings(names)
	return regexp.MustCompile(`(?:^|[^\w$.])(` + strings.Join(names, "|") + `)\b`)
}()

// classicGlobals returns the modules of the platform globals a classic
// script may use, in order: a classic script is transformed, not bundled,
// so esbuild's Inject does not see it, and the names are looked for as
// words (a name in a comment or a string links its module for nothing).
func classicGlobals(script string, known map[string]bool) []string {
	var mods []string
	for _, m := range globalWord.FindAllStringSubmatch(script, -1) {
		if g := platformGlobals[m[1]]; known[g.Module] && !slices.Contains(mods, g.Module) {
			mods = append(mods, g.Module)
		}
	}
	sort.Strings(mods)
	return mods
}
