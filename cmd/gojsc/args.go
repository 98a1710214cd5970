package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst moves the flags of args (the arguments after the program's
// name) before the positional arguments, so that `gojsc app.js -o app`
// works as `gojsc -o app app.js` does: urfave/cli, like Go's flag package,
// stops at the first positional argument. A flag that takes a value keeps
// the argument after it, whatever it looks like (`-o -app`), and `--` ends
// the flags: what follows it is positional. The positional arguments are
// returned after a `--` of their own, so that a script named `-x.js` given
// after `--` stays a script. A lone `-` (the script on stdin) is positional.
func flagsFirst(flags []cli.Flag, args []string) []string {
	takesValue := map[string]bool{}
	for _, f := range flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var opts, pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			pos = append(pos, args[i+1:]...)
			i = len(args)
		case a == "-" || !strings.HasPrefix(a, "-"):
			pos = append(pos, a)
		default:
			opts = append(opts, a)
			name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if takesValue[name] && !hasValue && i+1 < len(args) {
				i++
				opts = append(opts, args[i])
			}
		}
	}
	if len(pos) == 0 {
		return opts
	}
	return append(append(opts, "--"), pos...)
}

// suggestFlag returns the flag closest to the unknown one the user typed
// (given with its dashes), written as --help shows it, or "" when none
// is close enough to be what was meant.
func suggestFlag(flags []cli.Flag, typed string) string {
	typed = strings.TrimLeft(typed, "-")
	typed, _, _ = strings.Cut(typed, "=")
	if typed == "" {
		return ""
	}
	best, bestDist := "", 0
	for _, f := range flags {
		for _, n := range f.Names() {
			d := editDistance(strings.ToLower(typed), strings.ToLower(n))
			// A prefix of a long name (--tar, --mem) is what was meant too.
			if len(typed) >= 3 && strings.HasPrefix(n, typed) {
				d = 1
			}
			if best == "" || d < bestDist {
				best, bestDist = n, d
			}
		}
	}
	// One edit in four letters, at least one: "targt" → "target", but
	// not "x" → "e".
	if best == "" || bestDist > max(1, len(typed)/4) || bestDist >= len(best) {
		return ""
	}
	return flagSpelling(best)
}

// flagSpelling writes a flag's name with the dashes --help shows: one for
// a single letter and for qjsc's -fno-... flags, two for the others.
func flagSpelling(name string) string {
	if len(name) == 1 || strings.HasPrefix(name, "fno-") {
		return "-" + name
	}
	return "--" + name
}

// editDistance is the number of insertions, deletions, substitutions and
// swaps of neighbours (the optimal string alignment distance) that make b
// of a, in bytes.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// usageError rewords urfave/cli's complaint about a bad flag, adding the
// flag that was probably meant.
func usageError(flags []cli.Flag, err error) error {
	return commandUsageError("gojsc", flags, err)
}

// commandUsageError is usageError for command (gojsc, gojsc run), whose
// --help the message points to.
func commandUsageError(command string, flags []cli.Flag, err error) error {
	msg := err.Error()
	if typed, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		msg = "unknown flag " + typed
		if s := suggestFlag(flags, typed); s != "" {
			msg += fmt.Sprintf(" (did you mean %s?)", s)
		}
	}
	return fmt.Errorf("%s (see %s --help)", msg, command)
}
