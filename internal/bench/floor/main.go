// Command floor is the baseline that gojsc's figures are measured against:
// a plain Go program that embeds a script and runs it on goja with a
// buffered print global and nothing else, the least any goja-based tool
// pays. The bench harness copies it into a temporary module, replaces
// script.js and builds it with the flags gojsc builds programs with.
package main

import (
	"bufio"
	_ "embed"
	"fmt"
	"os"

	"github.com/dop251/goja"
)

//go:embed script.js
var script string

func main() {
	prg, err := goja.Compile("script.js", script, false)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	rt := goja.New()
	jsPrint := func(call goja.FunctionCall) goja.Value {
		b := out.AvailableBuffer()
		for i, arg := range call.Arguments {
			if i > 0 {
				b = append(b, ' ')
			}
			b = append(b, arg.String()...)
		}
		b = append(b, '\n')
		_, _ = out.Write(b)
		return goja.Undefined()
	}
	if err := rt.Set("print", jsPrint); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	_, err = rt.RunProgram(prg)
	if ferr := out.Flush(); ferr != nil && err == nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
