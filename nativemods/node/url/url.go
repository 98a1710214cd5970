// Package url is Node's node:url module: fileURLToPath, pathToFileURL,
// urlToHttpOptions, domainToASCII/Unicode and the legacy parse, format
// and resolve, in JS (url.js). URL and URLSearchParams are web:url's
// classes, loaded at run time, so that instanceof sees the globals.
package url

import (
	_ "embed"
	"os"
	"path/filepath"
	"runtime"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/jsmod"
	"golang.org/x/net/idna"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:url", Load: load})
}

//go:embed url.js
var code string

var source = &jsmod.Source{Name: "node:url", Code: code}

var profile = idna.New(idna.MapForLookup(), idna.Transitional(false), idna.StrictDomainName(false))

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	web, err := vm.Require("web:url")
	if err != nil {
		return err
	}
	qs, err := vm.Require("node:querystring")
	if err != nil {
		return err
	}
	b := jsmod.Binding(vm)
	_ = b.Set("web", web)
	_ = b.Set("qsParse", qs.Get("parse"))
	_ = b.Set("qsStringify", qs.Get("stringify"))
	_ = b.Set("platform", runtime.GOOS)
	_ = b.Set("resolve", func(p string) string {
		if !filepath.IsAbs(p) {
			if wd, err := os.Getwd(); err == nil {
				p = filepath.Join(wd, p)
			}
		}
		return filepath.Clean(p)
	})
	_ = b.Set("toASCII", func(s string) string {
		a, err := profile.ToASCII(s)
		if err != nil {
			return ""
		}
		return a
	})
	_ = b.Set("toUnicode", func(s string) string {
		u, err := profile.ToUnicode(s)
		if err != nil {
			return ""
		}
		return u
	})
	return source.Export(vm, e, b)
}
