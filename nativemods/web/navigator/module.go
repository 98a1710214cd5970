// Package navigator is the native module "web:navigator": the navigator
// object (userAgent "gojsc", hardwareConcurrency, language, platform) and
// its class, exported and defined as globals when a program uses them.
package navigator

import (
	_ "embed"
	"runtime"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed navigator.js
var source string

var src = webjs.New("web:navigator", source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:navigator", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		return src.Load(vm, e, map[string]any{
			"hardwareConcurrency": runtime.NumCPU(),
			// node's names for the systems Go and node share.
			"platform": platform(runtime.GOOS),
		})
	}})
}

func platform(goos string) string {
	if goos == "windows" {
		return "win32"
	}
	return goos
}
