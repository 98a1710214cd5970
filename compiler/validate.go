package compiler

import (
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/file"
	"github.com/dop251/goja/parser"
	"github.com/go-sourcemap/sourcemap"
	"github.com/gojsc/gojsc/internal/jsregexp"
)

// maxQuotedFields bounds the class fields quoteClassFields fixes in one
// bundle, a parse each.
const maxQuotedFields = 64

// Validate compiles the bundle with goja, as the program will at start-up,
// so that anything goja rejects fails the build. Regular expression
// literals goja would get wrong (Unicode property escapes, the v flag) are
// first rewritten by jsregexp into ones it gets right, in b.Script and
// b.SourceMap; an invalid one, or one with the d flag, fails the build. It
// also rejects shapes goja compiles
// in superlinear time (see MaxNesting, MaxOperatorChain). Errors point at
// the user's files through the source map.
func Validate(b *Bundle, sources func(file string) string) error {
	return validate(b, sources, bundleLimits)
}

func validate(b *Bundle, sources func(file string) string, lim limits) error {
	// goja's compiler is quadratic in some shapes: refuse them before it
	// runs, here and at every start of the program.
	if p := scanShape(b.Script, dialect{}, lim.nesting, lim.chain); p != nil {
		return Errors{bundleShapeError(b, p, sources)}
	}
	// parser.ParseFile rather than goja.Parse, which flattens the error
	// list into one string.
	parse := func() (*ast.Program, error) {
		return parser.ParseFile(nil, b.Name, b.Script, 0, parser.WithSourceMapLoader(func(string) ([]byte, error) {
			return b.SourceMap, nil
		}))
	}
	prg, err := parse()
	for range maxQuotedFields {
		if err == nil {
			break
		}
		changed, qerr := quoteClassFields(b, err)
		if qerr != nil || !changed {
			break
		}
		prg, err = parse()
	}
	if err != nil {
		return parseErrors(err, b.SourceMap, sources)
	}
	var es Errors
	var edits []scriptEdit
	seen := map[file.Idx]bool{}
	walkRegExps(reflect.ValueOf(prg), func(re *ast.RegExpLiteral) {
		if seen[re.Idx] {
			return // reachable through more than one field
		}
		seen[re.Idx] = true
		pos := func() file.Position { return prg.File.Position(int(re.Idx) - prg.File.Base()) }
		if msg := badRegExp(re); msg != "" {
			es = append(es, sourceError(ErrUnsupported, pos(), len(re.Literal), msg, sources))
			return
		}
		if !jsregexp.Needed(re.Pattern, re.Flags) {
			return
		}
		p, f, err := jsregexp.Translate(re.Pattern, re.Flags)
		if err != nil {
			es = append(es, sourceError(ErrSyntax, pos(), len(re.Literal), err.Error(), sources))
			return
		}
		edits = append(edits, scriptEdit{offset: int(re.Idx) - prg.File.Base(), old: re.Literal, new: "/" + p + "/" + f})
	})
	if len(es) > 0 {
		return es
	}
	if len(edits) > 0 {
		if err := rewriteScript(b, edits); err != nil {
			return err
		}
		// Compiled as the program will be, from the rewritten script.
		if prg, err = parser.ParseFile(nil, b.Name, b.Script, 0, parser.WithSourceMapLoader(func(string) ([]byte, error) {
			return b.SourceMap, nil
		})); err != nil {
			return parseErrors(err, b.SourceMap, sources)
		}
	}
	if _, err := goja.CompileAST(prg, false); err != nil {
		var ce *goja.CompilerSyntaxError
		if errors.As(err, &ce) {
			se := sourceError(ErrSyntax, ce.File.Position(ce.Offset), 0, ce.Message, sources)
			note := gojaLimitNote
			if seen[file.Idx(ce.Offset+prg.File.Base())] {
				// esbuild does not check regular expressions: this one
				// may well be invalid JavaScript.
				se.Message = "invalid regular expression: " + se.Message
				note = regExpNote
			}
			se.Notes = append(se.Notes, Note{Text: note})
			return Errors{se}
		}
		return fmt.Errorf("compiling the bundle: %w", err)
	}
	return nil
}

// badRegExp says what is wrong with a literal goja would mishandle and
// jsregexp cannot translate.
func badRegExp(re *ast.RegExpLiteral) string {
	if strings.ContainsRune(re.Flags, 'd') {
		// goja keeps no group positions, and recomputing them from a
		// rewritten pattern is wrong for groups inside quantifiers.
		return fmt.Sprintf("the regular expression flag \"d\" (match indices) is not supported: rewrite %s without it", re.Literal)
	}
	return ""
}

var regExpType = reflect.TypeOf((*ast.RegExpLiteral)(nil))

// walkRegExps calls fn for every regular expression literal in the tree
// below v. goja's ast has no visitor, so this walks by reflection; it runs
// once per build.
func walkRegExps(v reflect.Value, fn func(*ast.RegExpLiteral)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return
		}
		if v.Type() == regExpType {
			fn(v.Interface().(*ast.RegExpLiteral))
			return
		}
		if v.Type() == reflect.TypeOf((*file.File)(nil)) {
			return
		}
		walkRegExps(v.Elem(), fn)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				walkRegExps(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkRegExps(v.Index(i), fn)
		}
	}
}

// parseErrors converts goja's parser errors, whose positions are in the
// bundle (the parser reads the source map only once it has parsed), to
// errors in the user's files.
func parseErrors(err error, sourceMap []byte, sources func(string) string) error {
	var list parser.ErrorList
	if !errors.As(err, &list) {
		return fmt.Errorf("parsing the bundle: %w", err)
	}
	sm, smErr := sourcemap.Parse("", sourceMap)
	if smErr == nil {
		smErr = checkIndices(sourceMap)
	}
	var es Errors
	for _, e := range list {
		pos := e.Position
		if smErr == nil {
			if f, _, line, col, ok := sm.Source(pos.Line, pos.Column); ok {
				pos = file.Position{Filename: f, Line: line, Column: col}
			}
		}
		se := sourceError(ErrSyntax, pos, 0, e.Message, sources)
		se.Notes = append(se.Notes, Note{Text: gojaLimitNote})
		es = append(es, se)
	}
	return es
}

// gojaLimitNote explains an error from goja on a bundle esbuild accepted.
const gojaLimitNote = "This is valid JavaScript, but goja, the engine gojsc programs run on, does not support it: rewrite this construct."

// regExpNote explains an error from goja on a regular expression.
const regExpNote = "Check the regular expression; if it is valid JavaScript, goja, the engine gojsc programs run on, does not support it: rewrite it."

// sourceError builds a SourceError at pos, a position goja mapped through
// the source map (1-based columns: see adjustSourceMap).
func sourceError(kind error, pos file.Position, length int, msg string, sources func(string) string) *SourceError {
	e := &SourceError{Kind: kind, File: pos.Filename, Line: pos.Line, Column: pos.Column - 1, Length: length, Message: msg}
	if sources != nil && e.File != "" {
		if lines := strings.Split(sources(e.File), "\n"); e.Line >= 1 && e.Line <= len(lines) {
			e.LineText = strings.TrimRight(lines[e.Line-1], "\r")
		}
	}
	return e
}
