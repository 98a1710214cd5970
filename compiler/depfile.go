package compiler

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// A fileSet collects the files a build reads, from esbuild's goroutines.
type fileSet struct {
	mu    sync.Mutex
	files map[string]bool
}

// add records the file at the absolute path p; a nil set records nothing.
func (s *fileSet) add(p string) {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files == nil {
		s.files = map[string]bool{}
	}
	s.files[p] = true
}

// list returns the files recorded, sorted, named relative to wd when they
// are inside it.
func (s *fileSet) list(wd string) []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for p := range s.files {
		out = append(out, relName(p, wd))
	}
	slices.Sort(out)
	return out
}

// moduleSources lists the files go build may read of a local Go module:
// its go.mod and go.sum and the Go files of its packages, leaving out
// tests and what the go command ignores (testdata, vendor, directories
// starting with . or _, nested modules). It lists every package of the
// module, not only those linked: a rebuild too many is harmless, one too
// few is not.
func moduleSources(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p == root {
				return nil
			}
			if name == "testdata" || name == "vendor" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") {
				return filepath.SkipDir
			}
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		isGo := strings.HasSuffix(name, ".go") && !strings.HasSuffix(name, "_test.go") && !strings.HasPrefix(name, ".") && !strings.HasPrefix(name, "_")
		if d.Type().IsRegular() && (isGo || (filepath.Dir(p) == root && (name == "go.mod" || name == "go.sum"))) {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("listing the sources of the native module in %s: %w", root, err)
	}
	return out, nil
}

// dependencies are the files a build read, for Result.Dependencies: the
// entry first (unless read from stdin), then the other sources and
// configuration files esbuild read, then the sources of the local native
// modules.
func dependencies(c bundleConfig, bundles []*Bundle, lk linkage) ([]string, error) {
	var deps []string
	seen := map[string]bool{}
	addDep := func(name string) {
		if !seen[name] {
			seen[name] = true
			deps = append(deps, name)
		}
	}
	if c.stdin == nil {
		addDep(relName(c.abs(c.entry), c.workDir))
	}
	for _, b := range bundles {
		for _, f := range b.Read {
			addDep(f)
		}
	}
	for _, u := range lk.user {
		if u.Dir == "" {
			continue
		}
		files, err := moduleSources(u.Dir)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			addDep(relName(f, c.workDir))
		}
	}
	return deps, nil
}

// depRule is the make rule DepFile holds: target depends on deps, and
// each dependency but the first (the entry) is the target of an empty
// rule, so that make does not stop when a file the build no longer reads
// is deleted (gcc -MP).
func depRule(target string, deps []string, entryFirst bool) (string, error) {
	var b strings.Builder
	t, err := makeEscape(target)
	if err != nil {
		return "", err
	}
	b.WriteString(t + ":")
	escaped := make([]string, len(deps))
	for i, d := range deps {
		if escaped[i], err = makeEscape(d); err != nil {
			return "", err
		}
		b.WriteString(" \\\n  " + escaped[i])
	}
	b.WriteString("\n")
	for i, d := range escaped {
		if i == 0 && entryFirst {
			continue
		}
		b.WriteString("\n" + d + ":\n")
	}
	return b.String(), nil
}

// makeEscape writes a file name as make reads it in a rule, as gcc does:
// blanks and # escaped with a backslash, $ doubled.
func makeEscape(name string) (string, error) {
	if strings.ContainsAny(name, "\n\r") {
		return "", badOption("cannot write the file name %q into a make dependency file: it holds a line break", name)
	}
	var b strings.Builder
	for _, r := range name {
		switch r {
		case ' ', '\t', '#':
			b.WriteByte('\\')
		case '$':
			b.WriteByte('$')
		}
		b.WriteRune(r)
	}
	return b.String(), nil
}

// writeDepFile writes the rule for target into file through a temporary
// file and a rename, so that make never reads half of one; missing
// directories above it are created.
func writeDepFile(file, rule string) error {
	return writeAtomic(file, "the dependency file", []byte(rule))
}

// writeAtomic writes data to file through a temporary file beside it and
// a rename, so that file is never half-written; what names file in errors.
func writeAtomic(file, what string, data []byte) (err error) {
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		return fmt.Errorf("writing %s %s: %w", what, file, err)
	}
	tmp, err := createTemp(filepath.Dir(file), "."+filepath.Base(file)+".tmp-", 0o666)
	if err != nil {
		return fmt.Errorf("writing %s %s: %w", what, file, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return fmt.Errorf("writing %s %s: %w", what, file, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s %s: %w", what, file, err)
	}
	if err = os.Rename(tmp.Name(), file); err != nil {
		return fmt.Errorf("writing %s %s: %w", what, file, err)
	}
	return nil
}
