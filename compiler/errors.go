package compiler

import (
	"errors"
	"fmt"
	"strings"
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
	Notes    []string
	// Warning marks a problem that does not stop the build.
	Warning bool
}

// Error formats the problem as esbuild does: "file:line:col: ERROR: msg",
// then the source line with a caret under the column.
func (e *SourceError) Error() string {
	var b strings.Builder
	if e.File != "" {
		fmt.Fprintf(&b, "%s:%d:%d: ", e.File, e.Line, e.Column+1)
	}
	label := "ERROR"
	if e.Warning {
		label = "WARNING"
	}
	fmt.Fprintf(&b, "%s: %s", label, e.Message)
	if e.LineText != "" {
		text := strings.ReplaceAll(e.LineText, "\t", " ")
		fmt.Fprintf(&b, "\n%6d │ %s\n       │ ", e.Line, text)
		col := min(max(e.Column, 0), len(text))
		b.WriteString(strings.Repeat(" ", col))
		b.WriteByte('^')
		if e.Length > 1 {
			b.WriteString(strings.Repeat("~", min(e.Length-1, len(text)-col)))
		}
	}
	for _, n := range e.Notes {
		b.WriteString("\n  ")
		b.WriteString(n)
	}
	return b.String()
}

// Unwrap returns the error's kind.
func (e *SourceError) Unwrap() error { return e.Kind }

// Errors is the list of problems one stage found.
type Errors []*SourceError

// Error joins the problems, one paragraph each.
func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
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
