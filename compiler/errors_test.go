package compiler

import (
	"strings"
	"testing"
)

// TestErrorNotes checks that esbuild's notes come with their places: a
// symbol declared twice shows where it was first declared.
func TestErrorNotes(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"dup.js": "let a;\nlet a;\n"})
	_, err := BundleScript(Options{Entry: "dup.js", WorkingDir: dir}, nil, nil)
	want := "dup.js:2:5: ERROR: The symbol \"a\" has already been declared\n" +
		"     2 │ let a;\n" +
		"       │     ^\n" +
		"  dup.js:1:5: NOTE: The symbol \"a\" was originally declared here:\n" +
		"     1 │ let a;\n" +
		"       │     ^"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant\n%s", err, want)
	}
}

// TestLongLine checks that a problem on a very long line (minified code)
// shows only the part of the line around it, with the caret under it.
func TestLongLine(t *testing.T) {
	line := strings.Repeat("var q=1;", 2000) + "let x = ;" + strings.Repeat("var r=2;", 2000)
	col := strings.Index(line, ";var r")
	e := &SourceError{File: "min.js", Line: 1, Column: col, Length: 1, LineText: line, Message: "Unexpected \";\""}
	got := e.Error()
	lines := strings.Split(got, "\n")
	if len(lines) != 3 || len([]rune(lines[1])) > maxShown+12 {
		t.Fatalf("message of %d bytes:\n%s", len(got), got)
	}
	caret := -1
	if i := strings.IndexRune(lines[2], '^'); i >= 0 {
		caret = len([]rune(lines[2][:i])) // in characters, as lines[1] is indexed
	}
	if shown := []rune(lines[1]); caret < 2 || string(shown[caret-2:caret+1]) != "= ;" {
		t.Errorf("caret not under the column:\n%s", got)
	}
	if !strings.Contains(lines[1], "…") {
		t.Errorf("no ellipsis where the line is cut:\n%s", got)
	}
	// Near the start of a line, nothing is cut before the column.
	e.Column, e.LineText = 4, "let ;"+strings.Repeat("x", 500)
	if got := e.Error(); !strings.Contains(got, "│ let ;xxx") || !strings.Contains(got, "│     ^") {
		t.Errorf("start of a long line:\n%s", got)
	}
	// Multi-byte characters before the column count once each.
	e.Column, e.LineText = len("été = "), "été = ;"
	if got := e.Error(); !strings.HasSuffix(got, "│       ^") {
		t.Errorf("caret after multi-byte characters:\n%s", got)
	}
}

// TestColor checks that Style.Color marks up the label, message and caret,
// and that without it there is no escape sequence.
func TestColor(t *testing.T) {
	e := &SourceError{File: "a.js", Line: 1, Column: 0, LineText: "x", Message: "bad", Notes: []Note{{Text: "see", File: "b.js", Line: 2, LineText: "y"}}}
	got := e.Format(Style{Color: true})
	for _, want := range []string{ansiRed + "ERROR:" + ansiReset, ansiBold + "bad" + ansiReset, ansiGreen + "^" + ansiReset, ansiCyan + "NOTE:" + ansiReset} {
		if !strings.Contains(got, want) {
			t.Errorf("coloured message lacks %q:\n%q", want, got)
		}
	}
	if strings.Contains(e.Error(), "\x1b") {
		t.Errorf("uncoloured message has escape sequences: %q", e.Error())
	}
}
