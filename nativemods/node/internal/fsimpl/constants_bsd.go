//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package fsimpl

import "github.com/dop251/goja"

// extraConstants adds the constants of this system beyond the common ones.
func extraConstants(c *goja.Object) {}
