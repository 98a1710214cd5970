package esnext

import (
	"testing"

	"github.com/dop251/goja"
)

// TestSpecCases checks behaviour where QuickJS, which the golden tests
// are recorded from, departs from the spec.
func TestSpecCases(t *testing.T) {
	rt := goja.New()
	if _, err := Install(rt); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ expr, want string }{
		// %IteratorHelperPrototype%.return closes flatMap's inner iterator,
		// then the outer one.
		{`(() => {
			const log = [];
			const counted = (name) => Iterator.from({ next: () => ({ value: 1, done: false }), return() { log.push(name); return {}; } });
			const it = counted("outer").flatMap(() => counted("inner"));
			it.next();
			it.return();
			return log.join();
		})()`, "inner,outer"},
		// Only ASCII punctuators, white space and lone surrogates are
		// escaped, besides a leading alphanumeric.
		{`RegExp.escape("é,ü")`, `é\x2cü`},
		{`RegExp.escape("\u00a0\u2028")`, `\xa0\u2028`},
		{`Math.sumPrecise([1e308, 1e308, -1e308, -1e308, 5e-324])`, "5e-324"},
		{`Math.sumPrecise([2 ** 53, 1, 1])`, "9007199254740994"},
		{`Object.getOwnPropertyDescriptor(globalThis, "WeakRef").get !== undefined`, "true"},
		{`typeof WeakRef + Object.getOwnPropertyDescriptor(globalThis, "WeakRef").writable`, "functiontrue"},
		{`(() => { WeakRef = 1; return WeakRef; })()`, "1"},
	}
	for _, tc := range tests {
		v, err := rt.RunString(tc.expr)
		if err != nil {
			t.Errorf("%s: %v", tc.expr, err)
			continue
		}
		if v.String() != tc.want {
			t.Errorf("%s = %s, want %s", tc.expr, v, tc.want)
		}
	}
}
