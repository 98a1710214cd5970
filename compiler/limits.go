package compiler

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/dop251/goja/file"
	"github.com/evanw/esbuild/pkg/api"
	"github.com/go-sourcemap/sourcemap"
)

// Limits on the input, so that no file makes a build run out of memory,
// hang, or take minutes.
const (
	// MaxSourceSize is the largest source file the compiler reads: many
	// times the largest real programs (TypeScript's own compiler is one
	// 9 MB file), while esbuild reads every file whole into memory and
	// goja compiles the bundle at every start of the program (about 0.3 s
	// for 3 MB).
	MaxSourceSize = 64 << 20
	// MaxTotalSourceSize is how much source one build may read in all.
	MaxTotalSourceSize = 256 << 20
	// MaxNesting is how deeply brackets, blocks and functions may nest in a
	// source file. esbuild's renamer takes time growing with the cube of the
	// depth of nested scopes (0.4 s at 250 levels, 2 s at 500, 10 s at
	// 1000) and goja's compiler with its square; real code (TypeScript,
	// lodash, date-fns, npm) nests less than 20 levels. Clang's default
	// bracket depth is 256 too.
	MaxNesting = 256
	// MaxOperatorChain is how many binary operators one expression may
	// chain (1+1+...+1): goja compiles a chain in time growing with its
	// square, at build time and again at every start of the program. Real
	// code chains fewer than 100; at the limit, goja compiles a file of
	// nothing but such chains at about 4 s per megabyte, against 0.6 s
	// for short chains.
	MaxOperatorChain = 1024
)

// ErrLimit: an input is too large, too deeply nested or not a file.
var ErrLimit = errors.New("input exceeds a limit")

// sourcePlugin checks every file esbuild loads before esbuild reads it:
// it must be a regular file within MaxSourceSize, without nesting or
// operator chains that would make bundling or compiling superlinearly
// slow. Files that pass are left for esbuild to read and load as it
// would (loaders by extension, import attributes, modules a package
// disables), except large JSON files, which it loads as JSON.parse calls.
//
// It also checks, before esbuild resolves an import, the files esbuild
// reads while resolving it (package.json, tsconfig.json): esbuild offers
// no hook for those.
//
// Every file it lets esbuild read goes into read.
func sourcePlugin(wd string, read *fileSet) api.Plugin {
	g := configGuard{read: read}
	var total atomic.Int64
	return api.Plugin{
		Name: "gojsc-sources",
		Setup: func(pb api.PluginBuild) {
			pb.OnResolve(api.OnResolveOptions{Filter: ".*"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if err := g.checkImport(a.Path, a.ResolveDir, wd); err != nil {
					return api.OnResolveResult{Errors: []api.Message{{Text: err.Error(), Detail: ErrLimit}}}, nil
				}
				return api.OnResolveResult{}, nil
			})
			pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				res, err := loadSource(a.Path, wd, defaultLimits, &total)
				if err == nil && len(res.Errors) == 0 {
					if st, err := os.Stat(a.Path); err == nil && st.Mode().IsRegular() {
						read.add(a.Path)
					}
				}
				return res, err
			})
		},
	}
}

// configFiles are the files esbuild reads in every directory it resolves
// imports in.
var configFiles = []string{"package.json", "tsconfig.json", "jsconfig.json"}

// A configGuard checks that the configuration files esbuild would read to
// resolve an import are regular files within MaxSourceSize. It remembers
// what it checked, so that each file costs one stat per build.
type configGuard struct {
	// checked maps a file checked to its error (or nil), and a directory
	// whose files and parents' files are fine, followed by NUL and the
	// package looked up, to nil.
	checked sync.Map
	// read receives the files that exist and pass.
	read *fileSet
}

// checkImport checks the files read to resolve spec from dir: the
// configuration files of dir, of the directory a relative import points
// into, and of their parents, and a bare import's package.json in every
// node_modules above dir.
func (g *configGuard) checkImport(spec, dir, wd string) error {
	if dir == "" {
		return nil
	}
	dirs := []string{dir}
	pkg := ""
	switch {
	case filepath.IsAbs(spec):
		dirs = append(dirs, filepath.Dir(spec))
	case strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || spec == "." || spec == "..":
		dirs = append(dirs, filepath.Dir(filepath.Join(dir, spec)))
	default:
		parts := strings.SplitN(spec, "/", 3)
		pkg = parts[0]
		if strings.HasPrefix(pkg, "@") && len(parts) > 1 {
			pkg += "/" + parts[1]
		}
	}
	for _, start := range dirs {
		if err := g.checkDirs(start, "", wd); err != nil {
			return err
		}
	}
	if pkg != "" {
		return g.checkDirs(dir, pkg, wd)
	}
	return nil
}

// checkDirs checks the configuration files (or, if pkg is set, that
// package's package.json in node_modules) of dir and its parents, up to
// the first directory already checked.
func (g *configGuard) checkDirs(dir, pkg, wd string) error {
	var visited []string
	for d := dir; ; d = filepath.Dir(d) {
		key := d + "\x00" + pkg
		if _, ok := g.checked.Load(key); ok {
			break
		}
		visited = append(visited, key)
		if pkg != "" {
			if err := g.check(filepath.Join(d, "node_modules", pkg, "package.json"), wd); err != nil {
				return err
			}
		} else {
			for _, name := range configFiles {
				if err := g.check(filepath.Join(d, name), wd); err != nil {
					return err
				}
			}
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for _, key := range visited {
		g.checked.Store(key, nil)
	}
	return nil
}

func (g *configGuard) check(path, wd string) error {
	if v, ok := g.checked.Load(path); ok {
		err, _ := v.(error)
		return err
	}
	var err error
	if st, statErr := os.Stat(path); statErr == nil {
		if err = checkSourceInfo(st, relName(path, wd)); err == nil {
			g.read.add(path)
		}
	}
	g.checked.Store(path, err)
	return err
}

// relName names path relative to wd when it is inside it.
func relName(path, wd string) string {
	if rel, err := filepath.Rel(wd, path); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return path
}

// loadSource checks and scans the file at path; total counts the bytes read
// so far by the build.
func loadSource(path, wd string, lim limits, total *atomic.Int64) (api.OnLoadResult, error) {
	if _, err := os.Stat(path); err != nil {
		return api.OnLoadResult{}, nil // esbuild reports it, or knows the file need not exist (a disabled module)
	}
	name := relName(path, wd)
	data, err := readSource(path, name)
	if err == nil && total.Add(int64(len(data))) > lim.total {
		err = &limitError{fmt.Sprintf("the program's source files add up to more than the limit of %s with %s", mebibytes(lim.total), name)}
	}
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: err.Error(), Detail: ErrLimit}}}, nil
	}
	ext := filepath.Ext(path)
	switch ext {
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx", ".json":
		src := string(data)
		d := dialect{jsx: ext == ".jsx" || ext == ".tsx", ts: ext == ".ts" || ext == ".mts" || ext == ".cts" || ext == ".tsx"}
		if p := scanShape(src, d, lim.nesting, lim.chain); p != nil {
			return shapeResult(path, src, p), nil
		}
		if ext != ".json" && packageOf(path) == "" {
			if w := nodeNameWarnings(src, name); len(w) > 0 {
				// esbuild keeps a plugin's warnings only with the contents
				// it returns.
				return api.OnLoadResult{Contents: &src, Loader: loaderFor(path), ResolveDir: filepath.Dir(path), Warnings: w}, nil
			}
		}
	}
	if ext == ".json" {
		if contents := bigJSONModule(data); contents != nil {
			return api.OnLoadResult{Contents: contents, Loader: api.LoaderJS}, nil
		}
	}
	return api.OnLoadResult{}, nil
}

// shapeResult is esbuild's error for a source file whose shape exceeds a
// limit.
func shapeResult(path, src string, p *shapeProblem) api.OnLoadResult {
	line, col, text := position(src, p.Offset)
	return api.OnLoadResult{Errors: []api.Message{{
		Text:     p.Message,
		Location: &api.Location{File: path, Line: line, Column: col, Length: 1, LineText: text},
		Notes:    []api.Note{{Text: p.Note}},
		Detail:   ErrLimit,
	}}}
}

// limits are the limits a build applies.
type limits struct {
	nesting, chain int   // of a scanned file's shape
	total          int64 // bytes of all the sources
}

var defaultLimits = limits{MaxNesting, MaxOperatorChain, MaxTotalSourceSize}

// bundleLimits apply to the bundle, whose wrappers (a module's
// __commonJS({ ... }), the async function of an ES module) add a few
// levels to what the user wrote.
var bundleLimits = limits{MaxNesting + 16, MaxOperatorChain, MaxTotalSourceSize}

// readSource reads a source file, refusing anything that is not a regular
// file (a directory, a FIFO, /dev/zero) or larger than MaxSourceSize
// before reading it: such inputs would hang the build or exhaust memory.
// name is how errors name the file.
func readSource(path, name string) ([]byte, error) {
	if err := checkSourceFile(path, name); err != nil {
		return nil, err
	}
	// O_NONBLOCK: a file replaced by a FIFO since the check must not block
	// the open; fstat then tells what was opened.
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, readError(name, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, readError(name, err)
	}
	if err := checkSourceInfo(st, name); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxSourceSize+1))
	if err != nil {
		return nil, readError(name, err)
	}
	if len(data) > MaxSourceSize {
		return nil, sizeError(name, int64(len(data)))
	}
	return data, nil
}

// checkSourceFile checks, without opening it, that path is a regular file
// of acceptable size.
func checkSourceFile(path, name string) error {
	st, err := os.Stat(path)
	if err != nil {
		return readError(name, err)
	}
	return checkSourceInfo(st, name)
}

// readError says that reading the file called name failed, without the
// system's spelling of its path (which the user did not write).
func readError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("reading %s: %w", name, pe.Err)
	}
	return fmt.Errorf("reading %s: %w", name, err)
}

func checkSourceInfo(st fs.FileInfo, name string) error {
	if kind := fileKind(st.Mode()); kind != "" {
		return &limitError{fmt.Sprintf("%s is %s, not a regular file", name, kind)}
	}
	if st.Size() > MaxSourceSize {
		return sizeError(name, st.Size())
	}
	return nil
}

func sizeError(name string, size int64) error {
	return &limitError{fmt.Sprintf("%s is %s, more than the limit of %s for a source file", name, mebibytes(size), mebibytes(MaxSourceSize))}
}

// fileKind names a file mode that is not a regular file; "" for one.
func fileKind(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return ""
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	}
	return "a special file"
}

func mebibytes(n int64) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// A limitError is an input refused by a limit, described in full by its
// message; it is ErrLimit for errors.Is.
type limitError struct{ msg string }

func (e *limitError) Error() string      { return e.msg }
func (*limitError) Is(target error) bool { return target == ErrLimit }

// A shapeProblem is a construct in a source file that would make a later
// stage superlinearly slow.
type shapeProblem struct {
	Offset  int // byte offset of the construct
	Message string
	Note    string
}

// Notes for the shape problems: what to do about them.
const (
	nestingNote = "Nesting this deep makes bundling and compiling slow down far more than linearly: move inner functions or data out to the top level."
	chainNote   = "goja compiles a long chain of operators in quadratic time, at build time and at every start of the program: build the value in a loop or with an array (e.g. [...].join(\"\"))."
)

// scanShape finds, in one linear pass, nesting deeper than maxNesting and
// chains of more than maxChain binary operators. It is a tokenizer, not a
// parser: it knows strings, comments, template literals and regular
// expressions so that brackets and operators inside them do not count, and
// it errs towards counting less where JavaScript is ambiguous (a `/` after
// `)`, JSX text), so that valid code is not refused.
//
// What counts as an operator depends on the dialect: see dialect.
func scanShape(src string, d dialect, maxNesting, maxChain int) *shapeProblem {
	s := shapeScanner{src: src, dialect: d, maxNesting: maxNesting, maxChain: maxChain}
	s.stack = append(s.stack, frame{})
	s.run()
	switch {
	case s.deepAt >= 0:
		return &shapeProblem{s.deepAt, fmt.Sprintf("nesting too deep: %d levels, limit %d", s.maxDepth, maxNesting), nestingNote}
	case s.longAt >= 0:
		return &shapeProblem{s.longAt, fmt.Sprintf("expression too long: %d chained operators, limit %d", s.maxTerms, maxChain), chainNote}
	}
	return nil
}

// A dialect is the flavour of JavaScript a scan reads.
type dialect struct {
	// jsx: < and > are mostly tags, not counted as operators.
	jsx bool
	// ts: | and & are mostly type unions and intersections (of thousands
	// of members in generated types), which never reach goja: not counted.
	ts bool
}

// A frame is an open bracket: '(', '[', '{', '$' for a template literal's
// ${, 'a' for the body of an arrow function without braces, 0 for the file.
type frame struct {
	kind       byte
	terms      int // binary operators in the current chain
	chainStart int // offset of the chain's first operand
}

// Token classes, for what the previous token allows next.
const (
	tokNone   = iota
	tokValue  // an operand: a / after it divides
	tokOp     // an operator or opening bracket: a / after it starts a regexp
	tokBinary // a binary operator
	tokArrow  // =>
)

type shapeScanner struct {
	src string
	dialect
	maxNesting, maxChain int
	stack                []frame
	prev                 int // class of the previous token
	prevStart            int // its offset
	newline              bool
	maxDepth, maxTerms   int
	deepAt, longAt       int
}

func (s *shapeScanner) run() {
	s.deepAt, s.longAt = -1, -1
	src := s.src
	i := 0
	if strings.HasPrefix(src, "#!") {
		i = s.skipLine(i)
	}
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\n' || c == '\r':
			s.newline = true
			i++
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			i++
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			i = s.skipLine(i)
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return
			}
			if strings.ContainsAny(src[i:i+2+end], "\n\r") {
				s.newline = true
			}
			i += end + 4
		case c == '/' && s.prev != tokValue:
			s.token(i, tokValue)
			i = s.skipRegExp(i)
		case c == '"' || c == '\'':
			s.token(i, tokValue)
			i = s.skipString(i, c)
		case c == '`':
			s.token(i, tokValue)
			i = s.template(i + 1)
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			s.token(i, tokValue)
			i++
			for i < len(src) && (isIdentByte(src[i]) || src[i] == '.' ||
				(src[i] == '+' || src[i] == '-') && (src[i-1] == 'e' || src[i-1] == 'E') && !strings.ContainsAny(src[s.prevStart:i], "xXbBoO")) {
				i++
			}
		case isIdentByte(c) || c == '#':
			start := i
			i++
			for i < len(src) && isIdentByte(src[i]) {
				i++
			}
			switch src[start:i] {
			case "in", "instanceof":
				s.binary(start)
			case "return", "typeof", "case", "do", "else", "of", "new", "delete", "void", "throw", "yield", "await":
				s.token(start, tokOp)
			default:
				s.token(start, tokValue)
			}
		case c == '(' || c == '[' || c == '{':
			s.token(i, tokOp)
			s.push(c, i)
			i++
		case c == ')' || c == ']' || c == '}':
			// After }, a / more likely starts a regexp (a block ended)
			// than divides an object literal.
			class := tokValue
			if c == '}' {
				class = tokOp
			}
			s.token(i, class)
			i++
			if s.close(c) {
				i = s.template(i)
			}
		default:
			i = s.punctuator(i)
		}
	}
}

// token notes a token of class class at offset at, ending a line's
// statement first if a newline came before it and neither it nor the
// previous token continues an expression.
func (s *shapeScanner) token(at, class int) {
	if s.newline {
		s.newline = false
		if class != tokBinary && s.prev != tokBinary && s.prev != tokArrow {
			s.popArrows()
			s.top().terms = 0
		}
	}
	s.prev, s.prevStart = class, at
}

// binary counts a binary operator at offset at in the current chain.
func (s *shapeScanner) binary(at int) {
	operand := s.prevStart
	s.token(at, tokBinary)
	f := s.top()
	if f.terms == 0 {
		f.chainStart = operand
	}
	f.terms++
	if f.terms > s.maxTerms {
		s.maxTerms = f.terms
	}
	if f.terms > s.maxChain && s.longAt < 0 {
		s.longAt = f.chainStart
	}
}

// separator ends the current chain (`,`, `;`, `?`, `:`, an assignment).
func (s *shapeScanner) separator(at int, endsArrow bool) {
	s.token(at, tokOp)
	if endsArrow {
		s.popArrows()
	}
	s.top().terms = 0
}

func (s *shapeScanner) top() *frame { return &s.stack[len(s.stack)-1] }

func (s *shapeScanner) push(kind byte, at int) {
	s.stack = append(s.stack, frame{kind: kind})
	if d := len(s.stack) - 1; d > s.maxDepth {
		s.maxDepth = d
		if d > s.maxNesting && s.deepAt < 0 {
			s.deepAt = at
		}
	}
}

func (s *shapeScanner) popArrows() {
	for len(s.stack) > 1 && s.top().kind == 'a' {
		s.stack = s.stack[:len(s.stack)-1]
	}
}

// close pops the frame a closing bracket c ends, and reports whether it
// was a template literal's ${. A closer with no matching opener (a
// misread regexp, say) is ignored; one that skips unclosed openers closes
// them too, so that a misreading does not accumulate.
func (s *shapeScanner) close(c byte) (template bool) {
	s.popArrows()
	open := byte('(')
	switch c {
	case ']':
		open = '['
	case '}':
		open = '{'
	}
	for k := len(s.stack) - 1; k > 0; k-- {
		kind := s.stack[k].kind
		if kind == open || c == '}' && kind == '$' {
			s.stack = s.stack[:k]
			return kind == '$'
		}
		if kind == '$' {
			return false // a template's ${ is not closed by anything else
		}
	}
	return false
}

// template scans a template literal from i, just after its backtick or the
// } closing one of its substitutions, to its end or next substitution.
func (s *shapeScanner) template(i int) int {
	src := s.src
	for i < len(src) {
		switch src[i] {
		case '\\':
			i += 2
		case '`':
			s.prev = tokValue
			return i + 1
		case '$':
			if i+1 < len(src) && src[i+1] == '{' {
				s.push('$', i)
				s.prev = tokOp
				return i + 2
			}
			i++
		default:
			i++
		}
	}
	return i
}

func (s *shapeScanner) skipLine(i int) int {
	for i < len(s.src) && s.src[i] != '\n' && s.src[i] != '\r' {
		i++
	}
	return i
}

// skipString skips a string literal; an unescaped line break ends it too,
// so that a stray quote (in JSX text, say) spoils one line only.
func (s *shapeScanner) skipString(i int, q byte) int {
	src := s.src
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q:
			return i + 1
		case '\n', '\r':
			return i
		}
	}
	return i
}

// skipRegExp skips a regular expression literal and its flags.
func (s *shapeScanner) skipRegExp(i int) int {
	src := s.src
	class := false
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '[':
			class = true
		case ']':
			class = false
		case '/':
			if !class {
				i++
				for i < len(src) && isIdentByte(src[i]) {
					i++
				}
				return i
			}
		case '\n', '\r':
			return i
		}
	}
	return i
}

// punctuator scans the operator or punctuator at i.
func (s *shapeScanner) punctuator(i int) int {
	src := s.src
	n := 1
	if ps := punctuators[src[i]]; ps != nil {
		for _, p := range ps {
			if strings.HasPrefix(src[i:], p) {
				n = len(p)
				break
			}
		}
	}
	p := src[i : i+n]
	switch {
	case p == "=>":
		s.token(i, tokArrow)
		s.top().terms = 0
		if j := s.skipSpace(i + 2); j < len(src) && src[j] != '{' {
			s.push('a', i)
		}
	case p == "++" || p == "--":
		s.token(i, tokValue)
	case p == "," || p == ";":
		s.separator(i, true)
	case p == "?" || p == ":" || strings.HasSuffix(p, "=") && !binaryOps[p]:
		s.separator(i, p == ":")
	case s.jsx && (p[0] == '<' || p[0] == '>'), s.ts && (p == "|" || p == "&"):
		s.token(i, tokOp)
	case binaryOps[p]:
		s.binary(i)
	default: // . ?. ... ! ~ @ and bytes that are not JavaScript
		s.token(i, tokOp)
	}
	return i + n
}

// skipSpace returns the offset of the next token after i.
func (s *shapeScanner) skipSpace(i int) int {
	src := s.src
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r':
			i++
		case strings.HasPrefix(src[i:], "//"):
			i = s.skipLine(i)
		case strings.HasPrefix(src[i:], "/*"):
			end := strings.Index(src[i+2:], "*/")
			if end < 0 {
				return len(src)
			}
			i += end + 4
		default:
			return i
		}
	}
	return i
}

// punctuators are JavaScript's multi-byte punctuators by first byte,
// longest first.
var punctuators = [256][]string{
	'=': {"===", "==", "=>"},
	'!': {"!==", "!="},
	'+': {"++", "+="},
	'-': {"--", "-="},
	'*': {"**=", "**", "*="},
	'/': {"/="},
	'%': {"%="},
	'<': {"<<=", "<<", "<="},
	'>': {">>>=", ">>>", ">>=", ">>", ">="},
	'&': {"&&=", "&&", "&="},
	'|': {"||=", "||", "|="},
	'^': {"^="},
	'?': {"??=", "??", "?."},
	'.': {"..."},
}

var binaryOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "%": true, "**": true,
	"==": true, "!=": true, "===": true, "!==": true,
	"<": true, ">": true, "<=": true, ">=": true,
	"<<": true, ">>": true, ">>>": true,
	"&": true, "|": true, "^": true, "&&": true, "||": true, "??": true,
}

// isIdentByte reports whether c may be part of an identifier; every
// non-ASCII byte is taken as one (letters, and the odd space, do no harm).
func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '_' || c == '$' || c == '\\' || c >= 0x80
}

// position converts a byte offset in src to a 1-based line, a 0-based
// byte column, and the line's text; no text for a line too long to show
// (minified code).
func position(src string, offset int) (line, col int, text string) {
	offset = min(max(offset, 0), len(src))
	start := strings.LastIndexAny(src[:offset], "\n\r") + 1
	line = 1 + strings.Count(src[:start], "\n") + strings.Count(src[:start], "\r") - strings.Count(src[:start], "\r\n")
	end := strings.IndexAny(src[offset:], "\n\r")
	if end < 0 {
		end = len(src)
	} else {
		end += offset
	}
	if end-start <= 200 {
		text = src[start:end]
	}
	return line, offset - start, text
}

// bundleShapeError reports a shape problem found in the bundle at the
// place in the user's file it comes from.
func bundleShapeError(b *Bundle, p *shapeProblem, sources func(string) string) *SourceError {
	line, col, _ := position(b.Script, p.Offset)
	// Positions as goja reports them: columns count from 1 (see
	// adjustSourceMap).
	pos := file.Position{Line: line, Column: col + 1}
	if sm, err := sourcemap.Parse("", b.SourceMap); err == nil {
		if f, _, l, c, ok := sm.Source(line, col); ok {
			pos = file.Position{Filename: f, Line: l, Column: c}
		}
	}
	e := sourceError(ErrLimit, pos, 1, p.Message, sources)
	if e.File == "" {
		e.Message += " (in the bundled script)"
	}
	e.Notes = append(e.Notes, Note{Text: p.Note})
	return e
}
