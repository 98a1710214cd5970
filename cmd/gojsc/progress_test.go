package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gojsc/gojsc/compiler"
)

// syncBuffer is a bytes.Buffer safe for the progress timer's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name          string
		show, verbose bool
		stageFor      time.Duration
		want          string // substring; "" means no output at all
	}{
		{"not a terminal", false, false, 50 * time.Millisecond, ""},
		{"fast stage on a terminal", true, false, 0, ""},
		{"slow stage on a terminal", true, false, 50 * time.Millisecond, "building the executable with go build"},
		{"verbose shows every stage", true, true, 0, "gojsc: bundling"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out syncBuffer
			p := newProgress(&out, tc.show, tc.verbose)
			p.delay = 10 * time.Millisecond
			if tc.verbose {
				p.stage(compiler.StageBundle)
			}
			p.stage(compiler.StageBuild)
			time.Sleep(tc.stageFor)
			p.done()
			time.Sleep(20 * time.Millisecond) // a stopped timer must not fire late
			got := out.String()
			if tc.want == "" && got != "" {
				t.Fatalf("printed %q, want nothing", got)
			}
			if !strings.Contains(got, tc.want) {
				t.Fatalf("printed %q, want it to contain %q", got, tc.want)
			}
		})
	}
}

func TestParseModuleFlag(t *testing.T) {
	tests := []struct {
		in      string
		want    compiler.ModuleSpec
		wantErr bool
	}{
		{"process", compiler.ModuleSpec{Name: "process"}, false},
		{"process,process", compiler.ModuleSpec{Name: "process"}, false},
		{"hello=./examples/hello-module", compiler.ModuleSpec{Name: "hello", Path: "./examples/hello-module"}, false},
		{"hello=/abs/dir", compiler.ModuleSpec{Name: "hello", Path: "/abs/dir"}, false},
		{"kv=example.com/kv@v1.2.0", compiler.ModuleSpec{Name: "kv", Path: "example.com/kv", Version: "v1.2.0"}, false},
		{"kv=example.com/kv", compiler.ModuleSpec{Name: "kv", Path: "example.com/kv"}, false},
		{"=./dir", compiler.ModuleSpec{}, true},
		{"name=", compiler.ModuleSpec{}, true},
	}
	for _, tc := range tests {
		got, err := parseModuleFlag(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("parseModuleFlag(%q) = %+v, %v; want %+v, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}
