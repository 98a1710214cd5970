package inspect

import "strings"

// GlueFile is the file name the runtime gives the bundled script. Stack
// frames the source map could not take back to a user's file keep it; they
// are the bundler's glue code and are left out of printed stacks.
const GlueFile = "<bundle>"

// AppendStack appends the frames of a goja stack string as QuickJS prints
// them: "    at f (file.js:3:7)", without goja's bytecode offsets and
// without frames in GlueFile. The stack's header line, if any, is dropped.
func AppendStack(dst []byte, stack string) []byte {
	stack = dropStackHeader(stack)
	first := true
	for len(stack) > 0 {
		line := stack
		if i := strings.IndexByte(stack, '\n'); i >= 0 {
			line, stack = stack[:i], stack[i+1:]
		} else {
			stack = ""
		}
		frame, ok := strings.CutPrefix(line, "\tat ")
		if !ok {
			if line == "" {
				continue
			}
			frame = strings.TrimLeft(line, " \t")
			frame = strings.TrimPrefix(frame, "at ")
		}
		if strings.Contains(frame, GlueFile+":") {
			continue
		}
		if !first {
			dst = append(dst, '\n')
		}
		first = false
		dst = append(dst, "    at "...)
		dst = append(dst, trimPC(frame)...)
	}
	return dst
}

// trimPC drops goja's bytecode offset from a frame:
// "f (a.js:1:2(7))" → "f (a.js:1:2)", "a.js:1:2(7)" → "a.js:1:2".
func trimPC(frame string) string {
	end := len(frame)
	inner := strings.HasSuffix(frame, "))")
	if inner {
		end--
	}
	if end == 0 || frame[end-1] != ')' {
		return frame
	}
	i := strings.LastIndexByte(frame[:end-1], '(')
	if i < 0 {
		return frame
	}
	for _, c := range frame[i+1 : end-1] {
		if c < '0' || c > '9' {
			return frame
		}
	}
	return frame[:i] + frame[end:]
}
