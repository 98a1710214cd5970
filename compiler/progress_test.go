package compiler

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeGo is a go command that builds as slowly as a cold build, naming
// four packages as go build -v does, and says three are stale when
// listed, one of them compiled already.
const fakeGo = `#!/bin/sh
case "$1" in
list) echo runtime; echo example.com/b/v2; echo gojsc.local/app ;;
build)
	out=""; prev=""
	for a in "$@"; do [ "$prev" = "-o" ] && out="$a"; prev="$a"; done
	for p in runtime example.com/a example.com/b/v2 gojsc.local/app; do echo "$p" >&2; sleep 0.2; done
	echo "# a note: not a package" >&2
	echo binary > "$out" ;;
esac
`

// TestBuildProgress checks the events of the build stage: one per
// package go build -v names, and the total once go list has counted the
// stale packages.
func TestBuildProgress(t *testing.T) {
	dir := t.TempDir()
	goPath := filepath.Join(dir, "go")
	if err := os.WriteFile(goPath, []byte(fakeGo), 0o755); err != nil {
		t.Fatal(err)
	}
	defer func(d time.Duration) { countDelay = d }(countDelay)
	countDelay = 100 * time.Millisecond
	var mu sync.Mutex
	var events [][2]int
	job := buildJob{dir: dir, out: filepath.Join(dir, "app"), progress: func(compiled, total int) {
		mu.Lock()
		defer mu.Unlock()
		events = append(events, [2]int{compiled, total})
	}}
	if err := build(context.Background(), goCmd{path: goPath}, job); err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) < 4 {
		t.Fatalf("events %v; want one per package and one with the total", events)
	}
	for i, e := range events {
		if i > 0 && (e[0] < events[i-1][0] || e[1] < events[i-1][1]) {
			t.Errorf("events go backwards: %v", events)
		}
		if e[1] < e[0] && (e[1] != 0 || i == len(events)-1) {
			t.Errorf("more compiled than the total: %v", events)
		}
	}
	if last := events[len(events)-1]; last != [2]int{4, 4} {
		t.Errorf("last event %v, want 4 of 4 compiled (events %v)", last, events)
	}
	if b, err := os.ReadFile(job.out); err != nil || string(b) != "binary\n" {
		t.Errorf("output %q, %v", b, err)
	}
}

func TestPackageCounter(t *testing.T) {
	var out strings.Builder
	var pkgs []string
	pc := &packageCounter{out: &out, compiled: func(p string) { pkgs = append(pkgs, p) }}
	pc.Write([]byte("runtime\ngithub.com/dop251/go"))
	pc.Write([]byte("ja\nEOF\n# example.com/x\n./x.go:3:15: undefined: y\ngo: downloading example.com/z v1.0.0\ngojsc.local/app"))
	pc.flush()
	if want := []string{"runtime", "github.com/dop251/goja", "gojsc.local/app"}; !slices.Equal(pkgs, want) {
		t.Errorf("packages %q, want %q", pkgs, want)
	}
	if want := "EOF\n# example.com/x\n./x.go:3:15: undefined: y\ngo: downloading example.com/z v1.0.0\n"; out.String() != want {
		t.Errorf("passed on %q, want %q", out.String(), want)
	}
}
