//go:build darwin || netbsd || openbsd

package fsimpl

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// extraConstants adds the open flags that not every system has.
func extraConstants(c *goja.Object) {
	_ = c.Set("O_DSYNC", unix.O_DSYNC)
}
