package compiler

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/gojsc/gojsc"
	"github.com/gojsc/gojsc/templates"
	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
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

// A program is what the Generate stage writes: the bundle, the native
// modules linked and the settings main.go compiles in.
type program struct {
	bundle *Bundle
	// dynamic are the -D modules' bundles.
	dynamic []*Bundle
	links   linkage
	// entry is the entry script as given, named in main.go's header.
	entry     string
	stackSize int
	// memoryLimit is in bytes; 0: the runtime's default.
	memoryLimit int64
	// embeds are the files of --embed.
	embeds []embedFile
}

// mainData is what main.go.tmpl reads.
type mainData struct {
	// Entry is the entry script, named in the header.
	Entry string
	// Script is the embedded script's file name; its source map is Script+".map".
	Script string
	// Imports are the Go packages of the native modules linked.
	Imports []string
	// Modules are the names of the native modules linked.
	Modules []string
	// Preload are the modules loaded before the script runs (Bundle.Preload).
	Preload []string
	// Dynamic are the -D modules embedded besides Script.
	Dynamic []dynamicData
	// Embed is the directory of the embedded files, "" without any.
	Embed     string
	StackSize int
	MemLimit  int64
}

// dynamicData is one -D module in main.go.tmpl.
type dynamicData struct {
	// Name is the module's path as scripts name it; File is the embedded
	// script's file name, its source map File+".map".
	Name, File string
	Module     bool
}

// goModData is what go.mod.tmpl reads.
type goModData struct {
	// Module is the generated module's path.
	Module    string
	GoVersion string
	// Runtime is gojsc's module path, replaced by RuntimeSrc, a directory.
	Runtime, RuntimeSrc string
	// Direct are the user's modules, required besides Runtime; Indirect
	// the modules those need.
	Direct, Indirect []requirement
	Replaces         []replacement
}

// generate is the Generate stage: it writes the Go package that builds the
// program into dir: main.go, go.mod, go.sum, the script and its source map. The go.mod replaces the
// runtime module with ./gojsc: a link to runtimeSrc, a directory holding
// the runtime's source (see runtimeSource), or, if runtimeSrc is empty, a
// copy of the source, so that dir builds on its own anywhere. Local native
// modules are linked the same way under ./gojsc-mods. Relative paths keep
// the builder's directories out of the executable.
func generate(dir string, p program, runtimeSrc string) error {
	b := p.bundle
	if err := prepareDir(dir); err != nil {
		return err
	}
	rt := filepath.Join(dir, runtimeDir)
	if runtimeSrc == "" {
		if err := writeRuntime(rt); err != nil {
			return err
		}
	} else if err := os.Symlink(runtimeSrc, rt); err != nil {
		return fmt.Errorf("linking the runtime source into the package: %w", err)
	}
	if err := copyEmbeds(dir, p.embeds); err != nil {
		return err
	}
	files := map[string][]byte{
		b.Name:          []byte(b.Script),
		b.Name + ".map": b.SourceMap,
	}
	var dynamic []dynamicData
	for _, d := range p.dynamic {
		files[d.Name] = []byte(d.Script)
		files[d.Name+".map"] = d.SourceMap
		dynamic = append(dynamic, dynamicData{Name: d.Entry, File: d.Name, Module: d.Module})
	}
	gomod, err := gojsc.Source.ReadFile("go.mod")
	if err != nil {
		return fmt.Errorf("reading the embedded go.mod: %w", err)
	}
	own := parseGoMod(gomod)
	var direct []requirement
	var imports, names, pkgs []string
	var replaces []replacement
	for _, l := range p.links.links {
		// Checked where each link is made; checked again here, where the
		// values are written into Go source and go.mod.
		if err := module.CheckImportPath(l.Import); err != nil {
			return fmt.Errorf("native module %s: %w", l.Name, err)
		}
		if l.Module != "" {
			if err := module.Check(l.Module, l.Version); err != nil {
				return fmt.Errorf("native module %s: %w", l.Name, err)
			}
		}
		imports = append(imports, l.Import)
		if p, ok := gojscPackage(l.Import); ok {
			pkgs = append(pkgs, p)
		}
		if l.Name != "" {
			names = append(names, l.Name)
		}
		if l.Module != "" && l.Module != gojsc.ModulePath {
			direct = append(direct, requirement{l.Module, l.Version})
		}
		if l.Dir != "" {
			target := l.Dir
			if runtimeSrc != "" {
				target = "./gojsc-mods/" + strconv.Itoa(len(replaces))
				if err := os.MkdirAll(filepath.Join(dir, "gojsc-mods"), 0o755); err != nil {
					return fmt.Errorf("writing the generated package: %w", err)
				}
				if err := os.Symlink(l.Dir, filepath.Join(dir, filepath.FromSlash(target))); err != nil {
					return fmt.Errorf("linking native module %s into the package: %w", l.Name, err)
				}
			}
			replaces = append(replaces, replacement{l.Module, target})
		}
	}
	files["main.go"], err = render("main.go.tmpl", mainData{
		Entry:     filepath.ToSlash(p.entry),
		Script:    b.Name,
		Imports:   imports,
		Modules:   names,
		Preload:   b.Preload,
		Dynamic:   dynamic,
		Embed:     embedName(p.embeds),
		StackSize: p.stackSize,
		MemLimit:  p.memoryLimit,
	})
	if err != nil {
		return err
	}
	// A program of the built-in modules gets exactly the requirements
	// and sums go mod tidy would leave for the packages it links, so that
	// the -e package builds with plain go build and stays as it is under
	// go mod tidy. The user's modules have requirements of their own,
	// which gojsc does not compute: their program gets all of gojsc's,
	// which go build -mod=mod completes (and go mod tidy trims).
	var indirect []requirement
	if len(direct) > 0 {
		indirect = own.requires
		if files["go.sum"], err = gojsc.Source.ReadFile("go.sum"); err != nil {
			return fmt.Errorf("reading the embedded go.sum: %w", err)
		}
	} else if indirect, files["go.sum"], err = runtimeDeps(pkgs, own.requires); err != nil {
		return err
	}
	files["go.mod"], err = render("go.mod.tmpl", goModData{
		Module:     appModule,
		GoVersion:  own.goVersion,
		Runtime:    gojsc.ModulePath,
		RuntimeSrc: "./" + runtimeDir,
		Direct:     direct,
		Indirect:   indirect,
		Replaces:   replaces,
	})
	if err != nil {
		return err
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			return fmt.Errorf("writing the generated package: %w", err)
		}
	}
	return writeSums(dir, p.links.sums)
}

// render executes the template name of package templates with data.
func render(name string, data any) ([]byte, error) {
	t, err := template.New(name).Funcs(template.FuncMap{"quote": modfile.AutoQuote}).ParseFS(templates.FS, name)
	if err != nil {
		return nil, fmt.Errorf("parsing template %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("rendering template %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// generatedMark starts every main.go gojsc writes.
const generatedMark = "// Code generated by gojsc"

// prepareDir makes dir ready for a generated package: it may be new, empty,
// or hold a package gojsc generated before (whose runtime copy and module
// links go, so nothing stale stays); anything else is the user's and is
// left alone with an error.
func prepareDir(dir string) error {
	exists, err := checkPackageDir(dir)
	if err != nil {
		return err
	}
	if !exists {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("creating the package directory: %w", err)
		}
		return nil
	}
	return clearPackageDir(dir)
}

// checkPackageDir reports whether dir exists, and fails unless it is
// missing, empty or holds a package gojsc generated.
func checkPackageDir(dir string) (exists bool, err error) {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case err != nil:
		return false, fmt.Errorf("reading the package directory: %w", err)
	case len(entries) == 0:
		return true, nil
	}
	main, err := os.ReadFile(filepath.Join(dir, "main.go"))
	if err != nil || !bytes.HasPrefix(main, []byte(generatedMark)) {
		return false, badOption("%s is not empty and holds no package gojsc generated; give a new or empty directory", dir)
	}
	return true, nil
}

// clearPackageDir removes what a generated package holds besides the files
// a new one overwrites.
func clearPackageDir(dir string) error {
	for _, name := range []string{runtimeDir, "gojsc-mods", embedDir} {
		if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
			return fmt.Errorf("clearing the package directory: %w", err)
		}
	}
	return nil
}

// export writes a generated package into dir (-e) so that a failure
// midway, a full disk say, leaves nothing that blocks the next run: write
// fills a temporary directory beside dir, which then becomes dir by a
// rename, or, if dir exists (it may be the user's working directory), has
// its entries moved in, main.go first, so that even a half-moved package
// is one gojsc recognizes and replaces.
func export(dir string, write func(tmp string) error) (err error) {
	exists, err := checkPackageDir(dir)
	if err != nil {
		return err
	}
	tmp, err := createTempDir(filepath.Dir(dir), "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fmt.Errorf("creating the package directory: %w", err)
	}
	defer os.RemoveAll(tmp)
	if err := write(tmp); err != nil {
		return err
	}
	if !exists {
		if err := os.Rename(tmp, dir); err != nil {
			return fmt.Errorf("writing the package directory: %w", err)
		}
		return nil
	}
	// Checked again, now that the package is ready.
	if _, err := checkPackageDir(dir); err != nil {
		return err
	}
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return fmt.Errorf("writing the package directory: %w", err)
	}
	if i := slices.IndexFunc(entries, func(e fs.DirEntry) bool { return e.Name() == "main.go" }); i > 0 {
		entries[0], entries[i] = entries[i], entries[0]
	}
	for i, e := range entries {
		if i == 1 {
			if err := clearPackageDir(dir); err != nil {
				return err
			}
		}
		if err := os.Rename(filepath.Join(tmp, e.Name()), filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("writing the package directory: %w", err)
		}
	}
	return nil
}

// createTempDir creates a new directory in dir whose name starts with
// prefix, with mode 0755 less the umask, as os.MkdirAll would.
func createTempDir(dir, prefix string) (string, error) {
	for range 100 {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 36))
		err := os.Mkdir(name, 0o755)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return name, err
	}
	return "", fmt.Errorf("creating a temporary directory in %s: too many name collisions", dir)
}

// writeRuntime writes the embedded runtime and native modules, without
// tests, as the module the generated go.mod replaces the runtime with.
func writeRuntime(dir string) error {
	for _, f := range runtimeFiles() {
		target := filepath.Join(dir, filepath.FromSlash(f.path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return fmt.Errorf("writing the runtime source: %w", err)
		}
		if err := os.WriteFile(target, f.data, 0o644); err != nil {
			return fmt.Errorf("writing the runtime source: %w", err)
		}
	}
	return nil
}

// runtimeFile is one file of the runtime source a build uses.
type runtimeFile struct {
	path string // slash-separated, relative to the module root
	data []byte
}

// runtimeFiles lists the embedded runtime source a build uses: all of it
// but tests and test data.
func runtimeFiles() []runtimeFile {
	var files []runtimeFile
	fs.WalkDir(gojsc.Source, ".", func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == "testdata":
			return fs.SkipDir
		case d.IsDir() || strings.HasSuffix(p, "_test.go"):
			return nil
		}
		data, err := gojsc.Source.ReadFile(p)
		if err != nil {
			return err
		}
		files = append(files, runtimeFile{p, data})
		return nil
	})
	return files
}

// goMod is what gojsc reads of a go.mod.
type goMod struct {
	module, goVersion string
	requires          []requirement
}

// parseGoMod reads the module path, go version and requirements of a
// go.mod as `go mod tidy` writes it.
func parseGoMod(data []byte) (m goMod) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	inRequire := false
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "//"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "module":
			m.module = strings.Trim(f[1], `"`)
		case len(f) == 2 && f[0] == "go":
			m.goVersion = f[1]
		case line == "require (":
			inRequire = true
		case inRequire && line == ")":
			inRequire = false
		case inRequire && len(f) == 2:
			m.requires = append(m.requires, requirement{f[0], f[1]})
		case len(f) == 3 && f[0] == "require":
			m.requires = append(m.requires, requirement{f[1], f[2]})
		}
	}
	return m
}

// Versions returns the versions of the modules gojsc pins every build to,
// by module path (github.com/dop251/goja, github.com/evanw/esbuild, ...).
func Versions() map[string]string {
	data, err := gojsc.Source.ReadFile("go.mod")
	if err != nil {
		return nil
	}
	v := map[string]string{}
	for _, r := range parseGoMod(data).requires {
		v[r.Path] = r.Version
	}
	return v
}

// builtinImport is the import path of a built-in native module: "std" is
// nativemods/std, "node:fs/promises" nativemods/node/fs/promises.
func builtinImport(name string) string {
	return path.Join(gojsc.ModulePath, "nativemods", strings.Replace(name, ":", "/", 1))
}

// builtinModules lists the native modules shipped with gojsc that -M
// links: one per directory of nativemods, but for the families of
// platformPrefixes (see platformModules).
func builtinModules() []string {
	entries, _ := fs.ReadDir(gojsc.Source, "nativemods")
	var names []string
	for _, e := range entries {
		// nativemods/internal holds what the modules share; it is no module.
		if e.IsDir() && e.Name() != "internal" && !slices.Contains(platformPrefixes, e.Name()) {
			names = append(names, e.Name())
		}
	}
	return names
}

// platformPrefixes are the families of native modules that implement
// another platform's APIs: Node's modules (node:path, in package
// nativemods/node/path) and the Web's globals (web:fetch, in
// nativemods/web/fetch). They are linked when the bundle imports them or
// uses a global they provide, never by -M.
var platformPrefixes = []string{"node", "web"}

// platformModules lists the modules of platformPrefixes shipped with gojsc:
// "node:" or "web:" and the path of each package below nativemods/node or
// nativemods/web, less the internal packages they share, sorted.
func platformModules() []string {
	var names []string
	for _, prefix := range platformPrefixes {
		root := "nativemods/" + prefix
		_ = fs.WalkDir(gojsc.Source, root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() || p == root {
				return nil
			}
			if d.Name() == "internal" || d.Name() == "testdata" {
				return fs.SkipDir
			}
			if hasGoFiles(p) {
				names = append(names, prefix+":"+strings.TrimPrefix(p, root+"/"))
			}
			return nil
		})
	}
	slices.Sort(names)
	return names
}

// hasGoFiles reports whether an embedded directory holds a Go package:
// a .go file other than a test.
func hasGoFiles(dir string) bool {
	entries, _ := fs.ReadDir(gojsc.Source, dir)
	for _, e := range entries {
		if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			return true
		}
	}
	return false
}

// runtimeSource returns a directory holding the embedded runtime source,
// written once per gojsc build under the user's cache directory and reused:
// the go command then sees the same files, with the same modification
// times, build after build, and its caches hit. The tree is checked against
// the embedded source before each use, and replaced if a file is missing,
// changed or added, so that a damaged cache neither breaks builds nor goes
// into them. If no cache directory can be written, it returns "" and
// Generate writes the source into each build.
func runtimeSource() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", nil
	}
	files := runtimeFiles()
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%d\x00", f.path, len(f.data))
		h.Write(f.data)
	}
	dir := filepath.Join(base, "gojsc", "runtime-"+hex.EncodeToString(h.Sum(nil))[:16])
	if sameRuntime(dir, files) {
		return dir, nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return "", nil
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), ".runtime-*")
	if err != nil {
		return "", nil
	}
	defer os.RemoveAll(tmp)
	if err := writeRuntime(tmp); err != nil {
		return "", err
	}
	// Written under a temporary name and renamed into place, so a tree that
	// exists is complete; a concurrent gojsc may win the rename, as good.
	if err := os.Rename(tmp, dir); err != nil {
		// A damaged tree is in the way: moved aside (unless a concurrent
		// gojsc has just repaired it), then replaced.
		if sameRuntime(dir, files) {
			return dir, nil
		}
		stale, err := os.MkdirTemp(filepath.Dir(dir), ".runtime-stale-*")
		if err != nil {
			return "", nil
		}
		defer os.RemoveAll(stale)
		if err := os.Rename(dir, filepath.Join(stale, "tree")); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", nil
		}
		if err := os.Rename(tmp, dir); err != nil && !sameRuntime(dir, files) {
			return "", nil
		}
	}
	pruneRuntimes(filepath.Dir(dir), dir)
	return dir, nil
}

// sameRuntime reports whether dir holds exactly files: each with the same
// content, no other file, no symbolic link.
func sameRuntime(dir string, files []runtimeFile) bool {
	want := make(map[string][]byte, len(files))
	for _, f := range files {
		want[f.path] = f.data
	}
	seen := 0
	buf := make([]byte, 0, 64<<10)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, ok := want[filepath.ToSlash(rel)]
		if !ok || !d.Type().IsRegular() {
			return errRuntimeChanged
		}
		if buf, err = readInto(buf, p, len(data)); err != nil || !bytes.Equal(buf, data) {
			return errRuntimeChanged
		}
		seen++
		return nil
	})
	return err == nil && seen == len(want)
}

var errRuntimeChanged = errors.New("the cached runtime source differs from gojsc's")

// readInto reads file into buf, if it has size bytes; one byte more is
// asked for, so that a longer file differs.
func readInto(buf []byte, file string, size int) ([]byte, error) {
	f, err := os.Open(file)
	if err != nil {
		return buf, err
	}
	defer f.Close()
	buf = slices.Grow(buf[:0], size+1)[:size+1]
	n, err := io.ReadFull(f, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:n], err
}

// pruneRuntimes removes the runtime trees of other gojsc builds that were
// written more than a week ago, so upgrades do not pile them up, and the
// temporary trees of builds that were killed.
func pruneRuntimes(parent, keep string) {
	entries, _ := os.ReadDir(parent)
	for _, e := range entries {
		p := filepath.Join(parent, e.Name())
		age := 7 * 24 * time.Hour
		switch {
		case p == keep:
			continue
		case strings.HasPrefix(e.Name(), ".runtime-"):
			age = time.Hour
		case !strings.HasPrefix(e.Name(), "runtime-"):
			continue
		}
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > age {
			os.RemoveAll(p)
		}
	}
}
