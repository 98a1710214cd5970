// Command gojsc compiles a JavaScript or TypeScript program into a
// standalone executable, as QuickJS's qjsc does:
//
//	gojsc -o hello hello.js && ./hello
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/gojsc/gojsc/compiler"
	"github.com/urfave/cli/v2"
	"golang.org/x/sys/unix"
)

func main() {
	// -v is qjsc's verbose flag, so the version is --version only.
	cli.VersionFlag = &cli.BoolFlag{Name: "version", Usage: "print the versions of gojsc, goja, esbuild and Go", DisableDefaultText: true}
	if isRunCommand(os.Args[1:]) {
		os.Exit(runCommand(os.Args[2:]))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var interrupted atomic.Int32 // the exit status the first signal asks for
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, unix.SIGINT, unix.SIGTERM)
	go func() {
		// The first signal stops the build, which then removes its
		// temporary files; a second one ends gojsc at once.
		interrupted.Store(signalStatus(<-sigs))
		cancel()
		os.Exit(int(signalStatus(<-sigs)))
	}()
	app := newApp()
	args := append([]string{os.Args[0]}, flagsFirst(allFlags(app), os.Args[1:])...)
	err := app.RunContext(ctx, args)
	if status := interrupted.Load(); status != 0 && err != nil {
		fmt.Fprintln(os.Stderr, "gojsc: interrupted")
		os.Exit(int(status))
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gojsc: %v\n", err)
		os.Exit(1)
	}
}

// signalStatus is the exit status of a command a signal stopped, as shells
// report it: 128 plus the signal's number (130 for SIGINT, 143 for SIGTERM).
func signalStatus(s os.Signal) int32 {
	if n, ok := s.(unix.Signal); ok {
		return 128 + int32(n)
	}
	return 130
}

func newApp() *cli.App {
	app := &cli.App{
		Name:  "gojsc",
		Usage: "compile a JavaScript or TypeScript program into a standalone executable",
		UsageText: "gojsc [options] script.js|script.ts|- [options]\n" +
			"gojsc run [options] script.js [args...]   (run without building; see gojsc run --help)\n\n" +
			"example: gojsc -o hello -M process hello.js && ./hello\n\n" +
			"-M SPEC links a native module: NAME (built in: process; std and os are\n" +
			"linked when imported), NAME=./dir (a Go package of yours) or\n" +
			"NAME=example.com/mod[@version] (a published Go module).",
		Version:         versionText(),
		HideHelpCommand: true,
		// -M and --define values may hold commas (qjsc's -M name,cname; a
		// string constant): one flag, one value.
		DisableSliceFlagSeparator: true,
		Flags: slices.Concat([]cli.Flag{
			&cli.StringFlag{Name: "o", Usage: "write the executable to `FILE` (default: the script's base name)"},
			&cli.StringFlag{Name: "e", Usage: "write the generated Go package to `DIR` instead of building it"},
			&cli.StringFlag{Name: "c", Usage: "write only a Go `FILE` declaring the program as a jsrt.Program variable, for a Go program of yours (see -N, --package)"},
			&cli.StringFlag{Name: "N", Usage: "name the variable -c declares `NAME` (default: Program)"},
			&cli.StringFlag{Name: "package", Usage: "put the file -c writes in Go package `NAME` (default: that of the Go files beside it, else its directory's name)"},
		},
			programFlags(),
			[]cli.Flag{
				&cli.StringFlag{Name: "target", Usage: "cross-compile for `GOOS/GOARCH`, e.g. linux/arm64"},
				&cli.BoolFlag{Name: "v", Usage: "print the stages and their timings", DisableDefaultText: true},
				&cli.StringFlag{Name: "keep-work", Usage: "build in `DIR` and keep it"},
				&cli.StringFlag{Name: "ldflags", Usage: "pass `FLAGS` to the Go linker after gojsc's own (-s -w -buildid=), e.g. '-X example.com/mod.Version=1.2'"},
				&cli.StringFlag{Name: "tags", Usage: "build with the Go build tags `TAG,...`, for native modules with optional parts"},
				&cli.BoolFlag{Name: "trimpath", Value: true, Usage: "keep the build machine's paths out of the executable, so that the same input gives the same bytes (--trimpath=false keeps them)"},
				&cli.BoolFlag{Name: "MD", Usage: "write a make dependency file, the output's name with .d added, listing every file the build read", DisableDefaultText: true},
				&cli.StringFlag{Name: "MF", Usage: "write the make dependency file to `FILE` (implies -MD)"},
			}),
		Action: compile,
	}
	app.OnUsageError = func(_ *cli.Context, err error, _ bool) error {
		return usageError(allFlags(app), err)
	}
	return app
}

// allFlags are the app's flags with --help and --version.
func allFlags(app *cli.App) []cli.Flag {
	return append([]cli.Flag{cli.HelpFlag, cli.VersionFlag}, app.Flags...)
}

func compile(c *cli.Context) error {
	if c.NArg() != 1 {
		if c.NArg() == 0 {
			return fmt.Errorf("no script given: usage: gojsc [options] script.js (see gojsc --help)")
		}
		return fmt.Errorf("one script expected, got %d: %s", c.NArg(), strings.Join(c.Args().Slice(), " "))
	}
	opts, err := programOptions(c)
	if err != nil {
		return err
	}
	opts.Output = c.String("o")
	opts.DepFile = depFile(c)
	opts.ExportDir = c.String("e")
	opts.GoFile = c.String("c")
	opts.GoName = c.String("N")
	opts.GoPackage = c.String("package")
	opts.KeepWork = c.String("keep-work")
	opts.Target = c.String("target")
	opts.LDFlags = c.String("ldflags")
	opts.KeepPaths = !c.Bool("trimpath")
	if tags := c.String("tags"); tags != "" {
		opts.Tags = strings.Split(tags, ",")
	}
	// An escape hatch for what gojsc has no flag for (-x, -tags, ...);
	// the go command's output is shown then, as it asks for it.
	if flags := strings.Fields(os.Getenv("GOJSC_GOFLAGS")); len(flags) > 0 {
		opts.GoFlags = flags
		opts.GoOutput = os.Stderr
	}
	verbose := c.Bool("v")
	progress := newProgress(os.Stderr, isTerminal(2), verbose)
	opts.Progress = progress.event
	res, err := compiler.Compile(c.Context, opts)
	progress.done()
	if err := report(res, err); err != nil {
		return err
	}
	if verbose {
		var total time.Duration
		for _, t := range res.Timings {
			fmt.Fprintf(os.Stderr, "gojsc: %-9s %v\n", t.Stage, t.Duration.Round(time.Millisecond))
			total += t.Duration
		}
		mods := strings.Join(res.Modules, ",")
		if mods == "" {
			mods = "none"
		}
		fmt.Fprintf(os.Stderr, "gojsc: %d inputs, native modules %s, wrote %s in %v\n",
			len(res.Inputs), mods, res.Output, total.Round(time.Millisecond))
	}
	return nil
}

// programFlags are the flags that say what program a script makes, which
// both a build and gojsc run take.
func programFlags() []cli.Flag {
	return []cli.Flag{
		&cli.BoolFlag{Name: "m", Usage: "run the script as an ES module even if it has no import or export", DisableDefaultText: true},
		&cli.StringSliceFlag{Name: "M", Usage: "link native module `SPEC` (repeatable; see above)"},
		&cli.BoolFlag{Name: "fno-std", Usage: "leave out the std module", DisableDefaultText: true},
		&cli.BoolFlag{Name: "fno-os", Usage: "leave out the os module", DisableDefaultText: true},
		&cli.StringSliceFlag{Name: "D", Usage: "also bundle module `FILE`, for os.Worker or an import() of a name known only at run time (repeatable)"},
		&cli.StringSliceFlag{Name: "embed", Usage: "carry file or directory `PATH` (inside the working directory) in the program, read under /$gojsc/PATH or at PATH where no real file is (repeatable)"},
		&cli.IntFlag{Name: "S", Usage: "limit the call stack to `DEPTH` frames", DefaultText: "10000"},
		&cli.StringFlag{Name: "memory-limit", Usage: "keep the program under `SIZE` bytes of memory: a script keeping more than half of it reachable ends with \"InternalError: out of memory\" (k, M, G suffixes; 0: no limit; default: 3/4 of the machine's memory; GOJSC_MEMORY_LIMIT overrides it at run time)"},
		&cli.BoolFlag{Name: "minify", Usage: "minify the embedded script", DisableDefaultText: true},
		&cli.StringSliceFlag{Name: "define", Usage: "replace the global name K with the JS expression V at build time: `K=V` (repeatable)"},
	}
}

// programOptions reads the flags of programFlags and the script.
func programOptions(c *cli.Context) (compiler.Options, error) {
	opts := compiler.Options{
		Entry:       c.Args().First(),
		Stdin:       os.Stdin,
		Module:      c.Bool("m"),
		Dynamic:     c.StringSlice("D"),
		Embed:       c.StringSlice("embed"),
		NoStd:       c.Bool("fno-std"),
		NoOS:        c.Bool("fno-os"),
		StackSize:   c.Int("S"),
		MemoryLimit: c.String("memory-limit"),
		Minify:      c.Bool("minify"),
	}
	for _, m := range c.StringSlice("M") {
		spec, err := parseModuleFlag(m)
		if err != nil {
			return opts, err
		}
		opts.Modules = append(opts.Modules, spec)
	}
	for _, d := range c.StringSlice("define") {
		k, v, ok := strings.Cut(d, "=")
		if !ok || k == "" {
			return opts, fmt.Errorf("--define %q: want KEY=VALUE, e.g. --define DEBUG=false", d)
		}
		if opts.Defines == nil {
			opts.Defines = map[string]string{}
		}
		opts.Defines[k] = v
	}
	return opts, nil
}

// report prints a build's warnings and turns its error into the one
// gojsc prints: build errors with their places, in colour on a terminal.
func report(res compiler.Result, err error) error {
	style := compiler.Style{Color: useColor(isTerminal(2), os.Getenv)}
	for _, w := range res.Warnings {
		fmt.Fprintf(os.Stderr, "gojsc: %s\n", w.Format(style))
	}
	if err != nil {
		var es compiler.Errors
		if errors.As(err, &es) {
			return fmt.Errorf("build failed:\n%s", es.Format(style))
		}
		return err
	}
	return nil
}

// depFile is where -MD and -MF put the dependency file: -MF's file, or
// the output's name (the executable, or -e's directory) with .d added.
func depFile(c *cli.Context) string {
	switch {
	case c.String("MF") != "":
		return c.String("MF")
	case !c.Bool("MD"):
		return ""
	case c.String("e") != "":
		return strings.TrimRight(c.String("e"), "/") + ".d"
	case c.String("c") != "":
		return c.String("c") + ".d"
	case c.String("o") != "":
		return c.String("o") + ".d"
	}
	return compiler.DefaultOutput(c.Args().First()) + ".d"
}

// parseModuleFlag parses -M NAME, -M NAME=./dir, -M NAME=example.com/mod@v1,
// and qjsc's -M NAME,CNAME (the C name is meaningless here and ignored).
func parseModuleFlag(s string) (compiler.ModuleSpec, error) {
	name, target, hasTarget := strings.Cut(s, "=")
	name, _, _ = strings.Cut(name, ",")
	if name == "" || (hasTarget && target == "") {
		return compiler.ModuleSpec{}, fmt.Errorf("-M %q: want NAME, NAME=./dir or NAME=import/path[@version]", s)
	}
	spec := compiler.ModuleSpec{Name: name}
	if hasTarget {
		spec.Path = target
		if !strings.HasPrefix(target, ".") && !strings.HasPrefix(target, "/") {
			spec.Path, spec.Version, _ = strings.Cut(target, "@")
		}
	}
	return spec, nil
}

// useColor says whether messages are coloured: on a terminal, unless
// NO_COLOR is set (https://no-color.org) or TERM is dumb.
func useColor(terminal bool, getenv func(string) string) bool {
	return terminal && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlGetTermios)
	return err == nil
}

// versionText reports gojsc's version and those of the parts it builds with.
func versionText() string {
	v := "devel"
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		v = bi.Main.Version
	}
	deps := compiler.Versions()
	return fmt.Sprintf("%s (goja %s, esbuild %s, built with %s %s/%s)", v,
		deps["github.com/dop251/goja"], deps["github.com/evanw/esbuild"], runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
