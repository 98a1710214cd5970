package compiler

import (
	"context"

	"github.com/gojsc/gojsc/jsrt"
)

// Load bundles and validates a program to run in this process (gojsc
// run), as Compile would for an executable: the same bundle, the same
// checks, the same settings, but no Go package, no go build and nothing
// written. The native modules are those Compile would link, so that the
// script sees the same modules (without -M process, an npm package named
// process is bundled, as in the executable); the host must have linked
// the built-in modules' packages (blank imports), and jsrt.Run checks that
// it did. A -M link to a Go package of the user's cannot be loaded into a
// running process and is an error. The options that name what a build writes
// (Output, ExportDir, GoFile, DepFile, KeepWork) and those of go build
// (Target, LDFlags, Tags, ...) are ignored.
//
// The Result lists the files the bundle read (Dependencies), which a
// watcher polls to run the program again when one changes.
func Load(ctx context.Context, opts Options) (jsrt.Program, Result, error) {
	cfg, err := checkOptions(opts, false)
	if err != nil {
		return jsrt.Program{}, Result{}, err
	}
	for _, r := range cfg.links {
		if r.Path != "" {
			return jsrt.Program{}, Result{}, badOption("-M %s links a Go package, which cannot be loaded into a running gojsc; build the program instead: gojsc -o app -M %s %s && ./app",
				specString(r.ModuleSpec), specString(r.ModuleSpec), opts.Entry)
		}
	}
	prog, res, err := prepare(ctx, cfg)
	if err != nil {
		return jsrt.Program{}, res, err
	}
	p := jsrt.Program{
		Source:        prog.bundle.Script,
		SourceMap:     prog.bundle.SourceMap,
		MaxStackDepth: prog.stackSize,
		MemoryLimit:   prog.memoryLimit,
		Modules:       res.Modules,
		Preload:       prog.bundle.Preload,
	}
	if p.Files, err = loadEmbeds(prog.embeds); err != nil {
		return jsrt.Program{}, res, err
	}
	for _, d := range prog.dynamic {
		p.Dynamic = append(p.Dynamic, jsrt.Script{Name: d.Entry, Source: d.Script, SourceMap: d.SourceMap, Module: d.Module})
	}
	return p, res, nil
}
