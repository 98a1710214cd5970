// Package promises is Node's node:fs/promises module for gojsc programs:
// the promise forms of Node's file system calls and FileHandle.
package promises

import (
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/fsimpl"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:fs/promises", Load: fsimpl.InstallPromises})
}
