package compiler

import (
	"bytes"
	"errors"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

// TestGoFlags checks the escape hatch: extra flags reach go build, its
// output reaches GoOutput, and a flag go build does not know fails the
// build with go's own message and the flags named.
func TestGoFlags(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	ctx, cancel := testContext(t)
	defer cancel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"m.js": "print('built');\n"})
	var out bytes.Buffer
	res, err := Compile(ctx, Options{Entry: "m.js", WorkingDir: dir, GoFlags: []string{"-x"}, GoOutput: &out})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "WORK=") {
		t.Errorf("go build -x printed no WORK= line:\n%s", out.String())
	}
	if got, err := exec.CommandContext(ctx, res.Output).Output(); err != nil || string(got) != "built\n" {
		t.Errorf("program built with -x printed %q (%v)", got, err)
	}

	_, err = Compile(ctx, Options{Entry: "m.js", WorkingDir: dir, GoFlags: []string{"-no-such-flag"}})
	if !errors.Is(err, ErrGoBuild) || !strings.Contains(err.Error(), "with the extra flags -no-such-flag") ||
		!strings.Contains(err.Error(), "flag provided but not defined: -no-such-flag") {
		t.Errorf("unknown go build flag: error %v, want ErrGoBuild naming the flag with go's message", err)
	}
}

// TestUserGOFLAGSKept checks that the user's GOFLAGS reach go build, with
// -mod=mod after them.
func TestUserGOFLAGSKept(t *testing.T) {
	t.Setenv("GOFLAGS", "-no-such-flag")
	env := GoBuildEnv("linux/arm64")
	var goflags []string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "GOFLAGS="); ok {
			goflags = append(goflags, v)
		}
	}
	// exec.Cmd keeps the last value of a variable.
	if len(goflags) == 0 || goflags[len(goflags)-1] != "-no-such-flag -mod=mod" {
		t.Errorf("GOFLAGS values %q, want the last one to be the user's followed by -mod=mod", goflags)
	}
	if !slices.Contains(env, "GOOS=linux") || !slices.Contains(env, "GOARCH=arm64") {
		t.Errorf("target not in the environment: %q", env)
	}

	ctx, cancel := testContext(t)
	defer cancel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"m.js": "print(1);\n"})
	_, err := Compile(ctx, Options{Entry: "m.js", WorkingDir: dir})
	if !errors.Is(err, ErrGoBuild) || !strings.Contains(err.Error(), "-no-such-flag") {
		t.Errorf("a build with GOFLAGS=-no-such-flag: error %v, want go's complaint about the flag", err)
	}
}
