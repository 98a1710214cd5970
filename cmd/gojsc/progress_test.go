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
	build := func(compiled, total int) compiler.ProgressEvent {
		return compiler.ProgressEvent{Stage: compiler.StageBuild, Compiled: compiled, Total: total}
	}
	tests := []struct {
		name              string
		terminal, verbose bool
		events            []compiler.ProgressEvent
		buildFor          time.Duration
		want, wantNot     []string
		wantNothing       bool
	}{
		{name: "warm build on a terminal", terminal: true, events: []compiler.ProgressEvent{{Stage: compiler.StageBundle}, build(0, 0), build(1, 0)}, wantNothing: true},
		{name: "warm build elsewhere", events: []compiler.ProgressEvent{build(0, 0), build(1, 0)}, wantNothing: true},
		{name: "cold build on a terminal", terminal: true, events: []compiler.ProgressEvent{build(0, 0), build(3, 0), build(3, 120), build(4, 120)}, buildFor: 150 * time.Millisecond,
			want: []string{"\r\x1b[Kgojsc: building: 4/120 packages compiled, 0s", "\r\x1b[K"}, wantNot: []string{"\n"}},
		{name: "linking", terminal: true, events: []compiler.ProgressEvent{build(0, 0), build(7, 7)}, buildFor: 150 * time.Millisecond,
			want: []string{"7/7 packages compiled, linking"}},
		{name: "cold build elsewhere", events: []compiler.ProgressEvent{build(0, 0), build(2, 50)}, buildFor: 150 * time.Millisecond,
			want: []string{"gojsc: go build has 50 packages to compile (2 done) after 0s", "later builds reuse\n"}, wantNot: []string{"\r"}},
		{name: "verbose names the stages", verbose: true, events: []compiler.ProgressEvent{{Stage: compiler.StageBundle}, build(0, 0), build(1, 0)},
			want: []string{"gojsc: bundling the script and its imports...\n", "gojsc: building the executable with go build...\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out syncBuffer
			p := newProgress(&out, tc.terminal, tc.verbose)
			p.liveDelay, p.quietDelay, p.tick = 50*time.Millisecond, 50*time.Millisecond, 10*time.Millisecond
			for _, e := range tc.events {
				p.event(e)
			}
			time.Sleep(tc.buildFor)
			p.done()
			time.Sleep(30 * time.Millisecond) // nothing comes after done
			got := out.String()
			if tc.wantNothing && got != "" {
				t.Fatalf("printed %q, want nothing", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("printed %q, want it to contain %q", got, w)
				}
			}
			for _, w := range tc.wantNot {
				if strings.Contains(got, w) {
					t.Errorf("printed %q, want no %q", got, w)
				}
			}
			if tc.terminal && got != "" && !strings.HasSuffix(got, "\r\x1b[K") {
				t.Errorf("the live line is not erased at the end: %q", got)
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
