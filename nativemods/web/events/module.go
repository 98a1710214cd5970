// Package events is the native module "web:events": the Web platform's
// Event, EventTarget, CustomEvent and DOMException, exported and defined as
// globals (non-enumerable, as node defines them) when a program uses them.
package events

import (
	_ "embed"

	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
)

//go:embed events.js
var source string

var src = webjs.New("web:events", source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:events", Load: func(vm *jsrt.VM, e *jsrt.Exports) error {
		return src.Load(vm, e, nil)
	}})
}
