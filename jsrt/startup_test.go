package jsrt

import (
	"context"
	"os"
	"testing"
)

// BenchmarkHello measures a whole run of hello world (runtime, globals,
// compile, print, end): the start-up every program pays.
func BenchmarkHello(b *testing.B) {
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer null.Close()
	p := Program{Source: `print("hello")`}
	c := Config{Args: []string{"hello"}, Stdin: null, Stdout: null, Stderr: null}
	for b.Loop() {
		if status, err := Run(context.Background(), p, c); status != 0 || err != nil {
			b.Fatal(status, err)
		}
	}
}
