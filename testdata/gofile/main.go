// Command host is a Go program of a user's that runs a script compiled
// with `gojsc -c prog/hello.go -N Hello hello.js`, as the README shows.
package main

import (
	"context"
	"fmt"
	"os"

	"example.com/host/prog"
	"github.com/gojsc/gojsc/jsrt"
)

func main() {
	fmt.Println("host: running the script")
	status, err := jsrt.Run(context.Background(), prog.Hello, jsrt.Config{
		Args:   os.Args,
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println("host: the script ended with status", status)
}
