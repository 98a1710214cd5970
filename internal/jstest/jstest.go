// Package jstest runs scripts inside the test process as the programs
// gojsc builds from them would run: bundled and validated by the compiler's
// bundle and validate stages (which rewrite the regular expressions goja
// would get wrong), then run by jsrt.Run with the built-in native modules linked and stdin,
// stdout, stderr and the exit status captured. It saves a go build per
// script; what needs a process of its own (dying by a signal, a terminal)
// still needs a real build (see gojsctest).
package jstest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojsc/gojsc/compiler"
	"github.com/gojsc/gojsc/jsrt"

	// Every built-in native module, linked as a build links those used.
	_ "github.com/gojsc/gojsc/internal/builtinmods"
)

// builtins are the native modules this package links: every one.
var builtins = jsrt.Registered()

// Options say how to build and run a script.
type Options struct {
	// Dir is the directory gojsc and the program run in; the script's
	// path is relative to it. Run changes the test's working directory
	// to it (see testing.T.Chdir), so the test must not be parallel.
	Dir string
	// Flags are gojsc's: -m, -D FILE, -M NAME of a built-in module, -S N,
	// --minify, --define K=V, -fno-std, -fno-os.
	Flags []string
	// Program is the program's name (scriptArgs[0]); Args follow it.
	Program string
	Args    []string
	// Env is the program's whole environment.
	Env   []string
	Stdin []byte
}

// Result is what the program did.
type Result struct {
	Stdout, Stderr []byte
	Exit           int
}

// Run bundles script and runs it. A script that does not build, or a flag
// Run does not know, fails the test.
func Run(t testing.TB, script string, o Options) Result {
	t.Helper()
	opts, linked, err := parseFlags(o.Flags)
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	opts.Entry = script
	opts.WorkingDir = o.Dir
	bs, err := compiler.BundleProgram(opts, builtins, linked)
	for i := 0; err == nil && i < len(bs); i++ {
		err = compiler.Validate(bs[i], nil)
	}
	if err != nil {
		t.Fatalf("%s does not build: %v", script, err)
	}
	b := bs[0]
	dir := o.Dir
	if dir == "" {
		dir, _ = os.Getwd()
	}
	files, err := compiler.EmbedFiles(dir, opts.Embed)
	if err != nil {
		t.Fatalf("%s: %v", script, err)
	}
	var dynamic []jsrt.Script
	imports := b.Imports
	for _, d := range bs[1:] {
		dynamic = append(dynamic, jsrt.Script{Name: d.Entry, Source: d.Script, SourceMap: d.SourceMap, Module: d.Module})
		imports = append(imports, d.Imports...)
	}
	slices.Sort(imports)
	if o.Dir != "" {
		t.Chdir(o.Dir)
	}
	var stdout, stderr bytes.Buffer
	c := jsrt.Config{
		Args:   append([]string{o.Program}, o.Args...),
		Env:    o.Env,
		Stdin:  bytes.NewReader(o.Stdin),
		Stdout: &stdout,
		Stderr: &stderr,
	}
	ctx := context.Background()
	if d, ok := t.(interface{ Deadline() (time.Time, bool) }); ok {
		if dl, ok := d.Deadline(); ok {
			var cancel context.CancelFunc
			ctx, cancel = context.WithDeadline(ctx, dl)
			defer cancel()
		}
	}
	status, err := jsrt.Run(ctx, jsrt.Program{
		Source:        b.Script,
		SourceMap:     b.SourceMap,
		MaxStackDepth: opts.StackSize,
		Modules:       slices.Compact(imports),
		Preload:       b.Preload,
		Dynamic:       dynamic,
		Files:         files,
	}, c)
	if err != nil {
		t.Fatalf("running %s: %v", script, err)
	}
	return Result{Stdout: stdout.Bytes(), Stderr: stderr.Bytes(), Exit: status}
}

// parseFlags turns gojsc flags into compiler options and the native
// modules to link.
func parseFlags(flags []string) (compiler.Options, []string, error) {
	var opts compiler.Options
	useStd, useOS := true, true
	var mods []string
	for i := 0; i < len(flags); i++ {
		f := flags[i]
		arg := func() (string, error) {
			if i+1 >= len(flags) {
				return "", fmt.Errorf("flag %s needs a value", f)
			}
			i++
			return flags[i], nil
		}
		switch f {
		case "-m":
			opts.Module = true
		case "-D":
			f, err := arg()
			if err != nil {
				return opts, nil, err
			}
			opts.Dynamic = append(opts.Dynamic, f)
		case "--embed":
			f, err := arg()
			if err != nil {
				return opts, nil, err
			}
			opts.Embed = append(opts.Embed, f)
		case "--minify":
			opts.Minify = true
		case "-fno-std":
			useStd = false
		case "-fno-os":
			useOS = false
		case "-M":
			name, err := arg()
			if err != nil {
				return opts, nil, err
			}
			if !slices.Contains(builtins, name) {
				return opts, nil, fmt.Errorf("-M %s: only built-in modules run in-process; build this script for real", name)
			}
			mods = append(mods, name)
		case "-S":
			v, err := arg()
			if err != nil {
				return opts, nil, err
			}
			if opts.StackSize, err = strconv.Atoi(v); err != nil {
				return opts, nil, fmt.Errorf("-S %s: %w", v, err)
			}
		case "--define":
			v, err := arg()
			if err != nil {
				return opts, nil, err
			}
			k, val, ok := strings.Cut(v, "=")
			if !ok {
				return opts, nil, fmt.Errorf("--define %s: want KEY=VALUE", v)
			}
			if opts.Defines == nil {
				opts.Defines = map[string]string{}
			}
			opts.Defines[k] = val
		default:
			return opts, nil, fmt.Errorf("flag %s does not run in-process; build this script for real", f)
		}
	}
	var linked []string
	if useStd {
		linked = append(linked, "std")
	}
	if useOS {
		linked = append(linked, "os")
	}
	for _, m := range mods {
		if !slices.Contains(linked, m) {
			linked = append(linked, m)
		}
	}
	return opts, linked, nil
}
