package compiler

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// A Bundle is the user's program as one script, ready to embed.
type Bundle struct {
	// Name is the script's file name in the generated package.
	Name string
	// Script is the bundled JavaScript.
	Script string
	// SourceMap maps Script back to the user's files.
	SourceMap []byte
	// Inputs are the source files bundled, relative to the working
	// directory, as esbuild names them.
	Inputs []string
	// Entry is the entry's path relative to the working directory, with
	// forward slashes, as the source map names it.
	Entry string
	// Dynamic reports whether the script is a module loaded at run time
	// (Options.Dynamic): it evaluates to a function that runs the module.
	Dynamic bool
	// Read are the files read: the sources and the configuration files
	// (package.json, tsconfig.json) esbuild consulted to resolve imports,
	// named relative to the working directory when inside it.
	Read []string
	// Module reports whether the entry runs as an ES module (wrapped in an
	// async function, so top-level await works) rather than a classic script.
	Module bool
	// Imports are the native modules the script imports.
	Imports []string
	// Preload are the native modules to load before a classic script runs,
	// for the globals they define (see classicGlobals).
	Preload []string
	// Warnings are esbuild's warnings: code that builds but may not do
	// what was meant (import.meta is empty, say).
	Warnings Errors
}

// nativeNamespace is esbuild's namespace for imports of native modules.
const nativeNamespace = "gojsc-native"

// unsupported lists what goja lacks, so esbuild lowers exactly that and
// native features keep native speed. Regular-expression features are left
// alone here and rejected by Validate: lowered, they would fail at run time.
var unsupported = map[string]bool{
	"async-generator":   false,
	"for-await":         false,
	"using":             false,
	"decorators":        false,
	"hashbang":          false,
	"import-meta":       false,
	"dynamic-import":    false,
	"import-attributes": false,
}

// BundleScript bundles c.entry and everything it imports into one
// script, as Compile's bundle stage does; of opts it reads Entry,
// WorkingDir, Module, Minify and Defines. known are the native modules
// that exist, linked the ones to link.
func BundleScript(opts Options, known, linked []string) (*Bundle, error) {
	c, err := opts.bundleConfig()
	if err != nil {
		return nil, err
	}
	return bundle(c, known, linked)
}

// BundleProgram bundles the entry and each of opts.Dynamic, as Compile's
// bundle stage does: the entry's bundle first, then the -D modules', in
// order.
func BundleProgram(opts Options, known, linked []string) ([]*Bundle, error) {
	c, err := opts.bundleConfig()
	if err != nil {
		return nil, err
	}
	return bundleAll(config{bundle: c, dynamic: c.dynamicConfigs(opts.Dynamic)}, known, linked)
}

// bundle is the Bundle stage.
func bundle(c bundleConfig, known, linked []string) (*Bundle, error) {
	wd := c.workDir
	entry := c.abs(c.entry)
	if c.stdin == nil {
		if err := checkEntry(c); err != nil {
			return nil, err
		}
	}
	imported := map[string]bool{}
	// sourcePlugin comes first: it checks every file before any other
	// plugin or esbuild reads it.
	read := &fileSet{}
	isKnown := map[string]bool{}
	for _, n := range known {
		isKnown[n] = true
	}
	plugins := []api.Plugin{sourcePlugin(wd, read), wasmPlugin(), browserPlugin(), globalPlugin(), nativePlugin(known, linked, c.leftOut, imported)}
	entryPoint := entry
	if c.stdin != nil {
		entryPoint = literalEntry
		plugins = append([]api.Plugin{literalEntryPlugin(entry), stdinPlugin(entry, wd, c.stdin)}, plugins...)
	} else if strings.ContainsRune(entry, '*') {
		// esbuild expands an entry point with a * as a glob; a file name
		// is a file name.
		entryPoint = literalEntry
		plugins = append([]api.Plugin{literalEntryPlugin(entry)}, plugins...)
	}
	res := api.Build(api.BuildOptions{
		EntryPoints:       []string{entryPoint},
		AbsWorkingDir:     wd,
		Outfile:           filepath.Join(wd, "gojsc-bundle.js"),
		Bundle:            true,
		Write:             false,
		Format:            api.FormatESModule,
		Platform:          api.PlatformNeutral,
		MainFields:        []string{"browser", "module", "main"},
		Conditions:        []string{"gojsc", "browser"}, // esbuild adds import or require by the kind of import
		Supported:         unsupported,
		Target:            api.ESNext,
		Sourcemap:         api.SourceMapExternal,
		SourcesContent:    api.SourcesContentExclude,
		Metafile:          true,
		Charset:           api.CharsetUTF8,
		LegalComments:     api.LegalCommentsNone,
		TreeShaking:       api.TreeShakingTrue,
		MinifyWhitespace:  c.minify,
		MinifyIdentifiers: c.minify,
		MinifySyntax:      c.minify,
		Define:            c.defines,
		Inject:            globalInjects(isKnown),
		LogLevel:          api.LogLevelSilent,
		Loader:            loaders(),
		Plugins:           plugins,
	})
	if len(res.Errors) > 0 {
		if b := classicSloppy(c, entry, res.Errors); b != nil {
			b.Read = read.list(wd)
			b.Preload = classicGlobals(b.Script, isKnown)
			b.Imports = b.Preload
			return finishBundle(b)
		}
		return nil, esbuildErrors(res.Errors, known)
	}
	b := c.newBundle()
	if len(res.Warnings) > 0 {
		b.Warnings = esbuildErrors(res.Warnings, known)
		for _, w := range b.Warnings {
			w.Warning = true
		}
	}
	for _, f := range res.OutputFiles {
		switch {
		case strings.HasSuffix(f.Path, ".map"):
			b.SourceMap = f.Contents
		default:
			b.Script = string(f.Contents)
		}
	}
	var meta struct {
		Inputs map[string]struct {
			Format  string            `json:"format"`
			Imports []json.RawMessage `json:"imports"`
		} `json:"inputs"`
		Outputs map[string]struct {
			EntryPoint string   `json:"entryPoint"`
			Exports    []string `json:"exports"`
		} `json:"outputs"`
	}
	if err := json.Unmarshal([]byte(res.Metafile), &meta); err != nil {
		return nil, fmt.Errorf("reading esbuild's metafile: %w", err)
	}
	// esbuild names the entry as it resolved it (a symlink resolved).
	relEntry, _ := filepath.Rel(wd, entry)
	relEntry = filepath.ToSlash(relEntry)
	exports := 0
	for _, out := range meta.Outputs {
		if out.EntryPoint != "" {
			relEntry = out.EntryPoint
			exports = len(out.Exports)
		}
	}
	b.Entry = relEntry
	classic, awaits := false, false
	for in, info := range meta.Inputs {
		if strings.HasPrefix(in, nativeNamespace+":") || strings.HasPrefix(in, disabledNamespace+":") || strings.HasPrefix(in, globalNamespace+":") {
			continue
		}
		b.Inputs = append(b.Inputs, in)
		if in == relEntry {
			b.Module = info.Format == "esm"
			classic = !c.module && !hasImports(info.Imports) &&
				(info.Format == "" || info.Format == "cjs" && !isCommonJS(c, filepath.Join(wd, in)))
			// Top-level await makes a script a module to esbuild.
			awaits = !c.module && !hasImports(info.Imports) && info.Format == "esm" && exports == 0
		}
	}
	if classic {
		// A script with neither import nor export runs as a classic script,
		// as in qjsc: its top-level declarations are globals and top-level
		// this is the global object. Bundling would wrap it, so it is only
		// transformed.
		if err := transformClassic(b, c, entry, relEntry); err != nil {
			return nil, err
		}
	}
	if awaits {
		if _, err := classicAwait(b, c, entry, relEntry); err != nil {
			return nil, err
		}
	}
	sort.Strings(b.Inputs)
	b.Read = read.list(wd)
	for name := range imported {
		if !isPlatformModule(name) {
			b.Imports = append(b.Imports, name)
		}
	}
	// A platform module is imported when the script calls for it: by an
	// import, or by a global's injected file that the bundle kept.
	for _, name := range known {
		if isPlatformModule(name) && strings.Contains(b.Script, strings.TrimSuffix(nativeCall(name), ")")) {
			b.Imports = append(b.Imports, name)
		}
	}
	if classic {
		b.Preload = classicGlobals(b.Script, isKnown)
		b.Imports = append(b.Imports, b.Preload...)
	}
	sort.Strings(b.Imports)
	b.Module = b.Module || c.module
	return finishBundle(b)
}

// newBundle returns an empty bundle of c's entry.
func (c bundleConfig) newBundle() *Bundle {
	if c.dynamic {
		return &Bundle{Name: c.name, Dynamic: true}
	}
	return &Bundle{Name: "main.js"}
}

// finishBundle readies a bundled or transformed script for embedding.
func finishBundle(b *Bundle) (*Bundle, error) {
	if b.Dynamic {
		b.Script = finishDynamic(b.Script, b.Module, b.Name)
	} else {
		b.Script = finishScript(b.Script, b.Module, b.Name)
	}
	wrapperLines := 0
	if b.Module {
		wrapperLines = 1
	}
	m, err := adjustSourceMap(b.SourceMap, wrapperLines)
	if err != nil {
		return nil, err
	}
	b.SourceMap = m
	return b, nil
}

var (
	sourceMappingURL = regexp.MustCompile(`(?m)^//# sourceMappingURL=.*\n?`)
	// finalExport is the export statement esbuild ends an ES module entry
	// with; a program has no importer, so it goes.
	finalExport = regexp.MustCompile(`\bexport\s*\{[^}]*\};?\s*$`)
	// nativeShim finds the functions esbuild made for native module imports:
	// `var require_os = __commonJS({ "gojsc-native:os"(...`.
	// Minified bundles keep the interop wrapper: their names say nothing.
	nativeShim = regexp.MustCompile(`var (require_[\w$]+) = __commonJS\(\{\s*"` + nativeNamespace + `:`)
	// cjsExport is how esbuild ends a bundle whose entry is CommonJS.
	cjsExport = regexp.MustCompile(`\bexport\s+default\s+(require_[\w$]+\(\));?\s*$`)
)

// finishScript wraps a module's code in an async function, so that
// top-level await works and its declarations stay local, and points the
// script at its source map. The wrapper adds a line at the top; the map is
// shifted to match by starting it with an empty line mapping.
func finishScript(script string, module bool, name string) string {
	script = stripScript(script)
	script = cjsExport.ReplaceAllString(script, "$1;\n")
	script = unwrapNativeImports(script)
	if module {
		script = finalExport.ReplaceAllString(script, "")
		head, tail := requireScope(script)
		script = head + "(async function () { \"use strict\";\n" + strings.TrimRight(script, "\n") + "\n})()" + tail + ".then(undefined, __gojsc_uncaught);\n"
	}
	return script + "//# sourceMappingURL=" + name + ".map\n"
}

// stripScript drops esbuild's sourceMappingURL comment and turns a
// hashbang line into a comment, keeping the line so the source map stays
// true.
func stripScript(script string) string {
	script = sourceMappingURL.ReplaceAllString(script, "")
	if strings.HasPrefix(script, "#!") {
		script = "//" + script[2:]
	}
	return script
}

// finishDynamic wraps a module bundled on its own (Options.Dynamic) in an
// async function the runtime calls to run it, handing it a function to
// pass its exports to: an object of getters, given before the module's
// code runs so that the bindings stay live. The script evaluates to the
// wrapper. A classic script is left as it is: it has no exports.
func finishDynamic(script string, module bool, name string) string {
	script = stripScript(script)
	if !module {
		return script + "//# sourceMappingURL=" + name + ".map\n"
	}
	getters := ""
	if m := finalExport.FindString(script); m != "" {
		getters = exportGetters(m)
		script = strings.TrimSuffix(script, m)
	} else if m := cjsExport.FindStringSubmatch(script); m != nil {
		// A CommonJS module's exports are its default export.
		script = strings.TrimSuffix(script, m[0]) + "var __gojsc_cjs = " + m[1] + ";\n"
		getters = "default: () => __gojsc_cjs"
	}
	script = unwrapNativeImports(script)
	head, tail := requireScope(script)
	return head + "(async function (__gojsc_export) { \"use strict\"; __gojsc_export({" + getters + "});\n" +
		strings.TrimRight(script, "\n") + "\n})" + tail + ";\n//# sourceMappingURL=" + name + ".map\n"
}

// exportGetters turns esbuild's final `export { a, b as c };` into the
// body of an object literal of getters: `a: () => a, c: () => b`.
func exportGetters(stmt string) string {
	stmt = stmt[strings.IndexByte(stmt, '{')+1 : strings.LastIndexByte(stmt, '}')]
	var b strings.Builder
	for _, item := range strings.Split(stmt, ",") {
		f := strings.Fields(item)
		var local, exported string
		switch {
		case len(f) == 1:
			local, exported = f[0], f[0]
		case len(f) == 3 && f[1] == "as":
			local, exported = f[0], f[2]
		default:
			continue
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(exported + ": () => " + local)
	}
	return b.String()
}

// requireScope gives a module that calls esbuild's require shim (a
// require() or import() of a name known only at run time) a `require`
// binding: the runtime's, which loads the program's dynamic modules and
// its native modules by name. The shim looks for a global one, which
// scripts would see too; a parameter of an enclosing function is seen by
// the bundle alone, and code of its own may still declare a `require`.
func requireScope(script string) (head, tail string) {
	if !strings.Contains(script, "typeof require") {
		return "", ""
	}
	return "(function (require) { return ", "; })(__gojsc_require)"
}

// unwrapNativeImports makes `import * as std from "std"` bind the module's
// exports object itself rather than esbuild's interop copy, whose
// properties are getters: every std.puts(...) in a loop would otherwise
// call one. The runtime gives the exports object a "default" property.
func unwrapNativeImports(script string) string {
	for _, m := range nativeShim.FindAllStringSubmatch(script, -1) {
		wrapped := regexp.MustCompile(`\b__toESM\(` + regexp.QuoteMeta(m[1]) + `\(\)(, 1)?\)`)
		script = wrapped.ReplaceAllString(script, m[1]+"()")
	}
	return script
}

// commonJSHints are what makes a script with no imports CommonJS rather
// than a classic script that esbuild calls CommonJS for its top-level this.
var commonJSHints = regexp.MustCompile(`\bmodule\.exports\b|\bexports\.[\w$]|\bexports\[`)

// isCommonJS reports whether a file esbuild found to be CommonJS really is.
func isCommonJS(c bundleConfig, file string) bool {
	switch filepath.Ext(file) {
	case ".cjs", ".cts":
		return true
	}
	src, err := c.read(file, file)
	return err != nil || commonJSHints.Match(src)
}

// loaderFor picks esbuild's loader for an entry by its extension.
func loaderFor(file string) api.Loader {
	switch filepath.Ext(file) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	}
	return api.LoaderJS
}

// bigJSON is the size from which a JSON file is embedded as a string that
// JSON.parse reads at run time rather than as an object literal: goja
// parses and compiles a literal of megabytes slowly and with much memory,
// twice (once to validate), where JSON.parse is a fast single pass.
const bigJSON = 64 << 10

// bigJSONModule returns a large, valid JSON file as a module calling
// JSON.parse; nil for other JSON files, which go to esbuild's JSON loader,
// which reports syntax errors.
func bigJSONModule(data []byte) *string {
	if len(data) < bigJSON || !json.Valid(data) {
		return nil
	}
	lit, _ := json.Marshal(string(data))
	contents := "module.exports = JSON.parse(" + string(lit) + ");"
	return &contents
}

// literalEntry stands for an entry whose path esbuild would read as a glob.
const literalEntry = "gojsc-literal-entry"

// literalEntryPlugin resolves literalEntry to the entry file.
func literalEntryPlugin(entry string) api.Plugin {
	return api.Plugin{
		Name: "gojsc-literal-entry",
		Setup: func(pb api.PluginBuild) {
			pb.OnResolve(api.OnResolveOptions{Filter: "^" + literalEntry + "$"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.Kind != api.ResolveEntryPoint {
					return api.OnResolveResult{}, nil
				}
				return api.OnResolveResult{Path: entry, Namespace: "file"}, nil
			})
		},
	}
}

// nodeModulesFirst marks the plugin's own resolve call, so that it does
// not handle it again.
const nodeModulesFirst = "gojsc: node_modules first"

// nativePlugin resolves imports of native modules to a stub that fetches the
// module's exports from the runtime, and rejects native modules that exist
// but are not linked.
// left names the flag that left out a default module (std: -fno-std).
func nativePlugin(known, linked []string, left map[string]string, imported map[string]bool) api.Plugin {
	isLinked := map[string]bool{}
	for _, n := range linked {
		isLinked[n] = true
	}
	isKnown := map[string]bool{}
	for _, n := range known {
		isKnown[n] = true
	}
	return api.Plugin{
		Name: "gojsc-native",
		Setup: func(pb api.PluginBuild) {
			pb.OnResolve(api.OnResolveOptions{Filter: `^[a-z@][^/.]*$|^qjs:`}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.PluginData == browserResolving {
					return api.OnResolveResult{}, nil
				}
				if name := platformModule(a.Path, a.Importer, isKnown, isLinked); name != "" {
					imported[name] = true
					return api.OnResolveResult{Path: name, Namespace: nativeNamespace}, nil
				}
				if meansNodeBuiltin(a.Path, a.Importer) {
					return api.OnResolveResult{}, nil // esbuild's: an npm package of that name, or nothing
				}
				name := strings.TrimPrefix(a.Path, "qjs:")
				if isLinked[name] {
					imported[name] = true
					return api.OnResolveResult{Path: name, Namespace: nativeNamespace}, nil
				}
				if isKnown[name] && a.PluginData != nodeModulesFirst {
					// An npm package of that name (the "process" shim, say)
					// wins over a native module nobody asked to link.
					r := pb.Resolve(a.Path, api.ResolveOptions{Kind: a.Kind, Importer: a.Importer, ResolveDir: a.ResolveDir, PluginData: nodeModulesFirst})
					if len(r.Errors) == 0 {
						return api.OnResolveResult{Path: r.Path, Namespace: r.Namespace, External: r.External}, nil
					}
					if flag := left[name]; flag != "" {
						return api.OnResolveResult{}, fmt.Errorf("the script imports the %s module, which %s leaves out of this program; drop %s to link it", name, flag, flag)
					}
					return api.OnResolveResult{}, fmt.Errorf("native module %q is not linked into this program; add -M %s", name, name)
				}
				return api.OnResolveResult{}, nil
			})
			pb.OnResolve(api.OnResolveOptions{Filter: platformFilter()}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.PluginData == browserResolving {
					return api.OnResolveResult{}, nil
				}
				if name := platformModule(a.Path, a.Importer, isKnown, isLinked); name != "" {
					imported[name] = true
					return api.OnResolveResult{Path: name, Namespace: nativeNamespace}, nil
				}
				return api.OnResolveResult{}, nil
			})
			pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nativeNamespace}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				contents := "module.exports = " + nativeCall(a.Path) + ";"
				return api.OnLoadResult{Contents: &contents, Loader: api.LoaderJS}, nil
			})
		},
	}
}

// nativeCall is the call by which a bundle gets a native module's exports.
func nativeCall(name string) string {
	return fmt.Sprintf("__gojsc_native(%q)", name)
}

// targetEnv is how esbuild names the target we configure.
var targetEnv = regexp.MustCompile(`the configured target environment \("esnext"[^)]*\)`)

// esbuildErrors converts esbuild's messages into SourceErrors.
func esbuildErrors(msgs []api.Message, known []string) Errors {
	var es Errors
	for _, m := range msgs {
		text := targetEnv.ReplaceAllString(m.Text, "gojsc programs")
		e := &SourceError{Kind: ErrSyntax, Message: text}
		if k, ok := m.Detail.(error); ok {
			e.Kind = k // set by sourcePlugin
		}
		if strings.HasPrefix(m.Text, "Could not resolve") || strings.Contains(m.Text, "is not linked") {
			e.Kind = ErrResolve
		}
		if m.Location != nil {
			e.File = m.Location.File
			e.Line = m.Location.Line
			e.Column = m.Location.Column
			e.Length = m.Location.Length
			e.LineText = m.Location.LineText
		}
		if e.Kind == ErrResolve && nodeBuiltinError(e, m, known) {
			es = append(es, e)
			continue
		}
		for _, n := range m.Notes {
			switch {
			case strings.Contains(n.Text, "built into node"):
				e.Notes = append(e.Notes, Note{Text: "Node's built-in modules are not available in gojsc programs: use the std and os modules (import * as os from \"os\")."})
			case strings.HasPrefix(n.Text, "The plugin ") && n.Location != nil:
				e.Notes = append(e.Notes, Note{Text: fmt.Sprintf("imported by %s:%d:%d", n.Location.File, n.Location.Line, n.Location.Column+1)})
			case n.Text == "", strings.Contains(n.Text, "api."), strings.Contains(n.Text, "mark the path"):
				// advice about esbuild's own API, not for gojsc's users
			default:
				note := Note{Text: n.Text}
				if l := n.Location; l != nil {
					note.File, note.Line, note.Column, note.Length, note.LineText = l.File, l.Line, l.Column, l.Length, l.LineText
				}
				e.Notes = append(e.Notes, note)
			}
		}
		if strings.HasPrefix(m.Text, "Invalid define value") {
			e.Kind = ErrOptions
			e.Notes = append(e.Notes, Note{Text: `A --define value is a JS expression: quote a string, e.g. --define 'VERSION="1.2.3"'.`})
		}
		if e.Kind == ErrResolve && strings.HasPrefix(m.Text, "Could not resolve") {
			var native []string
			for _, k := range known {
				if !isPlatformModule(k) {
					native = append(native, k)
				}
			}
			e.Notes = append(e.Notes, Note{Text: fmt.Sprintf("Imports are resolved relative to the importing file, then in node_modules; native modules available: %s (link one with -M NAME).", strings.Join(native, ", "))})
		}
		es = append(es, e)
	}
	return es
}
