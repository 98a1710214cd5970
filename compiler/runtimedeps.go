package compiler

import (
	_ "embed"
	"slices"
)

// runtimeRequires are the modules that a program linking only gojsc's
// built-in native modules needs besides gojsc itself: those `go mod tidy`
// lists as indirect requirements of the generated go.mod. Their versions
// are gojsc's own (its go.mod). TestExportIsTidy fails when a change of
// the runtime's imports or of gojsc's dependencies makes this list, or
// runtime.sum, differ from what go mod tidy writes.
var runtimeRequires = []string{
	"github.com/dlclark/regexp2/v2",
	"github.com/dop251/goja",
	"github.com/go-sourcemap/sourcemap",
	"github.com/google/pprof",
	"golang.org/x/sys",
	"golang.org/x/text",
}

// runtimeSum holds the go.sum lines of such a program, as go mod tidy
// leaves them: a subset of gojsc's go.sum.
//
//go:embed runtime.sum
var runtimeSum []byte

// runtimeRequirements returns the requirements of a program linking only
// built-in native modules, at the versions of gojsc's go.mod, sorted by
// path as go mod tidy sorts them.
func runtimeRequirements(own []requirement) []requirement {
	var reqs []requirement
	for _, r := range own {
		if slices.Contains(runtimeRequires, r.Path) {
			reqs = append(reqs, r)
		}
	}
	slices.SortFunc(reqs, func(a, b requirement) int {
		switch {
		case a.Path < b.Path:
			return -1
		case a.Path > b.Path:
			return 1
		}
		return 0
	})
	return reqs
}
