// Package fs is Node's node:fs module for gojsc programs: the sync,
// callback and promise forms of Node's file system calls, with Node's
// error codes and messages. Its promises property is node:fs/promises.
package fs

import (
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/fsimpl"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:fs", Load: fsimpl.InstallFS})
}
