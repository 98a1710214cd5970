package compiler

import (
	"slices"
	"testing"
)

func TestWithRequired(t *testing.T) {
	all := func(string) bool { return true }
	got := withRequired([]string{"web:fetch"}, all)
	slices.Sort(got)
	if want := []string{"web:abort", "web:blob", "web:events", "web:fetch"}; !slices.Equal(got, want) {
		t.Errorf("withRequired(web:fetch) = %v, want %v", got, want)
	}
	got = withRequired([]string{"web:fetch", "web:events"}, func(n string) bool { return n != "web:events" })
	slices.Sort(got)
	if want := []string{"web:abort", "web:blob", "web:events", "web:fetch"}; !slices.Equal(got, want) {
		t.Errorf("withRequired with web:events linked already = %v, want %v", got, want)
	}
	if got := withRequired([]string{"node:path"}, all); !slices.Equal(got, []string{"node:path"}) {
		t.Errorf("withRequired(node:path) = %v", got)
	}
}
