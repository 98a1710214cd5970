//go:build unix

package jsrt

import (
	"runtime"
	"testing"

	"github.com/dop251/goja"
)

// A pending timer keeps little more than itself alive: the callback is
// kept as it is, not in closures around it. A script with many timers
// pending spends its memory on its own callbacks, not on the loop.
func TestTimerMemory(t *testing.T) {
	vm := newTestVM(t)
	const n = 20000
	if _, err := vm.rt.RunString(`var f = () => {};`); err != nil {
		t.Fatal(err)
	}
	prg := goja.MustCompile("timers.js", `for (let i = 0; i < 20000; i++) setTimeout(f, 1e9);`, false)
	live := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	before := live()
	if _, err := vm.rt.RunProgram(prg); err != nil {
		t.Fatal(err)
	}
	per := float64(live()-before) / n
	runtime.KeepAlive(vm)
	t.Logf("%.0f bytes kept per pending timer", per)
	// The timer (80 bytes), its slot in the heap and its entry in the map
	// by id; a closure per timer would add at least 48 bytes.
	if per > 140 {
		t.Errorf("%.0f bytes kept per pending timer, want at most 140", per)
	}
}
