package compiler

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sentinel errors, for errors.Is.
var (
	// ErrSyntax: the script, or a file it imports, is not valid.
	ErrSyntax = errors.New("invalid script")
	// ErrResolve: an import names a file, package or native module that cannot be found.
	ErrResolve = errors.New("unresolved import")
	// ErrUnsupported: the script uses a feature the runtime would get wrong.
	ErrUnsupported = errors.New("unsupported feature")
	// ErrNoGo: the go command is missing or too old.
	ErrNoGo = errors.New("go toolchain not found")
	// ErrGoBuild: go build failed.
	ErrGoBuild = errors.New("go build failed")
	// ErrOptions: an option has a bad value.
	ErrOptions = errors.New("bad option")
)

// optionError is a bad option, described in full by its message; it is
// ErrOptions for errors.Is.
type optionError string

func (e optionError) Error() string      { return string(e) }
func (optionError) Is(target error) bool { return target == ErrOptions }

// badOption returns an ErrOptions error with the given message.
func badOption(format string, args ...any) error {
	return optionError(fmt.Sprintf(format, args...))
}

// A SourceError is a problem at a place in the user's source.
type SourceError struct {
	Kind     error  // one of the sentinels above
	File     string // relative to the working directory
	Line     int    // 1-based
	Column   int    // 0-based, in bytes, as esbuild counts
	Length   int    // of the marked range, in bytes
	LineText string
	Message  string
	Notes    []Note
	// Warning marks a problem that does not stop the build.
	Warning bool
}

// A Note adds to a SourceError: advice, or another place in the source
// that explains it (where a symbol was first declared, say).
type Note struct {
	Text string
	// File, Line, Column, Length and LineText place the note as they
	// place a SourceError; File is "" for a note without a place.
	File     string
	Line     int
	Column   int
	Length   int
	LineText string
}

// Style says how Format lays out problems.
type Style struct {
	// Color marks up labels, messages and carets with ANSI escape
	// sequences, for a terminal.
	Color bool
}

// Error formats the problem as esbuild does: "file:line:col: ERROR: msg",
// then the source line with a caret under the column, then the notes.
func (e *SourceError) Error() string { return e.Format(Style{}) }

// ANSI escape sequences of Style.Color.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiGreen  = "\x1b[32m"
	ansiCyan   = "\x1b[1;36m"
)

// Format lays out the problem as Error does, in colour if s says so.
func (e *SourceError) Format(s Style) string {
	paint := func(code, text string) string {
		if !s.Color || text == "" {
			return text
		}
		return code + text + ansiReset
	}
	var b strings.Builder
	label, colour := "ERROR", ansiRed
	if e.Warning {
		label, colour = "WARNING", ansiYellow
	}
	writePlace(&b, e.File, e.Line, e.Column, paint)
	b.WriteString(paint(colour, label+":") + " " + paint(ansiBold, e.Message))
	writeSourceLine(&b, e.Line, e.Column, e.Length, e.LineText, paint)
	for _, n := range e.Notes {
		b.WriteString("\n  ")
		if n.File != "" {
			writePlace(&b, n.File, n.Line, n.Column, paint)
			b.WriteString(paint(ansiCyan, "NOTE:") + " ")
		}
		b.WriteString(n.Text)
		writeSourceLine(&b, n.Line, n.Column, n.Length, n.LineText, paint)
	}
	return b.String()
}

// writePlace writes "file:line:col: ".
func writePlace(b *strings.Builder, file string, line, col int, paint func(code, text string) string) {
	if file != "" {
		b.WriteString(paint(ansiBold, fmt.Sprintf("%s:%d:%d:", file, line, col+1)) + " ")
	}
}

// maxShown is how many characters of a source line a message shows: a
// line of minified code may hold megabytes, of which the part around the
// column is what matters.
const maxShown = 100

// writeSourceLine writes the source line of a place, cut to the part
// around the column if it is long, and a caret under the column with a
// tilde under each further character marked.
func writeSourceLine(b *strings.Builder, line, col, length int, text string, paint func(code, text string) string) {
	if text == "" {
		return
	}
	text = strings.ReplaceAll(text, "\t", " ")
	col = min(max(col, 0), len(text))
	for col > 0 && col < len(text) && !utf8.RuneStart(text[col]) {
		col--
	}
	runes := []rune(text)
	at := utf8.RuneCountInString(text[:col])
	marked := 1
	if length > 1 {
		marked = max(1, utf8.RuneCountInString(text[col:min(len(text), col+length)]))
	}
	from, to := 0, len(runes)
	if len(runes) > maxShown {
		// Show some context before the column, as much of the marked
		// range as fits, and what follows.
		from = max(0, min(at-maxShown/3, len(runes)-maxShown))
		to = from + maxShown
	}
	shown := string(runes[from:to])
	caretAt := at - from
	if from > 0 {
		shown = "…" + shown
		caretAt++
	}
	if to < len(runes) {
		shown += "…"
	}
	marked = max(1, min(marked, to-at))
	fmt.Fprintf(b, "\n%s %s\n%s ", paint(ansiDim, fmt.Sprintf("%6d │", line)), shown, paint(ansiDim, "       │"))
	b.WriteString(strings.Repeat(" ", caretAt))
	if at >= len(runes) {
		marked = 1
	}
	b.WriteString(paint(ansiGreen, "^"+strings.Repeat("~", marked-1)))
}

// Unwrap returns the error's kind.
func (e *SourceError) Unwrap() error { return e.Kind }

// Errors is the list of problems one stage found.
type Errors []*SourceError

// Error joins the problems, one paragraph each.
func (es Errors) Error() string { return es.Format(Style{}) }

// Format joins the problems as Error does, in colour if s says so.
func (es Errors) Format(style Style) string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Format(style)
	}
	s := strings.Join(parts, "\n\n")
	if len(es) > 1 {
		s += fmt.Sprintf("\n\n%d errors", len(es))
	}
	return s
}

// Unwrap returns the individual problems.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}
