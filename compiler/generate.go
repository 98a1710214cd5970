package compiler

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/gojsc/gojsc"
	"github.com/gojsc/gojsc/templates"
)

// appModule is the module path of every generated program.
const appModule = "gojsc.local/app"

// runtimeDir is where the runtime's source is written in the generated package.
const runtimeDir = "gojsc"

// A link is a native module resolved to the Go package that provides it.
type link struct {
	Name    string
	Import  string // Go import path of the package that registers Name
	Module  string // Go module path, for go.mod
	Version string // required version; empty for built-in modules
	Dir     string // local module root for a replace, if any
	// implicit marks a default module (std, os) that -M did not name; it
	// is linked only if the script imports it.
	implicit bool
}

// requirement is one line of a go.mod require block.
type requirement struct{ Path, Version string }

// replacement is one go.mod replace directive.
type replacement struct{ Path, Dir string }

// Generate writes the Go package that builds the program into dir: main.go,
// go.mod, go.sum, the script and its source map. The go.mod replaces the
// runtime module with runtimeSrc, a directory holding the runtime's source
// (see RuntimeSource); if runtimeSrc is empty the source is written into
// dir, which then builds on its own anywhere.
func Generate(dir string, b *Bundle, opts *Options, links []link, runtimeSrc string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("creating the package directory: %w", err)
	}
	if runtimeSrc == "" {
		if err := writeRuntime(filepath.Join(dir, runtimeDir)); err != nil {
			return err
		}
		runtimeSrc = "./" + runtimeDir
	}
	files := map[string][]byte{
		b.Name:          []byte(b.Script),
		b.Name + ".map": b.SourceMap,
	}
	gomod, err := gojsc.Source.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("reading the embedded go.mod: %w", err)
	}
	goVersion, requires := parseGoMod(gomod)
	var imports, names []string
	var replaces []replacement
	for _, l := range links {
		imports = append(imports, l.Import)
		if l.Name != "" {
			names = append(names, l.Name)
		}
		if l.Module != "" && l.Module != gojsc.ModulePath {
			requires = append(requires, requirement{l.Module, l.Version})
		}
		if l.Dir != "" {
			replaces = append(replaces, replacement{l.Module, l.Dir})
		}
	}
	data := map[string]any{
		"Entry":      filepath.ToSlash(opts.Entry),
		"Script":     b.Name,
		"Imports":    imports,
		"Modules":    names,
		"StackSize":  opts.StackSize,
		"Module":     appModule,
		"GoVersion":  goVersion,
		"Runtime":    gojsc.ModulePath,
		"RuntimeSrc": runtimeSrc,
		"Requires":   requires,
		"Replaces":   replaces,
	}
	for out, name := range map[string]string{"main.go": "main.go.tmpl", "go.mod": "go.mod.tmpl"} {
		var buf bytes.Buffer
		t, err := template.ParseFS(templates.FS, name)
		if err != nil {
			return fmt.Errorf("parsing template %s: %w", name, err)
		}
		if err := t.Execute(&buf, data); err != nil {
			return fmt.Errorf("rendering template %s: %w", name, err)
		}
		files[out] = buf.Bytes()
	}
	if files["go.sum"], err = gojsc.Source.ReadFile("go.sum"); err != nil {
		return fmt.Errorf("reading the embedded go.sum: %w", err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			return fmt.Errorf("writing the generated package: %w", err)
		}
	}
	return nil
}

// writeRuntime writes the embedded runtime and native modules, without
// tests, as the module the generated go.mod replaces the runtime with.
func writeRuntime(dir string) error {
	return fs.WalkDir(gojsc.Source, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(p))
		if d.IsDir() {
			if d.Name() == "testdata" {
				return fs.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasSuffix(p, "_test.go") {
			return nil
		}
		data, err := gojsc.Source.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.WriteFile(target, data, 0o644); err != nil {
			return fmt.Errorf("writing the runtime source: %w", err)
		}
		return nil
	})
}

// parseGoMod returns the go version and the requirements of a go.mod as
// `go mod tidy` writes it.
func parseGoMod(data []byte) (goVersion string, reqs []requirement) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	inRequire := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "go":
			goVersion = f[1]
		case line == "require (":
			inRequire = true
		case inRequire && line == ")":
			inRequire = false
		case inRequire && len(f) == 2:
			reqs = append(reqs, requirement{f[0], f[1]})
		case len(f) == 3 && f[0] == "require":
			reqs = append(reqs, requirement{f[1], f[2]})
		}
	}
	return goVersion, reqs
}

// builtinImport is the import path of a built-in native module.
func builtinImport(name string) string {
	return path.Join(gojsc.ModulePath, "nativemods", name)
}

// builtinModules lists the native modules shipped with gojsc.
func builtinModules() []string {
	entries, _ := fs.ReadDir(gojsc.Source, "nativemods")
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

// RuntimeSource returns a directory holding the embedded runtime source,
// written once per gojsc build under the user's cache directory and reused:
// the go command then sees the same files, with the same modification
// times, build after build, and its caches hit. If no cache directory can
// be written, it returns "" and Generate writes the source into each build.
func RuntimeSource() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", nil
	}
	h := sha256.New()
	err = fs.WalkDir(gojsc.Source, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := gojsc.Source.ReadFile(p)
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		h.Write(data)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("hashing the embedded runtime source: %w", err)
	}
	dir := filepath.Join(base, "gojsc", "runtime-"+hex.EncodeToString(h.Sum(nil))[:16])
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", nil
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".runtime-*")
	if err != nil {
		return "", nil
	}
	if err := writeRuntime(tmp); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	// Written under a temporary name and renamed into place, so a tree that
	// exists is complete; a concurrent gojsc may win the rename, as good.
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(dir, "go.mod")); statErr != nil {
			return "", nil
		}
	}
	return dir, nil
}
