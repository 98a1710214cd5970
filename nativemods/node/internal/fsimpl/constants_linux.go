package fsimpl

import (
	"github.com/dop251/goja"
	"golang.org/x/sys/unix"
)

// extraConstants adds the open flags that not every system has.
func extraConstants(c *goja.Object) {
	_ = c.Set("O_DSYNC", unix.O_DSYNC)
	_ = c.Set("O_NOATIME", unix.O_NOATIME)
	_ = c.Set("O_DIRECT", unix.O_DIRECT)
}
