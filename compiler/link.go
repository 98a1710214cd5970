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

// A linkPlan is the native modules of one build: the links Generate writes
// into main.go and go.mod, plus what linking the user's modules needs on
// top of that.
type linkPlan struct {
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

// resolveLinks turns the default modules and opts.Modules into the Go
// packages to link. A user's package linked under a default module's name
// replaces the default.
func resolveLinks(ctx context.Context, opts *Options) (*linkPlan, error) {
	var specs []ModuleSpec
	if !opts.NoStd {
		specs = append(specs, ModuleSpec{Name: "std"})
	}
	if !opts.NoOS {
		specs = append(specs, ModuleSpec{Name: "os"})
	}
	builtins := builtinModules()
	plan := &linkPlan{}
	byName := map[string]ModuleSpec{}
	defaults := map[string]bool{}
	for _, s := range specs {
		defaults[s.Name] = true
	}
	modules := map[string]bool{} // module paths already required
	for _, s := range append(specs, opts.Modules...) {
		if prev, ok := byName[s.Name]; ok {
			switch {
			case prev == s:
				continue
			case prev.Path == "" && defaults[s.Name]:
				// A user's package replaces the default module of that name.
				plan.links = slices.DeleteFunc(plan.links, func(l link) bool { return l.Name == s.Name })
				delete(defaults, s.Name)
			default:
				return nil, badOption("native module %q is linked twice: -M %s and -M %s", s.Name, specString(prev), specString(s))
			}
		}
		byName[s.Name] = s
		if s.Path == "" {
			if !slices.Contains(builtins, s.Name) {
				return nil, badOption("unknown native module %q; built-in modules: %s (or link your own Go package with -M %s=./dir)",
					s.Name, strings.Join(builtins, ", "), s.Name)
			}
			plan.links = append(plan.links, link{Name: s.Name, Import: builtinImport(s.Name), implicit: defaults[s.Name] && !requested(opts, s.Name)})
			continue
		}
		l, sums, err := resolveUserModule(ctx, opts, s)
		if err != nil {
			return nil, err
		}
		plan.user = append(plan.user, userLink{l, specString(s)})
		plan.sums = append(plan.sums, sums...)
		if modules[l.Module] {
			// Another package of a module already required.
			l.Module, l.Dir = "", ""
		}
		modules[l.Module] = true
		plan.links = append(plan.links, l)
	}
	return plan, nil
}

// requested reports whether -M names the module.
func requested(opts *Options, name string) bool {
	return slices.ContainsFunc(opts.Modules, func(m ModuleSpec) bool { return m.Name == name })
}

// used keeps the links a build needs: every module -M asked for, the
// default modules only when the script imports them (hello world links
// neither std nor os), and std's HTTP client only when the script
// mentions urlGet, since an HTTP and TLS stack adds megabytes.
func (p *linkPlan) used(b *Bundle) []link {
	var out []link
	for _, l := range p.links {
		if l.implicit && !slices.Contains(b.Imports, l.Name) {
			continue
		}
		out = append(out, l)
		if l.Name == "std" && l.Module == "" && strings.Contains(b.Script, "urlGet") {
			out = append(out, link{Import: builtinImport("std/urlget")})
		}
	}
	return out
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
func resolveUserModule(ctx context.Context, opts *Options, s ModuleSpec) (link, []string, error) {
	if !strings.HasPrefix(s.Path, ".") && !filepath.IsAbs(s.Path) {
		return resolvePublished(ctx, opts, s)
	}
	flag := specString(s)
	dir := opts.abs(s.Path)
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
func resolvePublished(ctx context.Context, opts *Options, s ModuleSpec) (link, []string, error) {
	flag := specString(s)
	if err := checkPublished(s); err != nil {
		return link{}, nil, err
	}
	goPath, err := goTool(ctx, opts.GoCommand)
	if err != nil {
		return link{}, nil, err
	}
	version := s.Version
	if version == "" {
		version = "latest"
	}
	var first error
	for mod := s.Path; mod != "." && mod != "/" && strings.Contains(mod, "/"); mod = path.Dir(mod) {
		d, err := goModDownload(ctx, goPath, mod, version)
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
func goModDownload(ctx context.Context, goPath, mod, version string) (downloaded, error) {
	tmp, err := os.MkdirTemp("", "gojsc-mod-")
	if err != nil {
		return downloaded{}, fmt.Errorf("creating a temporary directory: %w", err)
	}
	defer os.RemoveAll(tmp)
	run := func(env ...string) (downloaded, error) {
		var d downloaded
		cmd := command(ctx, goPath, "mod", "download", "-json", "--", mod+"@"+version)
		// Outside any module, so that no go.mod or workspace gets in the way.
		cmd.Dir = tmp
		cmd.Env = append(os.Environ(), append([]string{"GOTOOLCHAIN=local", "GOWORK=off", "GOFLAGS=", "GO111MODULE=on", "GOTMPDIR=" + tmp}, env...)...)
		out, err := cmd.Output()
		if jerr := json.Unmarshal(out, &d); jerr != nil {
			if err == nil {
				err = jerr
			}
			var ee *exec.ExitError
			if errors.As(err, &ee) && len(ee.Stderr) > 0 {
				err = errors.New(strings.TrimSpace(string(ee.Stderr)))
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
func (p *linkPlan) writeSums(dir string) error {
	if len(p.sums) == 0 {
		return nil
	}
	file := filepath.Join(dir, "go.sum")
	have, err := readSums(file)
	if err != nil {
		return err
	}
	seen := map[string]bool{}
	var buf bytes.Buffer
	for _, line := range append(have, p.sums...) {
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

// checkTemplate is the registration check program: it links only the
// user's packages and lists the names their init functions registered.
const checkTemplate = `// Code generated by gojsc; DO NOT EDIT.

// Command gojsc-modcheck lists the native modules its imports register.
package main

import (
	"fmt"

	"github.com/gojsc/gojsc/jsrt"
%s)

func main() {
	for _, name := range jsrt.Registered() {
		fmt.Println(name)
	}
}
`

// check verifies that each user's package registers the name it is linked
// under. It builds a small program importing just those packages for this
// machine (whatever the target), runs it and reads the names registered.
// So the check sees exactly what init functions do, through any helper
// package or computed name, and a duplicate or invalid registration fails
// here with the runtime's own message rather than when the program starts.
// A cross-compile whose packages do not build for this machine skips the
// check; the program then still checks its modules when it starts.
func (p *linkPlan) check(ctx context.Context, goPath, dir string, opts *Options) error {
	if len(p.user) == 0 {
		return nil
	}
	var imports strings.Builder
	for _, u := range p.user {
		fmt.Fprintf(&imports, "\t_ %q\n", u.Import)
	}
	pkg := filepath.Join(dir, checkDir)
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		return fmt.Errorf("writing the module check: %w", err)
	}
	src := fmt.Sprintf(checkTemplate, imports.String())
	if err := os.WriteFile(filepath.Join(pkg, "main.go"), []byte(src), 0o644); err != nil {
		return fmt.Errorf("writing the module check: %w", err)
	}
	defer os.RemoveAll(pkg)
	bin := filepath.Join(dir, checkDir+".bin")
	defer os.Remove(bin)

	gotmp, err := goTempDir()
	if err != nil {
		return err
	}
	defer os.RemoveAll(gotmp)
	cmd := command(ctx, goPath, "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./"+checkDir)
	cmd.Dir = dir
	cmd.Env = append(GoBuildEnv(""), "GOOS="+runtime.GOOS, "GOARCH="+runtime.GOARCH, "GOTMPDIR="+gotmp)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if opts.Target != "" && opts.Target != runtime.GOOS+"/"+runtime.GOARCH {
			return nil
		}
		return fmt.Errorf("%w: building the native modules %s:\n%s", ErrGoBuild, p.flags(), relevantLines(string(out)))
	}

	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	run := command(ctx, bin)
	var stdout, stderr bytes.Buffer
	run.Stdout, run.Stderr = &stdout, &stderr
	if err := run.Run(); err != nil {
		return badOption("native modules %s fail when the program starts: %s", p.flags(), initFailure(stderr.String(), err))
	}
	registered := strings.Fields(stdout.String())
	for _, u := range p.user {
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

// flags lists the user's -M flags, for messages.
func (p *linkPlan) flags() string {
	var fs []string
	for _, u := range p.user {
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
