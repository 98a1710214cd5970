package compiler

import (
	"testing"

	_ "github.com/gojsc/gojsc/internal/builtinmods"
	"github.com/gojsc/gojsc/jsrt"
)

// TestBuiltinModsLinksEveryModule checks that internal/builtinmods, which
// gojsc run and the test harness link, registers every built-in module.
func TestBuiltinModsLinksEveryModule(t *testing.T) {
	for _, name := range builtinModules() {
		if _, ok := jsrt.Lookup(name); !ok {
			t.Errorf("native module %s is not linked by internal/builtinmods: add its package there", name)
		}
	}
}
