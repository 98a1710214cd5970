package compiler

import (
	"bufio"
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/mod/module"
)

// goFileSpec names what a Go file of the program (-c) declares.
type goFileSpec struct {
	// pkg is the package clause's name; name the jsrt.Program variable's.
	pkg, name string
}

// checkGoFile checks the names a Go file of the program is written with,
// filling in the defaults: the variable is Program; the package is that
// of the Go files already beside file, else the name of file's directory.
func checkGoFile(file, name, pkg string) (goFileSpec, error) {
	if !strings.HasSuffix(file, ".go") || strings.HasSuffix(file, "_test.go") {
		return goFileSpec{}, badOption("-c %s: the Go file's name must end in .go (and not _test.go)", file)
	}
	if name == "" {
		name = "Program"
	}
	if !token.IsIdentifier(name) || !token.IsExported(name) {
		return goFileSpec{}, badOption("-N %q: the variable's name must be an exported Go identifier, such as Program", name)
	}
	if pkg == "" {
		pkg = packageOfDir(filepath.Dir(file), filepath.Base(file))
	}
	if pkg == "" {
		pkg = strings.NewReplacer("-", "_", ".", "_").Replace(filepath.Base(filepath.Dir(file)))
		if !token.IsIdentifier(pkg) {
			return goFileSpec{}, badOption("-c %s: the directory's name %q is no Go package name; give one with --package", file, filepath.Base(filepath.Dir(file)))
		}
	}
	if !token.IsIdentifier(pkg) || pkg == "_" {
		return goFileSpec{}, badOption("--package %q is not a Go package name", pkg)
	}
	return goFileSpec{pkg: pkg, name: name}, nil
}

// packageOfDir returns the package name of the first Go file in dir (not
// a test, not skip), or "" if there is none.
func packageOfDir(dir, skip string) string {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || n == skip || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") {
			continue
		}
		if pkg := packageClause(filepath.Join(dir, n)); pkg != "" {
			return pkg
		}
	}
	return ""
}

// packageClause returns the name in a Go file's package clause, reading
// no further than needed.
func packageClause(file string) string {
	f, err := os.Open(file)
	if err != nil {
		return ""
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	inComment := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case inComment:
			inComment = !strings.Contains(line, "*/")
		case strings.HasPrefix(line, "/*"):
			inComment = !strings.Contains(line, "*/")
		case strings.HasPrefix(line, "package "):
			name := strings.Fields(strings.TrimPrefix(line, "package "))
			if len(name) > 0 && token.IsIdentifier(name[0]) {
				return name[0]
			}
			return ""
		}
	}
	return ""
}

// writeGoFile writes the program as one Go file (-c): a jsrt.Program
// variable holding the script and its source map as string literals, and
// blank imports of the native modules linked, so that the package that
// holds it needs nothing else to run the program.
func writeGoFile(file string, spec goFileSpec, p program) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s from %s; DO NOT EDIT.\n\n", generatedMark, strconv.Quote(filepath.ToSlash(p.entry)))
	fmt.Fprintf(&b, "package %s\n\nimport (\n\t\"github.com/gojsc/gojsc/jsrt\"\n", spec.pkg)
	var names []string
	for _, l := range p.links.links {
		if err := module.CheckImportPath(l.Import); err != nil {
			return fmt.Errorf("native module %s: %w", l.Name, err)
		}
		fmt.Fprintf(&b, "\t_ %s\n", strconv.Quote(l.Import))
		if l.Name != "" {
			names = append(names, strconv.Quote(l.Name))
		}
	}
	fmt.Fprintf(&b, ")\n\n// %s is the program bundled from %s. Run it with\n//\n//\tstatus, err := jsrt.Run(ctx, %s, jsrt.Config{Args: os.Args, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})\n",
		spec.name, filepath.ToSlash(p.entry), spec.name)
	fmt.Fprintf(&b, "var %s = jsrt.Program{\n", spec.name)
	fmt.Fprintf(&b, "\tSource: %s,\n", strconv.Quote(p.bundle.Script))
	fmt.Fprintf(&b, "\tSourceMap: []byte(%s),\n", strconv.Quote(string(p.bundle.SourceMap)))
	fmt.Fprintf(&b, "\tMaxStackDepth: %d,\n\tMemoryLimit: %d,\n", p.stackSize, p.memoryLimit)
	fmt.Fprintf(&b, "\tModules: []string{%s},\n", strings.Join(names, ", "))
	if len(p.bundle.Preload) > 0 {
		var pre []string
		for _, m := range p.bundle.Preload {
			pre = append(pre, strconv.Quote(m))
		}
		fmt.Fprintf(&b, "\tPreload: []string{%s},\n", strings.Join(pre, ", "))
	}
	if len(p.dynamic) > 0 {
		b.WriteString("\tDynamic: []jsrt.Script{\n")
		for _, d := range p.dynamic {
			fmt.Fprintf(&b, "\t\t{Name: %s, Source: %s, SourceMap: []byte(%s), Module: %t},\n",
				strconv.Quote(d.Entry), strconv.Quote(d.Script), strconv.Quote(string(d.SourceMap)), d.Module)
		}
		b.WriteString("\t},\n")
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("formatting the Go file: %w", err)
	}
	return writeAtomic(file, "the Go file", src)
}
