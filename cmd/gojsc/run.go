package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"slices"
	"syscall"
	"time"

	"github.com/gojsc/gojsc/compiler"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/urfave/cli/v2"

	// gojsc run links every built-in native module, so that any script
	// runs without a build.
	_ "github.com/gojsc/gojsc/internal/builtinmods"
)

// isRunCommand reports whether the command line (without the program's
// name) asks for gojsc run: "run" first and something after it. A script
// named run is still compiled by `gojsc run` alone or `gojsc ./run`, and
// run.js is a script like any other.
func isRunCommand(args []string) bool {
	return len(args) > 1 && args[0] == "run"
}

// runCommand is gojsc run: args are what follows "run". It returns the
// exit status.
func runCommand(args []string) int {
	app := &cli.App{
		Name:  "gojsc run",
		Usage: "bundle a script and run it at once, on the runtime of compiled programs, without building an executable",
		UsageText: "gojsc run [options] script.js|script.ts|- [args...]\n\n" +
			"Options come before the script; what follows it is the script's (scriptArgs).\n" +
			"The script sees the native modules the same flags would link into an executable\n" +
			"(std and os when imported, -M NAME for the others); output and exit status are\n" +
			"those of the program `gojsc [options] script.js` builds.",
		HideHelpCommand:           true,
		HideVersion:               true,
		DisableSliceFlagSeparator: true,
		Flags: append(programFlags(),
			&cli.BoolFlag{Name: "watch", Usage: "run the script again each time one of the files it was bundled from changes", DisableDefaultText: true},
			&cli.BoolFlag{Name: "v", Usage: "print the stages and their timings", DisableDefaultText: true},
		),
	}
	status := 0
	app.Action = func(c *cli.Context) error {
		var err error
		status, err = runScript(c)
		return err
	}
	app.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
		return commandUsageError("gojsc run", append([]cli.Flag{cli.HelpFlag}, app.Flags...), err)
	}
	if err := app.Run(append([]string{"gojsc run"}, args...)); err != nil {
		fmt.Fprintf(os.Stderr, "gojsc: %v\n", err)
		return 1
	}
	return status
}

// runScript bundles the script c names and runs it in this process, once
// or, with --watch, again after each change.
func runScript(c *cli.Context) (int, error) {
	if c.NArg() == 0 {
		return 1, fmt.Errorf("no script given: usage: gojsc run [options] script.js [args...]")
	}
	opts, err := programOptions(c)
	if err != nil {
		return 1, err
	}
	args := c.Args().Slice()
	cfg := jsrt.Config{
		Args:          args, // scriptArgs[0] is the script, as in qjs
		Stdin:         os.Stdin,
		Stdout:        os.Stdout,
		Stderr:        os.Stderr,
		OnFatalSignal: dieBy,
	}
	if !c.Bool("watch") {
		prog, _, err := load(opts, c.Bool("v"))
		if err != nil {
			return 1, err
		}
		status, err := jsrt.Run(context.Background(), prog, cfg)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", args[0], err)
			return 1, nil
		}
		return status, nil
	}
	if opts.Entry == compiler.StdinEntry {
		return 1, fmt.Errorf("--watch needs a script file; - reads it from stdin once")
	}
	return 1, watch(opts, cfg, c.Bool("v"))
}

// load bundles the program, printing warnings, and with -v the stages'
// timings.
func load(opts compiler.Options, verbose bool) (jsrt.Program, compiler.Result, error) {
	prog, res, err := compiler.Load(context.Background(), opts)
	if err := report(res, err); err != nil {
		return prog, res, err
	}
	if verbose {
		for _, t := range res.Timings {
			fmt.Fprintf(os.Stderr, "gojsc: %-9s %v\n", t.Stage, t.Duration.Round(time.Millisecond))
		}
	}
	return prog, res, nil
}

// watchInterval is how often --watch looks at the files a program was
// bundled from.
const watchInterval = 200 * time.Millisecond

// watch runs the program, and runs it again, stopping the run in progress
// first, whenever a file it was bundled from changes. It returns only on
// a failure of the runtime itself; Ctrl-C ends gojsc.
func watch(opts compiler.Options, cfg jsrt.Config, verbose bool) error {
	files := []string{opts.Entry}
	for {
		prog, res, err := load(opts, verbose)
		if err == nil && len(res.Dependencies) > 0 {
			// A build that failed keeps the previous list, which names
			// the file to fix.
			files = res.Dependencies
		}
		before := stamps(files)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gojsc: %v\n", err)
		} else {
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan int, 1)
			var runErr error
			go func() {
				status, err := jsrt.Run(ctx, prog, cfg)
				runErr = err
				done <- status
			}()
			changed := waitChange(files, before, done)
			cancel()
			status := <-done
			if runErr != nil && !errors.Is(runErr, context.Canceled) {
				return runErr
			}
			if changed == "" {
				fmt.Fprintf(os.Stderr, "gojsc: exited with status %d; waiting for a change to %s\n", status, describe(files))
				changed = waitChange(files, before, nil)
			}
			fmt.Fprintf(os.Stderr, "gojsc: %s changed; running %s again\n", changed, opts.Entry)
			continue
		}
		fmt.Fprintf(os.Stderr, "gojsc: waiting for a change to %s\n", describe(files))
		waitChange(files, before, nil)
	}
}

// describe names the files watched, briefly.
func describe(files []string) string {
	switch len(files) {
	case 1:
		return files[0]
	case 2:
		return files[0] + " or " + files[1]
	}
	return fmt.Sprintf("%s or %d other files", files[0], len(files)-1)
}

// stamp is what tells that a file changed: its modification time, size
// and inode, or that it is missing.
type stamp struct {
	mod     time.Time
	size    int64
	ino     uint64
	missing bool
}

// stamps returns the stamp of each file.
func stamps(files []string) map[string]stamp {
	m := make(map[string]stamp, len(files))
	for _, f := range files {
		m[f] = stampOf(f)
	}
	return m
}

func stampOf(f string) stamp {
	st, err := os.Stat(f)
	if err != nil {
		return stamp{missing: true}
	}
	s := stamp{mod: st.ModTime(), size: st.Size()}
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		s.ino = uint64(sys.Ino)
	}
	return s
}

// waitChange polls files until one differs from before and returns its
// name, or returns "" when done (if not nil) receives, putting the value
// back.
func waitChange(files []string, before map[string]stamp, done chan int) string {
	t := time.NewTicker(watchInterval)
	defer t.Stop()
	for {
		select {
		case v := <-done:
			done <- v
			return ""
		case <-t.C:
		}
		if i := slices.IndexFunc(files, func(f string) bool { return stampOf(f) != before[f] }); i >= 0 {
			return files[i]
		}
	}
}

// dieBy lets sig end gojsc as it ends a compiled program, so that the
// shell sees a death by sig (status 130 for Ctrl-C). SIGQUIT, whose Go
// default dumps goroutines, ends the run with status 128+3 instead.
func dieBy(sig os.Signal) {
	if sig == syscall.SIGQUIT {
		return
	}
	signal.Reset(sig)
	_ = syscall.Kill(os.Getpid(), sig.(syscall.Signal))
	time.Sleep(time.Second) // the signal ends the process; if not, the run ends
}
