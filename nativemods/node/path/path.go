// Package path is Node's node:path module: the POSIX path functions
// (join, resolve, normalize, relative, dirname, basename, extname, parse,
// format, isAbsolute, toNamespacedPath, sep, delimiter) as the module's
// exports, and the Windows ones as its win32 object. Each takes strings
// and throws Node's ERR_INVALID_ARG_TYPE for anything else.
package path

import (
	"os"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:path", Load: load})
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	posix := e.Object()
	win32 := rt.NewObject()
	fill(vm, posix, flavor{})
	fill(vm, win32, flavor{win: true})
	for _, o := range []*goja.Object{posix, win32} {
		_ = o.Set("posix", posix)
		_ = o.Set("win32", win32)
	}
	return nil
}

// fill sets one flavour's functions and constants on obj.
func fill(vm *jsrt.VM, obj *goja.Object, f flavor) {
	rt := vm.Runtime()
	str := func(call goja.FunctionCall, i int, name string) string {
		return nodeerr.String(vm, jsrt.Arg(call, i), name)
	}
	paths := func(call goja.FunctionCall) []string {
		out := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			out[i] = nodeerr.String(vm, a, "path")
		}
		return out
	}
	set := func(name string, length int, fn func(call goja.FunctionCall) goja.Value) {
		v := vm.Func(name, fn).(*goja.Object)
		_ = v.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = obj.Set(name, v)
	}
	_ = obj.Set("sep", string(f.sep()))
	if f.win {
		_ = obj.Set("delimiter", ";")
	} else {
		_ = obj.Set("delimiter", ":")
	}
	set("normalize", 1, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.normalize(str(call, 0, "path")))
	})
	set("join", 0, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.join(paths(call)))
	})
	set("resolve", 0, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.resolve(paths(call)))
	})
	set("relative", 2, func(call goja.FunctionCall) goja.Value {
		from := str(call, 0, "from")
		to := str(call, 1, "to")
		return rt.ToValue(f.relative(from, to))
	})
	set("isAbsolute", 1, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.isAbsolute(str(call, 0, "path")))
	})
	set("dirname", 1, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.dirname(str(call, 0, "path")))
	})
	set("basename", 1, func(call goja.FunctionCall) goja.Value {
		p := str(call, 0, "path")
		ext := ""
		if v := jsrt.Arg(call, 1); !goja.IsUndefined(v) {
			ext = nodeerr.String(vm, v, "suffix")
		}
		return rt.ToValue(f.basename(p, ext))
	})
	set("extname", 1, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(f.extname(str(call, 0, "path")))
	})
	set("parse", 1, func(call goja.FunctionCall) goja.Value {
		p := f.parse(str(call, 0, "path"))
		o := rt.NewObject()
		_ = o.Set("root", p.root)
		_ = o.Set("dir", p.dir)
		_ = o.Set("base", p.base)
		_ = o.Set("ext", p.ext)
		_ = o.Set("name", p.name)
		return o
	})
	set("format", 1, func(call goja.FunctionCall) goja.Value {
		o, ok := jsrt.Arg(call, 0).(*goja.Object)
		if !ok {
			nodeerr.ArgType(vm, "pathObject", "object", jsrt.Arg(call, 0))
		}
		get := func(k string) string {
			v := o.Get(k)
			if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
				return ""
			}
			return v.String()
		}
		return rt.ToValue(f.format(parsed{root: get("root"), dir: get("dir"), base: get("base"), ext: get("ext"), name: get("name")}))
	})
	set("toNamespacedPath", 1, func(call goja.FunctionCall) goja.Value {
		v := jsrt.Arg(call, 0)
		s, ok := v.(goja.String)
		if !ok || !f.win {
			return v
		}
		return rt.ToValue(f.namespaced(s.String()))
	})
}

// flavor is POSIX's path syntax or, with win, Windows's: separators \ and
// /, roots C:\, C: and \\server\share\.
type flavor struct{ win bool }

func (f flavor) sep() byte {
	if f.win {
		return '\\'
	}
	return '/'
}

func (f flavor) isSep(c byte) bool { return c == '/' || f.win && c == '\\' }

// root splits p's root off: "/" on POSIX; on Windows a drive ("C:" or
// "C:\"), a UNC share ("\\server\share\") or "\". abs reports whether the
// root makes p absolute.
func (f flavor) root(p string) (root string, abs bool) {
	if !f.win {
		if strings.HasPrefix(p, "/") {
			return "/", true
		}
		return "", false
	}
	if len(p) >= 2 && isLetter(p[0]) && p[1] == ':' {
		if len(p) >= 3 && f.isSep(p[2]) {
			return p[:3], true
		}
		return p[:2], false
	}
	if len(p) >= 2 && f.isSep(p[0]) && f.isSep(p[1]) {
		// \\server\share\ : both names needed, else just a separator.
		i := 2
		for i < len(p) && f.isSep(p[i]) {
			i++
		}
		if i == 2 {
			j := i
			for j < len(p) && !f.isSep(p[j]) {
				j++
			}
			if j < len(p) && j > i {
				k := j
				for k < len(p) && f.isSep(p[k]) {
					k++
				}
				l := k
				for l < len(p) && !f.isSep(p[l]) {
					l++
				}
				if l > k {
					if l < len(p) {
						return p[:l+1], true
					}
					return p[:l], true
				}
			}
		}
	}
	if len(p) >= 1 && f.isSep(p[0]) {
		return p[:1], true
	}
	return "", false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// cleanRoot writes a Windows root with backslashes.
func (f flavor) cleanRoot(root string) string {
	if !f.win {
		return root
	}
	return strings.ReplaceAll(root, "/", "\\")
}

// segments normalises the part of a path after its root: . and empty
// segments go, .. removes the segment before it, or stays when there is
// none and the path is relative.
func (f flavor) segments(rest string, abs bool) []string {
	var out []string
	start := 0
	for i := 0; i <= len(rest); i++ {
		if i < len(rest) && !f.isSep(rest[i]) {
			continue
		}
		seg := rest[start:i]
		start = i + 1
		switch seg {
		case "", ".":
		case "..":
			if len(out) > 0 && out[len(out)-1] != ".." {
				out = out[:len(out)-1]
			} else if !abs {
				out = append(out, "..")
			}
		default:
			out = append(out, seg)
		}
	}
	return out
}

func (f flavor) normalize(p string) string {
	if p == "" {
		return "."
	}
	root, abs := f.root(p)
	rest := p[len(root):]
	trailing := len(rest) > 0 && f.isSep(p[len(p)-1])
	body := strings.Join(f.segments(rest, abs), string(f.sep()))
	if body == "" && !abs {
		body = "."
	}
	if body != "" && trailing {
		body += string(f.sep())
	}
	root = f.cleanRoot(root)
	if f.win && len(root) > 2 && root[0] == '\\' && root[1] == '\\' && !strings.HasSuffix(root, "\\") {
		root += "\\"
	}
	return root + body
}

func (f flavor) join(paths []string) string {
	var parts []string
	for _, p := range paths {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return "."
	}
	return f.normalize(strings.Join(parts, string(f.sep())))
}

func (f flavor) cwd() string {
	wd, err := os.Getwd()
	if err != nil {
		wd = "/"
	}
	if f.win {
		return strings.ReplaceAll(wd, "/", "\\")
	}
	return wd
}

func (f flavor) resolve(paths []string) string {
	resolved := ""
	abs := false
	drive := ""
	for i := len(paths) - 1; i >= -1 && !abs; i-- {
		p := ""
		if i >= 0 {
			p = paths[i]
		} else {
			p = f.cwd()
		}
		if p == "" {
			continue
		}
		root, isAbs := f.root(p)
		if f.win && len(root) >= 2 && root[1] == ':' {
			d := strings.ToUpper(root[:1]) + ":"
			if drive != "" && d != drive {
				continue
			}
			drive = d
		}
		if resolved == "" {
			resolved = p
		} else {
			resolved = p + string(f.sep()) + resolved
		}
		abs = isAbs
	}
	root, _ := f.root(resolved)
	body := strings.Join(f.segments(resolved[len(root):], abs), string(f.sep()))
	root = f.cleanRoot(root)
	if abs {
		if f.win && !strings.HasSuffix(root, "\\") {
			root += "\\"
		}
		return root + body
	}
	if root+body == "" {
		return "."
	}
	return root + body
}

func (f flavor) relative(from, to string) string {
	if from == to {
		return ""
	}
	from, to = f.resolve([]string{from}), f.resolve([]string{to})
	if f.win {
		if strings.EqualFold(from, to) {
			return ""
		}
	} else if from == to {
		return ""
	}
	fr, _ := f.root(from)
	tr, _ := f.root(to)
	if f.win && !strings.EqualFold(fr, tr) {
		return to
	}
	fs := f.segments(from[len(fr):], true)
	ts := f.segments(to[len(tr):], true)
	i := 0
	for i < len(fs) && i < len(ts) && (fs[i] == ts[i] || f.win && strings.EqualFold(fs[i], ts[i])) {
		i++
	}
	var out []string
	for range fs[i:] {
		out = append(out, "..")
	}
	out = append(out, ts[i:]...)
	return strings.Join(out, string(f.sep()))
}

func (f flavor) isAbsolute(p string) bool {
	_, abs := f.root(p)
	return abs
}

// lastPart returns the bounds of p's last segment after its root, trailing
// separators left out.
func (f flavor) lastPart(p string) (root string, start, end int) {
	root, _ = f.root(p)
	end = len(p)
	for end > len(root) && f.isSep(p[end-1]) {
		end--
	}
	start = end
	for start > len(root) && !f.isSep(p[start-1]) {
		start--
	}
	return root, start, end
}

func (f flavor) dirname(p string) string {
	if p == "" {
		return "."
	}
	root, start, end := f.lastPart(p)
	if end <= len(root) {
		if root == "" {
			return "."
		}
		return root
	}
	// The directory ends at the separator before the base name; the
	// separators before that one stay (node's "/a//b" gives "/a/").
	d := start - 1
	switch {
	case d < len(root) || d < 0:
		if root == "" {
			return "."
		}
		return root
	case !f.win && d == 1 && root != "":
		return "//"
	}
	return p[:d]
}

func (f flavor) basename(p, ext string) string {
	_, start, end := f.lastPart(p)
	base := p[start:end]
	if ext == p {
		return ""
	}
	if ext != "" && ext != base && strings.HasSuffix(base, ext) {
		base = base[:len(base)-len(ext)]
	}
	return base
}

func (f flavor) extname(p string) string {
	_, start, end := f.lastPart(p)
	return extOf(p[start:end])
}

// extOf is the extension of a base name: from its last dot, unless that
// dot starts it (".profile") or the name is "..".
func extOf(base string) string {
	dot := strings.LastIndexByte(base, '.')
	if dot <= 0 || base == ".." {
		return ""
	}
	return base[dot:]
}

type parsed struct{ root, dir, base, ext, name string }

func (f flavor) parse(p string) parsed {
	if p == "" {
		return parsed{}
	}
	root, start, end := f.lastPart(p)
	r := parsed{root: root}
	if !f.win && root == "" && strings.HasPrefix(p, "/") {
		r.root = "/"
	}
	r.base = p[start:end]
	r.ext = extOf(r.base)
	r.name = r.base[:len(r.base)-len(r.ext)]
	d := start
	if d > len(root) {
		d--
	}
	r.dir = p[:d]
	if r.dir == "" {
		r.dir = root
	}
	if end <= len(root) {
		r.base, r.ext, r.name = "", "", ""
		r.dir = root
	}
	return r
}

func (f flavor) format(p parsed) string {
	dir := p.dir
	if dir == "" {
		dir = p.root
	}
	base := p.base
	if base == "" {
		ext := p.ext
		if ext != "" && ext[0] != '.' {
			ext = "." + ext
		}
		base = p.name + ext
	}
	if dir == "" {
		return base
	}
	if dir == p.root {
		return dir + base
	}
	return dir + string(f.sep()) + base
}

// namespaced is win32.toNamespacedPath: \\?\ before an absolute path.
func (f flavor) namespaced(p string) string {
	if p == "" {
		return p
	}
	r := f.resolve([]string{p})
	switch {
	case len(r) >= 3 && r[1] == ':' && r[2] == '\\':
		return `\\?\` + r
	case strings.HasPrefix(r, `\\`) && !strings.HasPrefix(r, `\\?\`) && !strings.HasPrefix(r, `\\.\`):
		return `\\?\UNC\` + r[2:]
	}
	return p
}
