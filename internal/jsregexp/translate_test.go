package jsregexp

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestGolden runs the translation of every case of testdata/cases.js on
// goja and compares its matches with node's, recorded in
// testdata/golden.json by testdata/record.js.
func TestGolden(t *testing.T) {
	data, err := os.ReadFile("testdata/golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var golden struct {
		Probes []string
		Cases  []struct {
			Pattern, Flags, Error string
			Matches               []any
		}
	}
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatal(err)
	}
	rt := goja.New()
	_ = rt.Set("probes", golden.Probes)
	for _, c := range golden.Cases {
		p, f, err := Translate(c.Pattern, c.Flags)
		if err != nil {
			if c.Error == "" {
				t.Errorf("/%s/%s: %v; node accepts it", c.Pattern, c.Flags, err)
			}
			continue
		}
		if !strings.Contains(f, "g") {
			f += "g"
		}
		_ = rt.Set("p", p)
		_ = rt.Set("f", f)
		v, err := rt.RunString(`JSON.stringify(probes.map(s => s.match(new RegExp(p, f))))`)
		if err != nil {
			if c.Error == "" {
				t.Errorf("/%s/%s translated to /%s/%s: %v", c.Pattern, c.Flags, p, f, err)
			}
			continue
		}
		if c.Error != "" {
			t.Errorf("/%s/%s translated to /%s/%s: no error; node throws a %s", c.Pattern, c.Flags, p, f, c.Error)
			continue
		}
		var got []any
		if err := json.Unmarshal([]byte(v.String()), &got); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, c.Matches) {
			short := p
			if len(short) > 200 {
				short = short[:200] + "..."
			}
			t.Errorf("/%s/%s (as /%s/%s):\n got %v\nwant %v", c.Pattern, c.Flags, short, f, got, c.Matches)
		}
	}
}

func TestNeeded(t *testing.T) {
	for _, c := range []struct {
		p, f string
		want bool
	}{
		{`\p{L}`, "u", true}, {`\P{L}`, "gu", true}, {`\p{L}`, "", false}, {`[a]`, "v", true},
		{`abc`, "u", false}, {`abc`, "gimsy", false}, {`\d+`, "d", false},
	} {
		if got := Needed(c.p, c.f); got != c.want {
			t.Errorf("Needed(%q, %q) = %v", c.p, c.f, got)
		}
		if !c.want {
			if p, f, err := Translate(c.p, c.f); p != c.p || f != c.f || err != nil {
				t.Errorf("Translate(%q, %q) = %q, %q, %v; want it unchanged", c.p, c.f, p, f, err)
			}
		}
	}
}

func TestErrorMessage(t *testing.T) {
	_, _, err := Translate(`a\p{Foo}`, "u")
	want := `Invalid regular expression: /a\p{Foo}/u: Invalid property name`
	if err == nil || err.Error() != want {
		t.Fatalf("got %v, want %s", err, want)
	}
	if e := err.(*Error); e.Offset != 1 {
		t.Errorf("offset %d, want 1", e.Offset)
	}
}
