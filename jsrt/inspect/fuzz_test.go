package inspect

import (
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/fuzzseed"
)

// FuzzAppendStack rewrites any text as a goja stack. Every line it writes
// must be a frame as QuickJS prints one, none of them in the glue code,
// and no more frames than the input has lines.
func FuzzAppendStack(f *testing.F) {
	fuzzseed.Add(f, func(_ string, data []byte) []any { return []any{string(data)} })
	f.Fuzz(func(t *testing.T, stack string) {
		out := string(AppendStack(nil, stack))
		if out == "" {
			return
		}
		lines := strings.Split(out, "\n")
		if len(lines) > strings.Count(stack, "\n")+1 {
			t.Fatalf("%q gave %d frames from %d lines", stack, len(lines), strings.Count(stack, "\n")+1)
		}
		for _, l := range lines {
			if !strings.HasPrefix(l, "    at ") {
				t.Fatalf("%q gave line %q, not a frame", stack, l)
			}
			if strings.Contains(l, GlueFile+":") {
				t.Fatalf("%q gave a glue frame %q", stack, l)
			}
		}
	})
}
