// Package gojsc carries the source of the runtime and the native modules,
// with the go.mod and go.sum that pin their dependencies, so that the
// compiler can write them into every build without a checkout of this
// repository or network access.
package gojsc

import "embed"

// Source is the runtime and native-module source tree (with the internal
// package they share) and the module files.
//
//go:embed go.mod go.sum jsrt nativemods internal/sysfd internal/xunix internal/jsregexp/*.go
var Source embed.FS

// ModulePath is the import path of this module.
const ModulePath = "github.com/gojsc/gojsc"
