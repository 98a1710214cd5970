package compiler

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// A classic script is an entry with neither import nor export. It runs as
// QuickJS runs one: at global scope, its top-level var and function
// declarations globals, top-level this the global object, in sloppy mode
// unless it says "use strict". Bundling would wrap it in a module, so it is
// only transformed (see transformClassic). This file decides which entries
// are classic scripts, including those esbuild takes for modules: one whose
// sloppy-mode syntax its ES module output cannot hold, and one that uses
// top-level await.

// hasImports reports whether a metafile input imports anything but
// esbuild's runtime helpers (which lowering async generators, say, adds)
// and the files injected for the globals it uses (see globalInjects).
func hasImports(imports []json.RawMessage) bool {
	for _, raw := range imports {
		var imp struct {
			Path string `json:"path"`
		}
		if json.Unmarshal(raw, &imp) == nil && (imp.Path == "<runtime>" || strings.HasPrefix(imp.Path, globalNamespace+":")) {
			continue
		}
		return true
	}
	return false
}

// sloppyOnly reports whether esbuild's errors are all sloppy-mode syntax of
// the entry (with, delete of a name, a legacy octal literal, a variable
// named arguments, ...) that its ES module output, or a module, cannot
// hold: errors a classic script does not have.
func sloppyOnly(errs []api.Message, relEntry string) bool {
	for _, m := range errs {
		strictOnly := strings.HasSuffix(m.Text, "due to strict mode") || strings.HasSuffix(m.Text, "cannot be used in an ECMAScript module")
		if !strictOnly || m.Location == nil || m.Location.File != relEntry {
			return false
		}
	}
	return len(errs) > 0
}

// classicSloppy transforms the entry as the classic script it must be if
// esbuild failed to bundle it only for its sloppy-mode syntax (and maybe
// took it for a module for its top-level await); nil if that was not all
// that failed.
func classicSloppy(c bundleConfig, entry string, errs []api.Message) *Bundle {
	if c.module {
		return nil
	}
	rel, _ := filepath.Rel(c.workDir, entry)
	rel = filepath.ToSlash(rel)
	if !sloppyOnly(errs, rel) {
		return nil
	}
	b := c.newBundle()
	b.Entry, b.Inputs = rel, []string{rel}
	if transformClassic(b, c, entry, rel) == nil {
		return b
	}
	if ok, err := classicAwait(b, c, entry, rel); ok && err == nil {
		return b
	}
	return nil
}

// awaitPrefix and awaitSuffix wrap a classic script that uses top-level
// await, each on lines of their own: goja has no top-level await outside
// modules.
const (
	awaitPrefix = "(async function () {"
	awaitSuffix = "\n}).call(globalThis).then(undefined, __gojsc_uncaught);\n"
)

// classicAwait replaces the bundle b with the entry transformed as a
// classic script with top-level await, if that is what it is: wrapped in an
// async function, it transforms and parses (so it has no import or
// export). The script then runs in an async function called with the
// global object as this, and its top-level var and function declarations
// are made properties of the global object that read and write them, so
// that they stay globals for the code outside it; its let, const and class
// declarations stay its own. It reports whether the entry is such a
// script; one that is not is left the module it is.
func classicAwait(b *Bundle, c bundleConfig, entry, rel string) (bool, error) {
	src, err := c.read(entry, rel)
	if err != nil {
		return false, err
	}
	script := string(src)
	if strings.HasPrefix(script, "#!") {
		script = "//" + script[2:]
	}
	res := transformEntry(c, entry, rel, awaitPrefix+"\n"+script+awaitSuffix)
	if len(res.Errors) > 0 {
		return false, nil
	}
	prog, err := parser.ParseFile(nil, "", string(res.Code), 0, parser.WithDisableSourceMaps)
	if err != nil {
		return false, nil
	}
	fn := awaitWrapper(prog)
	if fn == nil {
		return false, nil
	}
	// The prologue goes into the wrapper's line, and the script is
	// transformed again with it, so that the source map stays esbuild's.
	prefix := awaitPrefix + globalsPrologue(fn)
	res = transformEntry(c, entry, rel, prefix+"\n"+script+awaitSuffix)
	if len(res.Errors) > 0 {
		return false, esbuildErrors(res.Errors, nil)
	}
	m, err := dropFirstSourceLine(res.Map)
	if err != nil {
		return false, err
	}
	b.Script, b.SourceMap, b.Module = string(res.Code), m, false
	return true, nil
}

// awaitWrapper returns the async function of a transformed classic script
// with top-level await: the program is the single statement
// (async function () {...}).call(globalThis).then(...).
func awaitWrapper(prog *ast.Program) *ast.FunctionLiteral {
	if len(prog.Body) != 1 {
		return nil
	}
	stmt, ok := prog.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	var e ast.Expression = stmt.Expression
	for range 2 { // .then(...), then .call(...)
		call, ok := e.(*ast.CallExpression)
		if !ok {
			return nil
		}
		dot, ok := call.Callee.(*ast.DotExpression)
		if !ok {
			return nil
		}
		e = dot.Left
	}
	fn, _ := e.(*ast.FunctionLiteral)
	return fn
}

// globalsPrologue returns the statements that start the wrapper of a
// classic script with top-level await: its "use strict" directive, if it
// has one, and the definition of its top-level var and function names as
// properties of the global object (those that are not already
// non-configurable ones, such as undefined).
func globalsPrologue(fn *ast.FunctionLiteral) string {
	var names []string
	seen := map[string]bool{}
	add := func(name string) {
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	for _, d := range fn.DeclarationList {
		for _, bnd := range d.List {
			bindingNames(bnd.Target, add)
		}
	}
	var out strings.Builder
	for i, s := range fn.Body.List {
		if f, ok := s.(*ast.FunctionDeclaration); ok && f.Function.Name != nil {
			add(f.Function.Name.Name.String())
		}
		if e, ok := s.(*ast.ExpressionStatement); ok && i == 0 {
			if lit, ok := e.Expression.(*ast.StringLiteral); ok && lit.Value == "use strict" {
				out.WriteString(` "use strict";`)
			}
		}
	}
	if len(names) == 0 {
		return out.String()
	}
	out.WriteString(" ((__gojsc_g, __gojsc_list) => { for (const __gojsc_e of __gojsc_list) { const __gojsc_d = Object.getOwnPropertyDescriptor(__gojsc_g, __gojsc_e[0]); if (!__gojsc_d || __gojsc_d.configurable) Object.defineProperty(__gojsc_g, __gojsc_e[0], { get: __gojsc_e[1], set: __gojsc_e[2], enumerable: true, configurable: true }); } })(globalThis, [")
	for i, n := range names {
		if i > 0 {
			out.WriteString(", ")
		}
		q, _ := json.Marshal(n)
		fmt.Fprintf(&out, "[%s, () => %s, (__gojsc_v) => { %s = __gojsc_v; }]", q, n, n)
	}
	out.WriteString("]);")
	return out.String()
}

// bindingNames calls add with each name a binding target declares.
func bindingNames(e ast.Expression, add func(string)) {
	switch e := e.(type) {
	case *ast.Identifier:
		add(e.Name.String())
	case *ast.AssignExpression:
		bindingNames(e.Left, add)
	case *ast.ArrayPattern:
		for _, el := range e.Elements {
			bindingNames(el, add)
		}
		bindingNames(e.Rest, add)
	case *ast.ObjectPattern:
		for _, p := range e.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				add(p.Name.Name.String())
			case *ast.PropertyKeyed:
				bindingNames(p.Value, add)
			}
		}
		bindingNames(e.Rest, add)
	}
}

// dropFirstSourceLine fixes esbuild's source map of a file that was given a
// line of its own at the top: mappings into that line go, and every other
// original line moves up by one.
func dropFirstSourceLine(m []byte) ([]byte, error) {
	var sm map[string]json.RawMessage
	if err := json.Unmarshal(m, &sm); err != nil {
		return nil, fmt.Errorf("reading esbuild's source map: %w", err)
	}
	var mappings string
	if err := json.Unmarshal(sm["mappings"], &mappings); err != nil {
		return nil, fmt.Errorf("reading esbuild's source map: %w", err)
	}
	var out strings.Builder
	// Fields are delta-coded: the generated column within a line, the rest
	// across the whole map. in is the state read, wrote that written.
	var in, wrote [5]int
	for li, line := range strings.Split(mappings, ";") {
		if li > 0 {
			out.WriteByte(';')
		}
		in[0], wrote[0] = 0, 0
		first := true
		for _, seg := range strings.Split(line, ",") {
			if seg == "" {
				continue
			}
			fields, err := decodeVLQs(seg)
			if err != nil {
				return nil, fmt.Errorf("reading esbuild's source map: %w", err)
			}
			for i, f := range fields {
				in[i] += f
			}
			if len(fields) >= 4 && in[2] == 0 {
				continue // maps into the added line
			}
			abs := in
			abs[2]--
			if !first {
				out.WriteByte(',')
			}
			first = false
			for i := range fields {
				encodeVLQ(&out, abs[i]-wrote[i])
				wrote[i] = abs[i]
			}
		}
	}
	sm["mappings"], _ = json.Marshal(out.String())
	return json.Marshal(sm)
}

// transformClassic replaces the bundle with the entry transformed on its
// own: TypeScript types stripped, syntax goja lacks lowered.
func transformClassic(b *Bundle, c bundleConfig, entry, rel string) error {
	src, err := c.read(entry, rel)
	if err != nil {
		return err
	}
	res := transformEntry(c, entry, rel, string(src))
	if len(res.Errors) > 0 {
		return esbuildErrors(res.Errors, nil)
	}
	b.Script = string(res.Code)
	b.SourceMap = res.Map
	return nil
}

// transformEntry transforms the entry's source (src, possibly wrapped) on
// its own, as a classic script. esbuild renames a nested function or class
// whose name another declaration has (function f2), and its name property
// would change with it; where it renamed anything, which its source map
// tells, the script is transformed again with esbuild's KeepNames, which
// sets the names back when the script runs. Scripts that need none of
// that do not pay for it.
func transformEntry(c bundleConfig, entry, rel, src string) api.TransformResult {
	res := transformWith(c, entry, rel, src, false)
	if len(res.Errors) == 0 && renamesAny(res.Map) {
		res = transformWith(c, entry, rel, src, true)
	}
	return res
}

// renamesAny reports whether esbuild renamed an identifier: its source map
// then lists original names.
func renamesAny(m []byte) bool {
	var sm struct {
		Names []string `json:"names"`
	}
	return json.Unmarshal(m, &sm) != nil || len(sm.Names) > 0
}

// transformWith is api.Transform with gojsc's options.
func transformWith(c bundleConfig, entry, rel, src string, keepNames bool) api.TransformResult {
	return api.Transform(src, api.TransformOptions{
		Loader:           loaderFor(entry),
		Sourcefile:       rel,
		Sourcemap:        api.SourceMapExternal,
		SourcesContent:   api.SourcesContentExclude,
		Supported:        unsupported,
		Target:           api.ESNext,
		Charset:          api.CharsetUTF8,
		LegalComments:    api.LegalCommentsNone,
		MinifyWhitespace: c.minify,
		MinifySyntax:     c.minify,
		KeepNames:        keepNames,
		Define:           c.defines,
		LogLevel:         api.LogLevelSilent,
	})
}
