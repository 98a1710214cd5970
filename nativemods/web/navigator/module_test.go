package navigator_test

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"
)

func TestNavigator(t *testing.T) {
	r := webtest.Run(t, `console.log(navigator.userAgent, navigator.platform, navigator.hardwareConcurrency, navigator.language,
		Object.prototype.toString.call(navigator), Object.keys(globalThis).includes("navigator"));
		try { new Navigator(); } catch (e) { console.log(e.name, e.code, e.message); }`, []string{"web:navigator"}, nil)
	want := "gojsc " + runtime.GOOS + " " + strconv.Itoa(runtime.NumCPU()) + " en-US [object Navigator] false\nTypeError ERR_ILLEGAL_CONSTRUCTOR Illegal constructor\n"
	if r.Stdout != want || r.Exit != 0 {
		t.Errorf("got %q (exit %d, stderr %q), want %q", r.Stdout, r.Exit, r.Stderr, want)
	}
}
