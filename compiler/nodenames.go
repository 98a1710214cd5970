package compiler

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// In the user's own code, "os" and "process" name QuickJS's os module and
// the process module, never Node's (see nodebuiltins.go). A script written
// for Node that imports them so would build and then find undefined where
// it expected os.homedir or process.argv; nodeNameWarnings tells it when
// it is built. Warnings, not errors: the check reads the source's text,
// not its syntax tree, and must never stop a build that is right.

// nodeOnly are, for each of those two modules, the names Node's module of
// that name has and the native one lacks.
var nodeOnly = map[string]map[string]bool{
	"os": words(`EOL arch availableParallelism constants cpus devNull endianness
		freemem getPriority homedir hostname loadavg machine networkInterfaces
		release setPriority tmpdir totalmem type uptime userInfo version`),
	"process": words(`abort arch argv argv0 chdir cwd env execArgv execPath exit
		exitCode hrtime memoryUsage nextTick on once pid platform ppid stderr
		stdin stdout uptime version versions`),
}

func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	// namedImport matches `import { a, b as c } from "os"` and
	// `const { a, b: c } = require("os")`.
	namedImport = regexp.MustCompile(`(?:import\s*\{([^}]*)\}\s*from|(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\s*\()\s*["'](os|process)["']`)
	// wholeImport matches `import os from "os"`, `import * as os from
	// "os"` and `const os = require("os")`, capturing the local name.
	wholeImport = regexp.MustCompile(`(?:import\s+(?:\*\s+as\s+)?([\w$]+)\s+from|(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\()\s*["'](os|process)["']`)
)

// nodeNameWarnings returns a warning for each name of Node's os or process
// module that src, the user's file file, takes from the native module of
// that name.
func nodeNameWarnings(src, file string) []api.Message {
	if !strings.Contains(src, "os") && !strings.Contains(src, "process") {
		return nil
	}
	var msgs []api.Message
	warn := func(at int, mod, name string) {
		line := strings.Count(src[:at], "\n") + 1
		col := at - (strings.LastIndexByte(src[:at], '\n') + 1)
		end := strings.IndexByte(src[at:], '\n')
		if end < 0 {
			end = len(src) - at
		}
		msgs = append(msgs, api.Message{
			Text: fmt.Sprintf("%q here is the native %s module, which has no %q: for Node's %s module, import \"node:%s\"", mod, mod, name, mod, mod),
			Location: &api.Location{File: file, Line: line, Column: col, Length: len(mod) + 2,
				LineText: src[at-col : at+end]},
		})
	}
	for _, m := range namedImport.FindAllStringSubmatchIndex(src, -1) {
		list := submatch(src, m, 1) + submatch(src, m, 2)
		mod := src[m[6]:m[7]]
		for _, item := range strings.Split(list, ",") {
			f := strings.FieldsFunc(item, func(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == ':' })
			if len(f) > 0 && nodeOnly[mod][f[0]] {
				warn(m[6]-1, mod, f[0])
			}
		}
	}
	for _, m := range wholeImport.FindAllStringSubmatchIndex(src, -1) {
		local := submatch(src, m, 1) + submatch(src, m, 2)
		mod := src[m[6]:m[7]]
		uses := regexp.MustCompile(`(?:^|[^\w$.])` + regexp.QuoteMeta(local) + `\.([\w$]+)`)
		seen := map[string]bool{}
		for _, u := range uses.FindAllStringSubmatch(src[m[1]:], -1) {
			if name := u[1]; nodeOnly[mod][name] && !seen[name] {
				seen[name] = true
				warn(m[6]-1, mod, name)
			}
		}
	}
	return msgs
}

// submatch is group i of a FindAllStringSubmatchIndex match, "" if unset.
func submatch(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}
