// Package builtinmods links every native module gojsc ships, for what runs
// scripts inside gojsc's own process: `gojsc run` and the in-process test
// harness. A compiled program links only the modules its script uses.
package builtinmods

import (
	_ "github.com/gojsc/gojsc/nativemods/node/assert"
	_ "github.com/gojsc/gojsc/nativemods/node/assert/strict"
	_ "github.com/gojsc/gojsc/nativemods/node/buffer"
	_ "github.com/gojsc/gojsc/nativemods/node/child_process"
	_ "github.com/gojsc/gojsc/nativemods/node/crypto"
	_ "github.com/gojsc/gojsc/nativemods/node/events"
	_ "github.com/gojsc/gojsc/nativemods/node/fs"
	_ "github.com/gojsc/gojsc/nativemods/node/fs/promises"
	_ "github.com/gojsc/gojsc/nativemods/node/module"
	_ "github.com/gojsc/gojsc/nativemods/node/os"
	_ "github.com/gojsc/gojsc/nativemods/node/path"
	_ "github.com/gojsc/gojsc/nativemods/node/path/posix"
	_ "github.com/gojsc/gojsc/nativemods/node/path/win32"
	_ "github.com/gojsc/gojsc/nativemods/node/process"
	_ "github.com/gojsc/gojsc/nativemods/node/querystring"
	_ "github.com/gojsc/gojsc/nativemods/node/string_decoder"
	_ "github.com/gojsc/gojsc/nativemods/node/timers"
	_ "github.com/gojsc/gojsc/nativemods/node/timers/promises"
	_ "github.com/gojsc/gojsc/nativemods/node/url"
	_ "github.com/gojsc/gojsc/nativemods/node/util"
	_ "github.com/gojsc/gojsc/nativemods/node/util/types"
	_ "github.com/gojsc/gojsc/nativemods/os"
	_ "github.com/gojsc/gojsc/nativemods/process"
	_ "github.com/gojsc/gojsc/nativemods/std"
	_ "github.com/gojsc/gojsc/nativemods/std/urlget"
	_ "github.com/gojsc/gojsc/nativemods/web/abort"
	_ "github.com/gojsc/gojsc/nativemods/web/blob"
	_ "github.com/gojsc/gojsc/nativemods/web/events"
	_ "github.com/gojsc/gojsc/nativemods/web/fetch"
	_ "github.com/gojsc/gojsc/nativemods/web/immediate"
	_ "github.com/gojsc/gojsc/nativemods/web/navigator"
	_ "github.com/gojsc/gojsc/nativemods/web/url"
)
