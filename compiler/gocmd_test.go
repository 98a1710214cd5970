package compiler

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

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

func TestProgramFlags(t *testing.T) {
	tests := []struct {
		s    buildSettings
		want []string
	}{
		{buildSettings{}, []string{"-trimpath", "-buildvcs=false", "-ldflags=-s -w -buildid="}},
		{buildSettings{ldflags: "-X a.B=c", tags: []string{"x", "y"}, keepPaths: true}, []string{"-buildvcs=false", "-ldflags=-s -w -buildid= -X a.B=c", "-tags=x,y"}},
	}
	for _, tc := range tests {
		if got := programFlags(tc.s); !slices.Equal(got, tc.want) {
			t.Errorf("programFlags(%+v) = %q, want %q", tc.s, got, tc.want)
		}
	}
}
