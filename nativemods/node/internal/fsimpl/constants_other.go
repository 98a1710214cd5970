//go:build freebsd || dragonfly

package fsimpl

import "github.com/dop251/goja"

// extraConstants adds nothing: these systems have only the common flags
// (on every architecture Go supports).
func extraConstants(c *goja.Object) {}
