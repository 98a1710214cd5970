package fsimpl

import "github.com/dop251/goja"

// extraConstants adds nothing: Windows has none of the optional open flags.
func extraConstants(c *goja.Object) {}
