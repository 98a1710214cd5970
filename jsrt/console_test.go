//go:build unix

package jsrt

import (
	"context"
	"regexp"
	"testing"
	"time"
)

func TestFormatDuration(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want string
	}{
		{71 * time.Microsecond, "0.071ms"},
		{999999 * time.Microsecond, "999.999ms"},
		{1500 * time.Millisecond, "1.500s"},
		{62345 * time.Millisecond, "1:02.345 (m:ss.mmm)"},
		{3723456 * time.Millisecond, "1:02:03.456 (h:mm:ss.mmm)"},
	} {
		if got := formatDuration(c.d); got != c.want {
			t.Errorf("formatDuration(%v) = %q, want %q", c.d, got, c.want)
		}
	}
}

func TestConsoleTimeAndWarnings(t *testing.T) {
	r := runScript(context.Background(), `
console.time("t"); console.timeLog("t", "more"); console.timeEnd("t"); console.timeEnd("t");
console.time(); console.time(); console.countReset("nope");
console.group("g"); console.error("e\nf");`, Config{})
	if r.status != 0 || r.err != nil {
		t.Fatalf("status %d, %v: %s", r.status, r.err, r.stderr)
	}
	stdout := regexp.MustCompile(`\d+\.\d{3}ms`).ReplaceAllString(r.stdout, "N.NNNms")
	if want := "t: N.NNNms more\nt: N.NNNms\ng\n"; stdout != want {
		t.Errorf("stdout %q, want %q", stdout, want)
	}
	want := "Warning: No such label 't' for console.timeEnd()\n" +
		"Warning: Label 'default' already exists for console.time()\n" +
		"Warning: Count for 'nope' does not exist\n" +
		"  e\n  f\n"
	if r.stderr != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", r.stderr, want)
	}
}
