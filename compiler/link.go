package compiler

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/gojsc/gojsc"
	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"
)

// placeholderVersion is the version required of a module that a replace
// directive points at a local directory: any version would do, this one
// says that none is meant.
const placeholderVersion = "v0.0.0-00010101000000-000000000000"

// placeholderFor is placeholderVersion with the major version a module
// path asks for: example.com/m/v2 requires a v2 version.
func placeholderFor(modPath string) string {
	_, major, _ := module.SplitPathVersion(modPath)
	if m := module.PathMajorPrefix(major); m != "" && m != "v0" {
		return m + strings.TrimPrefix(placeholderVersion, "v0")
	}
	return placeholderVersion
}

// A linkRequest is a native module the options ask to link.
type linkRequest struct {
	ModuleSpec
	// implicit marks a default module (std, os) that -M did not name; it
	// is linked only if the script imports it.
	implicit bool
}

// linkRequests turns the default modules and opts.Modules into the native
// modules to link, checking all that needs neither files nor network: a
// name linked twice, an unknown built-in module, a published module's path
// and version. A user's package linked under a default module's name
// replaces the default.
func linkRequests(opts Options) ([]linkRequest, error) {
	var specs []ModuleSpec
	if !opts.NoStd {
		specs = append(specs, ModuleSpec{Name: "std"})
	}
	if !opts.NoOS {
		specs = append(specs, ModuleSpec{Name: "os"})
	}
	builtins := builtinModules()
	var reqs []linkRequest
	byName := map[string]ModuleSpec{}
	defaults := map[string]bool{}
	for _, s := range specs {
		defaults[s.Name] = true
	}
	for _, s := range append(specs, opts.Modules...) {
		if prev, ok := byName[s.Name]; ok {
			switch {
			case prev == s:
				continue
			case prev.Path == "" && defaults[s.Name]:
				// A user's package replaces the default module of that name.
				reqs = slices.DeleteFunc(reqs, func(r linkRequest) bool { return r.Name == s.Name })
				delete(defaults, s.Name)
			default:
				return nil, badOption("native module %q is linked twice: -M %s and -M %s", s.Name, specString(prev), specString(s))
			}
		}
		byName[s.Name] = s
		switch {
		case s.Path == "":
			if !slices.Contains(builtins, s.Name) {
				return nil, badOption("unknown native module %q; built-in modules: %s (or link your own Go package with -M %s=./dir)",
					s.Name, strings.Join(builtins, ", "), s.Name)
			}
			requested := slices.ContainsFunc(opts.Modules, func(m ModuleSpec) bool { return m.Name == s.Name })
			reqs = append(reqs, linkRequest{ModuleSpec: s, implicit: defaults[s.Name] && !requested})
			continue
		case isPublished(s):
			if err := checkPublished(s); err != nil {
				return nil, err
			}
		}
		reqs = append(reqs, linkRequest{ModuleSpec: s})
	}
	return reqs, nil
}

// isPublished reports whether a spec names a published Go module rather
// than a built-in module or a directory.
func isPublished(s ModuleSpec) bool {
	return s.Path != "" && !strings.HasPrefix(s.Path, ".") && !filepath.IsAbs(s.Path)
}

// moduleNames returns the names of the native modules that exist (the
// built-in ones and those linked) and of those linked, as the bundle stage
// takes them.
func moduleNames(reqs []linkRequest) (known, linked []string) {
	for _, r := range reqs {
		linked = append(linked, r.Name)
	}
	known = slices.Clone(linked)
	for _, n := range append(builtinModules(), platformModules()...) {
		if !slices.Contains(known, n) {
			known = append(known, n)
		}
	}
	slices.Sort(known)
	return known, linked
}

// A linkage is the native modules of one build, the Link stage's output:
// the links Generate writes into main.go and go.mod, plus what linking the
// user's modules needs on top of that.
type linkage struct {
	links []link
	// user are the links to users' Go packages, checked at build time.
	user []userLink
	// sums are go.sum lines for the user's modules and their dependencies,
	// so that a build needs neither the checksum database nor network when
	// the module cache has the sources.
	sums []string
}

// userLink is a -M name=path link and how the user wrote it, for messages.
type userLink struct {
	link
	spec string
}

// resolveModules resolves every native module the options ask for to the
// Go package that provides it, before the bundle says which default
// modules are used: a -M that cannot be linked fails the build before the
// script is looked at.
func resolveModules(ctx context.Context, cfg *config) (linkage, error) {
	var lk linkage
	modules := map[string]bool{} // module paths already required
	for _, r := range cfg.links {
		if r.Path == "" {
			lk.links = append(lk.links, link{Name: r.Name, Import: builtinImport(r.Name), implicit: r.implicit})
			continue
		}
		l, sums, err := resolveUserModule(ctx, cfg, r.ModuleSpec)
		if err != nil {
			return linkage{}, err
		}
		lk.user = append(lk.user, userLink{l, specString(r.ModuleSpec)})
		lk.sums = append(lk.sums, sums...)
		if modules[l.Module] {
			// Another package of a module already required.
			l.Module, l.Dir = "", ""
		}
		modules[l.Module] = true
		lk.links = append(lk.links, l)
	}
	return lk, nil
}

// linkModules is the Link stage: of the resolved modules, it keeps those
// the bundle needs. Every module -M asked for is linked; the default
// modules only when the script imports them (hello world links neither std
// nor os), and std's HTTP client only when the script mentions urlGet,
// since an HTTP and TLS stack adds megabytes. Node's modules and the Web's
// (platformModules) are linked when the bundle imports them, which it does
// where it uses a global they provide too (see globalModules).
func linkModules(resolved linkage, bundles ...*Bundle) linkage {
	lk := resolved
	lk.links = nil
	imports := func(name string) bool {
		return slices.ContainsFunc(bundles, func(b *Bundle) bool { return slices.Contains(b.Imports, name) })
	}
	mentions := func(s string) bool {
		return slices.ContainsFunc(bundles, func(b *Bundle) bool { return strings.Contains(b.Script, s) })
	}
	for _, l := range resolved.links {
		if l.implicit && !imports(l.Name) {
			continue
		}
		lk.links = append(lk.links, l)
		if l.Name == "std" && l.Module == "" && mentions("urlGet") {
			lk.links = append(lk.links, link{Import: builtinImport("std/urlget")})
		}
	}
	var platform []string
	for _, b := range bundles {
		for _, name := range b.Imports {
			if isPlatformModule(name) && !slices.Contains(platform, name) &&
				!slices.ContainsFunc(lk.links, func(l link) bool { return l.Name == name }) {
				platform = append(platform, name)
			}
		}
	}
	platform = withRequired(platform, func(name string) bool {
		return isPlatformModule(name) && !slices.ContainsFunc(lk.links, func(l link) bool { return l.Name == name })
	})
	slices.Sort(platform)
	for _, name := range platform {
		lk.links = append(lk.links, link{Name: name, Import: builtinImport(name)})
	}
	return lk
}

// names are the names of the native modules linked.
func (lk linkage) names() []string {
	var names []string
	for _, l := range lk.links {
		if l.Name != "" {
			names = append(names, l.Name)
		}
	}
	return names
}

// specString is a ModuleSpec as written after -M.
func specString(s ModuleSpec) string {
	switch {
	case s.Path == "":
		return s.Name
	case s.Version != "":
		return s.Name + "=" + s.Path + "@" + s.Version
	}
	return s.Name + "=" + s.Path
}

// resolveUserModule finds the Go package behind -M name=path and the
// go.sum lines its build needs.
func resolveUserModule(ctx context.Context, cfg *config, s ModuleSpec) (link, []string, error) {
	if isPublished(s) {
		return resolvePublished(ctx, cfg, s)
	}
	flag := specString(s)
	dir := cfg.bundle.abs(s.Path)
	st, err := os.Stat(dir)
	if err != nil {
		return link{}, nil, badOption("-M %s: directory %s not found", flag, dir)
	}
	if !st.IsDir() {
		return link{}, nil, badOption("-M %s: %s is a file; give the directory of a Go package", flag, dir)
	}
	root := dir
	for {
		if _, err := os.Stat(filepath.Join(root, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return link{}, nil, badOption("-M %s: no go.mod in %s or above it; a native module is a Go module (run `go mod init` there)", flag, dir)
		}
		root = parent
	}
	gomod := filepath.Join(root, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		return link{}, nil, fmt.Errorf("-M %s: reading %s: %w", flag, gomod, err)
	}
	modPath := parseGoMod(data).module
	if modPath == "" {
		return link{}, nil, badOption("-M %s: %s has no module line", flag, gomod)
	}
	if err := module.CheckPath(modPath); err != nil {
		return link{}, nil, badOption("-M %s: %s names an invalid module path %q: %v", flag, gomod, modPath, errors.Unwrap(err))
	}
	if modPath == gojsc.ModulePath {
		return link{}, nil, badOption("-M %s: %s is part of gojsc itself; link a built-in module with -M %s", flag, dir, s.Name)
	}
	rel, _ := filepath.Rel(root, dir)
	imp := modPath
	if rel != "." {
		imp = modPath + "/" + filepath.ToSlash(rel)
		if err := module.CheckImportPath(imp); err != nil {
			return link{}, nil, badOption("-M %s: the package's import path %q is invalid: %v", flag, imp, errors.Unwrap(err))
		}
	}
	sums, err := readSums(filepath.Join(root, "go.sum"))
	if err != nil {
		return link{}, nil, fmt.Errorf("-M %s: %w", flag, err)
	}
	return link{Name: s.Name, Import: imp, Module: modPath, Version: placeholderFor(modPath), Dir: root}, sums, nil
}

// readSums returns the lines of a go.sum; a missing file has none.
func readSums(file string) ([]string, error) {
	data, err := os.ReadFile(file)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", file, err)
	}
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			lines = append(lines, line)
		}
	}
	return lines, nil
}

// downloaded is what `go mod download -json` reports about one module.
type downloaded struct {
	Path, Version, Dir, Sum, GoModSum, Error string
}

// resolvePublished finds a published module in the module cache, or
// downloads it. A version already in the cache needs no network; "latest"
// or a version not yet downloaded does. The import path may name a package
// below the module's root, so shorter prefixes are tried as module paths.
func resolvePublished(ctx context.Context, cfg *config, s ModuleSpec) (link, []string, error) {
	flag := specString(s)
	goPath, err := goTool(ctx, cfg.goCommand)
	if err != nil {
		return link{}, nil, err
	}
	version := s.Version
	if version == "" {
		version = "latest"
	}
	var first error
	for mod := s.Path; mod != "." && mod != "/" && strings.Contains(mod, "/"); mod = path.Dir(mod) {
		d, err := goModDownload(ctx, goCmd{path: goPath}, mod, version)
		if err != nil {
			if first == nil {
				first = err
			}
			continue
		}
		sums, err := readSums(filepath.Join(d.Dir, "go.sum"))
		if err != nil {
			return link{}, nil, fmt.Errorf("-M %s: %w", flag, err)
		}
		// What the go command reported goes into go.mod and go.sum.
		if err := module.Check(d.Path, d.Version); err != nil {
			return link{}, nil, fmt.Errorf("-M %s: go mod download reported %w", flag, err)
		}
		if strings.ContainsAny(d.Sum+d.GoModSum, " \t\r\n") {
			return link{}, nil, fmt.Errorf("-M %s: go mod download reported a malformed checksum %q", flag, d.Sum)
		}
		sums = append(sums, d.Path+" "+d.Version+" "+d.Sum, d.Path+" "+d.Version+"/go.mod "+d.GoModSum)
		return link{Name: s.Name, Import: s.Path, Module: d.Path, Version: d.Version}, sums, nil
	}
	return link{}, nil, fmt.Errorf("%w: -M %s: %v\n  Linking a published module needs it in the Go module cache or network access to the module proxy: run `go mod download %s@%s` where the network is reachable, or link a local copy with -M %s=./dir",
		ErrResolve, flag, first, s.Path, version, s.Name)
}

// revision is a commit hash, which go mod download accepts as a version.
var revision = regexp.MustCompile(`^[0-9a-f]{7,40}$`)

// checkPublished checks -M NAME=PATH[@VERSION] for a published module
// before any of it reaches the go command, go.mod or Go source: the path
// must be a Go import path whose first element is a domain, the version a
// semantic version, a commit hash or "latest".
func checkPublished(s ModuleSpec) error {
	flag := specString(s)
	if err := module.CheckImportPath(s.Path); err != nil {
		return badOption("-M %s: %q is not a Go import path: %v", flag, s.Path, errors.Unwrap(err))
	}
	first, _, _ := strings.Cut(s.Path, "/")
	if !strings.Contains(first, ".") {
		return badOption("-M %s: %q is neither a built-in module, a directory nor a published Go module (whose path starts with a domain, like example.com/mod); write -M %s for a built-in module or -M %s=./%s for a directory",
			flag, s.Path, s.Name, s.Name, s.Path)
	}
	if v := s.Version; v != "" && v != "latest" && !semver.IsValid(v) && !revision.MatchString(v) {
		return badOption("-M %s: version %q is neither a semantic version (v1.2.3), a commit hash nor \"latest\"", flag, v)
	}
	return nil
}

// goModDownload resolves mod@version, from the module cache alone when it
// has that version, else through the user's GOPROXY.
func goModDownload(ctx context.Context, g goCmd, mod, version string) (downloaded, error) {
	// Outside any module, so that no go.mod or workspace gets in the way.
	tmp, err := os.MkdirTemp("", "gojsc-mod-")
	if err != nil {
		return downloaded{}, fmt.Errorf("creating a temporary directory: %w", err)
	}
	defer os.RemoveAll(tmp)
	run := func(env ...string) (downloaded, error) {
		var d downloaded
		var stdout, stderr bytes.Buffer
		err := g.run(ctx, goRun{
			args:   []string{"mod", "download", "-json", "--", mod + "@" + version},
			dir:    tmp,
			env:    append([]string{"GO111MODULE=on"}, env...),
			stdout: &stdout,
			stderr: &stderr,
		})
		if jerr := json.Unmarshal(stdout.Bytes(), &d); jerr != nil {
			if err == nil {
				err = jerr
			}
			var ee *exec.ExitError
			if errors.As(err, &ee) && stderr.Len() > 0 {
				err = errors.New(strings.TrimSpace(stderr.String()))
			}
			return d, fmt.Errorf("go mod download %s@%s: %w", mod, version, err)
		}
		if d.Error != "" {
			return d, errors.New(d.Error)
		}
		if d.Dir == "" || d.Sum == "" {
			return d, fmt.Errorf("go mod download %s@%s reported no directory or checksum", mod, version)
		}
		return d, nil
	}
	if version != "latest" {
		if d, err := run("GOPROXY=off"); err == nil {
			return d, nil
		}
	}
	return run()
}

// writeSums adds the go.sum lines of the user's modules to the generated
// go.sum, keeping each line once.
func writeSums(dir string, sums []string) error {
	if len(sums) == 0 {
		return nil
	}
	file := filepath.Join(dir, "go.sum")
	have, err := readSums(file)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var buf bytes.Buffer
	for _, line := range append(have, sums...) {
		if !seen[line] {
			seen[line] = true
			buf.WriteString(line)
			buf.WriteByte('\n')
		}
	}
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("writing the generated go.sum: %w", err)
	}
	return nil
}

// checkDir is the package, inside the generated module, of the program
// that checks the user's native modules.
const checkDir = "gojsc-modcheck"

// modcheckData is what modcheck.go.tmpl reads.
type modcheckData struct {
	// Imports are the import paths of the user's packages.
	Imports []string
}

// checkModules verifies that each user's package registers the name it is
// linked under. It builds a small program importing just those packages
// for this machine (whatever the target), runs it and reads the names
// registered. So the check sees exactly what init functions do, through
// any helper package or computed name, and a duplicate or invalid
// registration fails here with the runtime's own message rather than when
// the program starts. A cross-compile whose packages do not build for this
// machine skips the check; the program then still checks its modules when
// it starts.
func checkModules(ctx context.Context, g goCmd, j buildJob) error {
	if len(j.user) == 0 {
		return nil
	}
	var data modcheckData
	for _, u := range j.user {
		data.Imports = append(data.Imports, u.Import)
	}
	src, err := render("modcheck.go.tmpl", data)
	if err != nil {
		return err
	}
	pkg := filepath.Join(j.dir, checkDir)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return fmt.Errorf("writing the module check: %w", err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), src, 0o644); err != nil {
		return fmt.Errorf("writing the module check: %w", err)
	}
	defer os.RemoveAll(pkg)
	bin := filepath.Join(j.dir, checkDir+".bin")
	defer os.Remove(bin)

	out, err := g.build(ctx, j.dir, []string{"-trimpath", "-ldflags=-s -w", "-o", bin, "./" + checkDir}, runtime.GOOS, runtime.GOARCH)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if j.cross() {
			return nil
		}
		return fmt.Errorf("%w: building the native modules %s:\n%s", ErrGoBuild, userFlags(j.user), relevantLines(string(out)))
	}

	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	run := command(ctx, bin)
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		return badOption("native modules %s fail when the program starts: %s", userFlags(j.user), initFailure(stderr.String(), err))
	}
	registered := strings.Fields(stdout.String())
	for _, u := range j.user {
		if slices.Contains(registered, u.Name) {
			continue
		}
		others := "no linked package registers any native module"
		if len(registered) > 0 {
			others = "the linked packages register only " + strings.Join(registered, ", ")
		}
		return badOption("-M %s: package %s does not register native module %q (%s); its init function must call jsrt.Register(jsrt.Module{Name: %q, Load: ...})",
			u.spec, u.Import, u.Name, others, u.Name)
	}
	return nil
}

// userFlags lists the user's -M flags, for messages.
func userFlags(user []userLink) string {
	var fs []string
	for _, u := range user {
		fs = append(fs, "-M "+u.spec)
	}
	return strings.Join(fs, " ")
}

// initFailure extracts the panic message from the stderr of a program whose
// init panicked, without the goroutine dump.
func initFailure(stderr string, err error) string {
	sc := bufio.NewScanner(strings.NewReader(stderr))
	var msg []string
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "goroutine ") || (line == "" && len(msg) > 0) {
			break
		}
		if line != "" {
			line = strings.TrimPrefix(line, "panic: ")
			msg = append(msg, strings.TrimPrefix(line, "gojsc: "))
		}
	}
	if len(msg) == 0 {
		return err.Error()
	}
	return strings.Join(msg, "\n  ")
}
