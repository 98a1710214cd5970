package main

import (
	"errors"
	"slices"
	"testing"
)

func TestFlagsFirst(t *testing.T) {
	flags := allFlags(newApp())
	tests := []struct{ in, want []string }{
		{[]string{"app.js", "-o", "app"}, []string{"-o", "app", "--", "app.js"}},
		{[]string{"-o", "app", "app.js"}, []string{"-o", "app", "--", "app.js"}},
		{[]string{"app.js", "-MD", "-M", "process", "--target=linux/arm64"}, []string{"-MD", "-M", "process", "--target=linux/arm64", "--", "app.js"}},
		// A flag's value stays with it, whatever it looks like.
		{[]string{"app.js", "-o", "-app", "--define", "X=1"}, []string{"-o", "-app", "--define", "X=1", "--", "app.js"}},
		// After --, everything is positional.
		{[]string{"-o", "app", "--", "-x.js"}, []string{"-o", "app", "--", "-x.js"}},
		{[]string{"-", "-o", "app"}, []string{"-o", "app", "--", "-"}},
		{[]string{"-v", "-fno-std", "a.js", "b.js"}, []string{"-v", "-fno-std", "--", "a.js", "b.js"}},
		{[]string{"--version"}, []string{"--version"}},
		// An unknown flag is left for the parser to report.
		{[]string{"a.js", "--nosuch", "x"}, []string{"--nosuch", "--", "a.js", "x"}},
	}
	for _, tc := range tests {
		if got := flagsFirst(flags, tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSuggestFlag(t *testing.T) {
	flags := allFlags(newApp())
	tests := map[string]string{
		"-targt":        "--target",
		"--taget":       "--target",
		"--tar":         "--target",
		"-fno-sdt":      "-fno-std",
		"--minfy":       "--minify",
		"--memory-limt": "--memory-limit",
		"-x":            "",
		"--frobnicate":  "",
	}
	for typed, want := range tests {
		if got := suggestFlag(flags, typed); got != want {
			t.Errorf("suggestFlag(%q) = %q, want %q", typed, got, want)
		}
	}
	err := usageError(flags, errors.New("flag provided but not defined: -targt"))
	if want := "unknown flag -targt (did you mean --target?) (see gojsc --help)"; err.Error() != want {
		t.Errorf("usage error %q, want %q", err, want)
	}
}

func TestUseColor(t *testing.T) {
	env := func(vars map[string]string) func(string) string {
		return func(k string) string { return vars[k] }
	}
	tests := []struct {
		terminal bool
		vars     map[string]string
		want     bool
	}{
		{true, map[string]string{"TERM": "xterm"}, true},
		{false, map[string]string{"TERM": "xterm"}, false},
		{true, map[string]string{"TERM": "xterm", "NO_COLOR": "1"}, false},
		{true, map[string]string{"TERM": "dumb"}, false},
	}
	for _, tc := range tests {
		if got := useColor(tc.terminal, env(tc.vars)); got != tc.want {
			t.Errorf("useColor(%v, %v) = %v, want %v", tc.terminal, tc.vars, got, tc.want)
		}
	}
}
