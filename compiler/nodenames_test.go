package compiler

import (
	"strings"
	"testing"
)

func TestNodeNameWarnings(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string // the names warned about
	}{
		{"import { EOL, platform } from \"os\";\nprint(EOL);\n", []string{"EOL"}},
		{"import os from 'os';\nconsole.log(os.homedir(), os.getcwd(), os.homedir());\n", []string{"homedir"}},
		{"import * as proc from \"process\";\nproc.exit(proc.argv.length);\n", []string{"exit", "argv"}},
		{"const { tmpdir: t } = require(\"os\");\n", []string{"tmpdir"}},
		{"const os = require('os');\nos.cpus();\n", []string{"cpus"}},
		{"import * as os from \"os\";\nos.exec([\"ls\"]); os.platform;\n", nil},
		{"import * as os from \"qjs:os\";\nos.homedir;\n", nil},
		{"import os from \"node:os\";\nos.homedir();\n", nil},
		{"print(process.argv, pos.homedir);\n", nil},
	} {
		var got []string
		for _, m := range nodeNameWarnings(tc.src, "main.js") {
			i := strings.Index(m.Text, "no \"")
			got = append(got, strings.SplitN(m.Text[i+4:], "\"", 2)[0])
			if m.Location == nil || m.Location.Line < 1 || !strings.Contains(m.Location.LineText, "os") && !strings.Contains(m.Location.LineText, "process") {
				t.Errorf("%q: bad location %+v", tc.src, m.Location)
			}
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("%q: warned about %v, want %v", tc.src, got, tc.want)
		}
	}
}
