package compiler

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// disabledNamespace is esbuild's namespace for the modules a package.json
// "browser" map replaces with false: each is an empty CommonJS module.
const disabledNamespace = "gojsc-disabled"

// Markers of the browser plugin's own resolve calls (api.ResolveOptions'
// PluginData), so that it does not handle them again.
const (
	// browserResolving asks esbuild's own resolution, nothing else.
	browserResolving = "gojsc: browser map, esbuild's resolution"
	// browserReplacement resolves a package a browser map names in place
	// of another: the other plugins (native modules) still apply.
	browserReplacement = "gojsc: browser map replacement"
)

// implicitExtensions are the extensions a browser map's file key may leave
// out, as esbuild's resolver tries them.
var implicitExtensions = []string{".js", ".json", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".node"}

// A browserMap is the object form of one package.json's "browser" field:
// what each module or file of the package is replaced by in a browser
// build (a nil replacement: an empty module).
type browserMap struct {
	// dir is the package's directory, which file keys and replacements are
	// relative to.
	dir string
	// modules maps the bare import paths the package's code uses ("fs",
	// "pkg/sub") to their replacements.
	modules map[string]*string
	// files maps the package's files, as slash-separated paths relative to
	// dir ("lib/node.js", "lib"), to their replacements.
	files map[string]*string
}

// noBrowserMap stands for a package whose package.json has no browser map.
var noBrowserMap = &browserMap{}

// browserMaps finds and remembers the browser map of each directory's
// package. esbuild calls plugins from several goroutines.
type browserMaps struct {
	mu sync.Mutex
	// byDir maps a directory to the map of the package it is in.
	byDir map[string]*browserMap
}

// browserPlugin applies the object form of package.json's "browser" field,
// which esbuild reads only when bundling for the browser platform, while
// gojsc bundles for the neutral one (it wants the browser builds of npm
// packages, but not the rest of what that platform means): an import the
// importer's package maps to false is an empty module, one it maps to
// another module or file imports that instead, and a file of a package
// mapped to another file is replaced by it wherever it is imported from.
// Resolution itself stays esbuild's: the plugin only looks up the maps and
// asks esbuild to resolve what they name. Imports it does not remap are
// left to the other plugins and esbuild, untouched, so that what esbuild
// learns while resolving (tsconfig.json settings, a package's "type")
// still applies.
func browserPlugin() api.Plugin {
	maps := &browserMaps{byDir: map[string]*browserMap{}}
	return api.Plugin{
		Name: "gojsc-browser",
		Setup: func(pb api.PluginBuild) {
			pb.OnResolve(api.OnResolveOptions{Filter: ".*", Namespace: "file"}, func(a api.OnResolveArgs) (api.OnResolveResult, error) {
				if a.Kind == api.ResolveEntryPoint || a.ResolveDir == "" {
					return api.OnResolveResult{}, nil
				}
				switch a.PluginData {
				case browserResolving, browserReplacement, nodeModulesFirst:
					return api.OnResolveResult{}, nil
				}
				return maps.resolve(pb, a)
			})
			pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: disabledNamespace}, func(api.OnLoadArgs) (api.OnLoadResult, error) {
				contents := "module.exports = {};"
				return api.OnLoadResult{Contents: &contents, Loader: api.LoaderJS}, nil
			})
		},
	}
}

// resolve remaps an import by the browser maps that apply to it, or
// returns an empty result to leave it alone.
func (bm *browserMaps) resolve(pb api.PluginBuild, a api.OnResolveArgs) (api.OnResolveResult, error) {
	spec := a.Path
	if !isPathImport(spec) {
		own := bm.of(a.ResolveDir)
		if to, ok := own.modules[spec]; ok {
			return bm.replace(pb, a, own, spec, to)
		}
		// A file of another package may be mapped: esbuild says which file
		// the import means, but only where that package has file keys.
		pkg := findPackageDir(a.ResolveDir, packageName(spec))
		if pkg == "" || len(bm.of(pkg).files) == 0 {
			return api.OnResolveResult{}, nil
		}
		return bm.resolveFile(pb, a)
	}
	target := spec
	if !filepath.IsAbs(target) {
		target = filepath.Join(a.ResolveDir, spec)
	}
	m := bm.of(filepath.Dir(target))
	if len(m.files) == 0 {
		return api.OnResolveResult{}, nil
	}
	// A key may name a file that does not exist, with or without its
	// extension: check the path as written before resolving it.
	if rel, ok := relativeTo(m.dir, target); ok {
		for _, key := range []string{rel, rel + "/index"} {
			for _, ext := range append([]string{""}, implicitExtensions...) {
				if to, ok := m.files[key+ext]; ok {
					return bm.replace(pb, a, m, spec, to)
				}
			}
		}
	}
	return bm.resolveFile(pb, a)
}

// resolveFile resolves an import with esbuild and remaps the file it
// finds if that file's package maps it.
func (bm *browserMaps) resolveFile(pb api.PluginBuild, a api.OnResolveArgs) (api.OnResolveResult, error) {
	r := pb.Resolve(a.Path, api.ResolveOptions{Kind: a.Kind, Importer: a.Importer, Namespace: a.Namespace, ResolveDir: a.ResolveDir, PluginData: browserResolving, With: a.With})
	if len(r.Errors) > 0 || r.Namespace != "file" || r.External {
		return api.OnResolveResult{}, nil // esbuild resolves (or reports) it again
	}
	m := bm.of(filepath.Dir(r.Path))
	rel, ok := relativeTo(m.dir, r.Path)
	if !ok || len(m.files) == 0 {
		return api.OnResolveResult{}, nil
	}
	keys := []string{rel, strings.TrimSuffix(rel, path.Ext(rel))}
	if strings.TrimSuffix(path.Base(rel), path.Ext(rel)) == "index" {
		keys = append(keys, path.Dir(rel))
	}
	for _, key := range keys {
		if to, ok := m.files[key]; ok {
			return bm.replace(pb, a, m, a.Path, to)
		}
	}
	return api.OnResolveResult{}, nil
}

// replace resolves what map m puts in place of the import a (written as
// key): nothing, a file of m's package, or another package.
func (bm *browserMaps) replace(pb api.PluginBuild, a api.OnResolveArgs, m *browserMap, key string, to *string) (api.OnResolveResult, error) {
	if to == nil {
		name := key
		if isPathImport(key) {
			name = filepath.Join(a.ResolveDir, key)
		}
		return api.OnResolveResult{Path: name, Namespace: disabledNamespace}, nil
	}
	marker := browserResolving
	if !isPathImport(*to) {
		if *to == key {
			return api.OnResolveResult{}, nil
		}
		marker = browserReplacement
	}
	r := pb.Resolve(*to, api.ResolveOptions{Kind: a.Kind, Importer: a.Importer, Namespace: a.Namespace, ResolveDir: m.dir, PluginData: marker, With: a.With})
	if len(r.Errors) > 0 {
		return api.OnResolveResult{}, fmt.Errorf("%s's package.json \"browser\" field replaces %q with %q, which cannot be resolved: %s",
			filepath.Base(m.dir), key, *to, r.Errors[0].Text)
	}
	se := api.SideEffectsTrue
	if !r.SideEffects {
		se = api.SideEffectsFalse
	}
	return api.OnResolveResult{Path: r.Path, Namespace: r.Namespace, External: r.External, SideEffects: se, Suffix: r.Suffix, PluginData: r.PluginData}, nil
}

// of returns the browser map of the package dir is in: that of the nearest
// package.json at or above dir.
func (bm *browserMaps) of(dir string) *browserMap {
	bm.mu.Lock()
	defer bm.mu.Unlock()
	var walked []string
	m := noBrowserMap
	for d := dir; ; d = filepath.Dir(d) {
		if found, ok := bm.byDir[d]; ok {
			m = found
			break
		}
		walked = append(walked, d)
		if found, ok := readBrowserMap(d); ok {
			m = found
			break
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	for _, d := range walked {
		bm.byDir[d] = m
	}
	return m
}

// readBrowserMap reads dir/package.json's browser map; ok is false when
// dir has no package.json. A package.json that is unreadable or not JSON
// counts as one without a map: esbuild reports what is wrong with it.
func readBrowserMap(dir string) (m *browserMap, ok bool) {
	file := filepath.Join(dir, "package.json")
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return nil, false
	}
	data, err := readSource(file, file)
	if err != nil {
		return noBrowserMap, true
	}
	var pkg struct {
		Browser json.RawMessage `json:"browser"`
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(data, &pkg) != nil || json.Unmarshal(pkg.Browser, &fields) != nil || len(fields) == 0 {
		return noBrowserMap, true
	}
	m = &browserMap{dir: dir, modules: map[string]*string{}, files: map[string]*string{}}
	for key, raw := range fields {
		var to *string
		var s string
		var b bool
		switch {
		case json.Unmarshal(raw, &s) == nil:
			to = &s
		case json.Unmarshal(raw, &b) == nil && !b:
			// false: an empty module
		default:
			continue // true or anything else means nothing
		}
		if isPathImport(key) {
			m.files[path.Clean(strings.TrimPrefix(key, "/"))] = to
		} else {
			m.modules[key] = to
		}
	}
	return m, true
}

// isPathImport reports whether an import path names a file or directory
// rather than a package.
func isPathImport(p string) bool {
	return p == "." || p == ".." || strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") || strings.HasPrefix(p, "/")
}

// relativeTo returns file's slash-separated path relative to dir, if it is
// inside dir.
func relativeTo(dir, file string) (string, bool) {
	if dir == "" {
		return "", false
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// packageName returns the package a bare import path names: "pkg" of
// "pkg/sub", "@scope/pkg" of "@scope/pkg/sub".
func packageName(spec string) string {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) > 1 {
		return parts[0] + "/" + parts[1]
	}
	return parts[0]
}

// findPackageDir returns the directory of package name in the nearest
// node_modules at or above dir that has it, or "". It only tells whether
// that package's browser map could matter: resolving is esbuild's.
func findPackageDir(dir, name string) string {
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" {
			p := filepath.Join(d, "node_modules", name)
			if st, err := os.Stat(filepath.Join(p, "package.json")); err == nil && st.Mode().IsRegular() {
				return p
			}
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}
