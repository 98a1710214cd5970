package compiler

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/gojsc/gojsc"
	"golang.org/x/mod/module"
)

// basePackage is the package of gojsc every generated program links: its
// needs are in every go.mod and go.sum gojsc writes.
const basePackage = "jsrt"

// runtimeDepsText is the table of what each package of gojsc that a
// program may link needs of other Go modules, as go mod tidy computes it.
// TestExportIsTidy writes it when run with -update, and fails without
// when a change of the runtime's imports or of gojsc's dependencies makes
// it differ from what go mod tidy writes. Its format:
//
//	# a comment
//	nativemods/node/buffer          a package, by path below gojsc's module
//		require github.com/x/y      a module tidy requires, at gojsc's version
//		sum github.com/x/y v1 h1:…  a go.sum line tidy keeps
//
// Each package lists what a program linking it needs besides what
// basePackage needs (which basePackage's block lists).
//
//go:embed runtimedeps.txt
var runtimeDepsText string

// packageDeps are what a program linking one package of gojsc needs
// beyond basePackage: the paths of the modules its go.mod requires, and the
// lines of its go.sum.
type packageDeps struct {
	requires, sums []string
}

// parseRuntimeDeps reads a table in runtimeDepsText's format.
func parseRuntimeDeps(text string) (map[string]packageDeps, error) {
	deps := map[string]packageDeps{}
	pkg := ""
	for i, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !strings.HasPrefix(line, "\t") {
			pkg = strings.TrimSpace(line)
			if _, dup := deps[pkg]; dup {
				return nil, fmt.Errorf("runtimedeps.txt:%d: package %s listed twice", i+1, pkg)
			}
			deps[pkg] = packageDeps{}
			continue
		}
		kind, rest, _ := strings.Cut(strings.TrimSpace(line), " ")
		d, ok := deps[pkg]
		switch {
		case !ok:
			return nil, fmt.Errorf("runtimedeps.txt:%d: %q comes before any package", i+1, line)
		case kind == "require" && len(strings.Fields(rest)) == 1:
			d.requires = append(d.requires, rest)
		case kind == "sum" && len(strings.Fields(rest)) == 3:
			d.sums = append(d.sums, rest)
		default:
			return nil, fmt.Errorf("runtimedeps.txt:%d: %q is neither \"require PATH\" nor \"sum PATH VERSION HASH\"", i+1, line)
		}
		deps[pkg] = d
	}
	return deps, nil
}

// gojscPackage returns the path below gojsc's module of a Go import path
// of a package of gojsc (nativemods/std for
// github.com/gojsc/gojsc/nativemods/std), and whether it is one.
func gojscPackage(importPath string) (string, bool) {
	return strings.CutPrefix(importPath, gojsc.ModulePath+"/")
}

// runtimeDeps returns the go.mod requirements, at the versions of own
// (gojsc's go.mod), and the go.sum of a program linking basePackage and
// the packages pkgs of gojsc (paths below gojsc's module), both as go mod
// tidy writes them: the union of the packages' needs, sorted. A package
// the table does not list needs nothing beyond basePackage.
func runtimeDeps(pkgs []string, own []requirement) ([]requirement, []byte, error) {
	table, err := parseRuntimeDeps(runtimeDepsText)
	if err != nil {
		return nil, nil, err
	}
	var paths, sums []string
	for _, p := range append([]string{basePackage}, pkgs...) {
		d := table[p]
		paths = append(paths, d.requires...)
		sums = append(sums, d.sums...)
	}
	// A module gojsc no longer requires is one no package of its needs any
	// more: the table is stale there (TestRuntimeDepsAreGojscs says so),
	// and the module is left out.
	var reqs []requirement
	for _, r := range own {
		if slices.Contains(paths, r.Path) {
			reqs = append(reqs, r)
		}
	}
	slices.SortFunc(reqs, func(a, b requirement) int { return strings.Compare(a.Path, b.Path) })
	return reqs, []byte(sortSums(sums)), nil
}

// sortSums returns go.sum lines without duplicates, sorted as the go
// command sorts them (by module path, then version by semver, then the
// go.mod line after the module's own), each ending with a newline.
func sortSums(lines []string) string {
	byKey := map[module.Version]string{}
	var keys []module.Version
	for _, l := range lines {
		f := strings.Fields(l)
		k := module.Version{Path: f[0], Version: f[1]}
		if _, dup := byKey[k]; !dup {
			keys = append(keys, k)
		}
		byKey[k] = l
	}
	module.Sort(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(byKey[k] + "\n")
	}
	return b.String()
}
