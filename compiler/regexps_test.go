package compiler

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/go-sourcemap/sourcemap"
)

// TestValidateRewritesRegExps checks that literals goja would misread are
// rewritten, and that what follows them on their line still maps to the
// user's source.
func TestValidateRewritesRegExps(t *testing.T) {
	for _, minify := range []bool{false, true} {
		t.Run(fmt.Sprint("minify=", minify), func(t *testing.T) {
			dir := t.TempDir()
			src := "const a = /\\p{Lu}+/u, b = /[\\p{L}--[a-z]]/v, c = /x/g; print(a.test(\"\\u00c9\"), b.test(\"b\"), c); foo();\n"
			writeFiles(t, dir, map[string]string{"main.js": src})
			b, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir, Minify: minify}, nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := Validate(b, nil); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.Script, `\p`) || strings.Contains(b.Script, "/v") {
				t.Fatalf("not rewritten:\n%s", b.Script)
			}
			sm, err := sourcemap.Parse("", b.SourceMap)
			if err != nil {
				t.Fatal(err)
			}
			// The calls of print and foo, after the rewritten literals on
			// their line, map to the same distance apart as in the source.
			col := func(s string) (int, int) {
				for i, l := range strings.Split(b.Script, "\n") {
					if c := strings.Index(l, s); c >= 0 {
						_, _, line, c, ok := sm.Source(i+1, c)
						if !ok {
							t.Fatalf("%s at %d:%d is not mapped", s, i+1, c)
						}
						return line, c
					}
				}
				t.Fatalf("no %s in\n%s", s, b.Script)
				return 0, 0
			}
			pl, pc := col("print(")
			fl, fc := col("foo()")
			if pl != 1 || fl != 1 || fc-pc != strings.Index(src, "foo()")-strings.Index(src, "print(") {
				t.Errorf("print( maps to 1:%d, foo() to %d:%d; want them %d apart on line 1", pc, fl, fc, strings.Index(src, "foo()")-strings.Index(src, "print("))
			}
		})
	}
}

// TestValidateBadPropertyEscape checks the build-time SyntaxError.
func TestValidateBadPropertyEscape(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"main.js": "print(1);\nconst re = /\\p{Foo}/u;\n"})
	b, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir}, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = Validate(b, nil)
	var es Errors
	if !errors.As(err, &es) || len(es) != 1 {
		t.Fatalf("got %v, want one error", err)
	}
	e := es[0]
	if !errors.Is(e, ErrSyntax) || e.File != "main.js" || e.Line != 2 || e.Column != 11 || !strings.Contains(e.Message, `/\p{Foo}/u: Invalid property name`) {
		t.Errorf("got %#v", e)
	}
}

// TestRegExpTranslationCost measures Validate on a bundle with 15 literals
// to rewrite, against the same bundle without them.
func TestRegExpTranslationCost(t *testing.T) {
	if testing.Short() {
		t.Skip("a measurement")
	}
	var with, without strings.Builder
	props := []string{"L", "Lu", "Ll", "N", "P", "S", "Z", "Script=Latin", "sc=Greek", "Alphabetic", "ID_Start", "ID_Continue", "Emoji", "White_Space", "Extended_Pictographic"}
	for i, p := range props {
		fmt.Fprintf(&with, "const r%d = /^[\\p{%s}_$][\\p{%s}\\d]*$/u;\n", i, p, p)
		fmt.Fprintf(&without, "const r%d = /^[a-z_$][a-z\\d]*$/u;\n", i)
	}
	for _, c := range []struct {
		name, src string
	}{{"15 property escapes", with.String()}, {"none", without.String()}} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"main.js": c.src + "print(r0);\n"})
		b, err := BundleScript(Options{Entry: "main.js", WorkingDir: dir}, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		script, m := b.Script, b.SourceMap
		const n = 5
		start := time.Now()
		for range n {
			b.Script, b.SourceMap = script, m
			if err := Validate(b, nil); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("%s: Validate %v, script %d -> %d bytes", c.name, time.Since(start)/n, len(script), len(b.Script))
	}
}
