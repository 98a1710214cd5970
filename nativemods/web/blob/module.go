// Package blob is the native module "web:blob": the Blob and File classes,
// exported and defined as globals when a program uses them.
package blob

import (
	_ "embed"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed blob.js
var source string

var src = webjs.New("web:blob", webjs.Streams+source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:blob", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		return src.Load(vm, e, nil)
	}})
}
