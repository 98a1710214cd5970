package compiler

import (
	"context"
	"fmt"
	"os"
	"slices"
	"time"
)

// Compile runs the whole pipeline: it checks opts, bundles the entry,
// validates the bundle, links the native modules, generates the Go package
// and builds the executable (or, with Options.ExportDir, writes the
// package there; with Options.GoFile, writes only a Go file holding the
// program).
func Compile(ctx context.Context, opts Options) (Result, error) {
	cfg, err := validateOptions(opts)
	if err != nil {
		return Result{}, err
	}

	// Finding and checking the go command takes a process start; do it
	// while the script is bundled.
	type goToolResult struct {
		path string
		err  error
	}
	toolCh := make(chan goToolResult, 1)
	if cfg.exportDir == "" && cfg.goFile == "" {
		go func() {
			p, err := goTool(ctx, cfg.goCommand)
			toolCh <- goToolResult{p, err}
		}()
	}

	prog, res, err := prepare(ctx, cfg)
	if err != nil {
		return res, err
	}
	stage := cfg.stage(ctx, &res)

	switch {
	case cfg.goFile != "":
		res.Output = cfg.goFile
		if err := stage(StageGenerate, func() error { return writeGoFile(cfg.goFile, cfg.goFileSpec, prog) }); err != nil {
			return res, err
		}
		return res, cfg.writeDepFile(res)
	case cfg.exportDir != "":
		res.Output = cfg.exportDir
		err := stage(StageGenerate, func() error {
			return export(cfg.exportDir, func(dir string) error { return generate(dir, prog, "") })
		})
		if err != nil {
			return res, err
		}
		return res, cfg.writeDepFile(res)
	}

	tool := <-toolCh
	if tool.err != nil {
		return res, tool.err
	}
	lk := prog.links
	dir := cfg.keepWork
	if dir == "" {
		if dir, err = os.MkdirTemp("", "gojsc-build-"); err != nil {
			return res, fmt.Errorf("creating a work directory: %w", err)
		}
		defer os.RemoveAll(dir)
	}
	if err := stage(StageGenerate, func() error {
		src, err := runtimeSource()
		if err != nil {
			return err
		}
		return generate(dir, prog, src)
	}); err != nil {
		return res, err
	}
	g := goCmd{path: tool.path, flags: cfg.goFlags, output: cfg.goOutput}
	job := buildJob{dir: dir, out: cfg.output, user: lk.user, goos: cfg.goos, goarch: cfg.goarch, kept: cfg.keepWork != "", flags: programFlags(cfg.build)}
	if cfg.progress != nil {
		job.progress = func(compiled, total int) {
			cfg.progress(ProgressEvent{Stage: StageBuild, Compiled: compiled, Total: total})
		}
	}
	if err := stage(StageBuild, func() error { return build(ctx, g, job) }); err != nil {
		return res, err
	}
	res.Output = cfg.output
	return res, cfg.writeDepFile(res)
}

// stage returns a function that runs one stage of the pipeline, unless
// ctx is done, reporting it to the progress callback and timing it into
// res.
func (c config) stage(ctx context.Context, res *Result) func(Stage, func() error) error {
	return func(s Stage, fn func() error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if c.progress != nil {
			c.progress(ProgressEvent{Stage: s})
		}
		start := time.Now()
		err := fn()
		res.Timings = append(res.Timings, Timing{s, time.Since(start)})
		return err
	}
}

// prepare runs the stages that every use of a script shares: it resolves
// the native modules, bundles the entry and the -D modules, validates the
// bundles and links the modules they need, returning the program and the
// Result so far (inputs, dependencies, modules, warnings, timings).
func prepare(ctx context.Context, cfg config) (program, Result, error) {
	var res Result
	resolved, err := resolveModules(ctx, &cfg)
	if err != nil {
		return program{}, res, err
	}
	embeds, err := collectEmbeds(cfg.bundle.workDir, cfg.embed)
	if err != nil {
		return program{}, res, err
	}
	stage := cfg.stage(ctx, &res)

	var bundles []*Bundle // the entry's, then the -D modules'
	if err := stage(StageBundle, func() (err error) {
		known, linked := moduleNames(cfg.links)
		bundles, err = abandonOnCancel(ctx, func() ([]*Bundle, error) { return bundleAll(cfg, known, linked) })
		return err
	}); err != nil {
		return program{}, res, err
	}
	b := bundles[0]
	res.Inputs, res.Warnings = mergeInputs(bundles)
	for _, in := range res.Inputs {
		switch cfg.bundle.abs(in) {
		case cfg.output:
			return program{}, res, badOption("the output %s is one of the program's sources; choose another -o", cfg.output)
		case cfg.goFile:
			return program{}, res, badOption("the Go file %s is one of the program's sources; choose another -c", cfg.goFile)
		}
	}

	if err := stage(StageValidate, func() error {
		_, err := abandonOnCancel(ctx, func() (struct{}, error) {
			for _, b := range bundles {
				if err := Validate(b, func(f string) string {
					data, _ := cfg.bundle.read(cfg.bundle.abs(f), f)
					return string(data)
				}); err != nil {
					return struct{}{}, err
				}
			}
			return struct{}{}, nil
		})
		return err
	}); err != nil {
		return program{}, res, err
	}

	lk := linkModules(resolved, bundles...)
	res.Modules = lk.names()
	prog := program{bundle: b, dynamic: bundles[1:], links: lk, entry: cfg.bundle.entry, stackSize: cfg.stackSize, memoryLimit: cfg.memoryLimit, embeds: embeds}
	if res.Dependencies, err = dependencies(cfg.bundle, bundles, lk); err != nil {
		return program{}, res, err
	}
	for _, f := range embeds {
		if !slices.Contains(res.Dependencies, f.name) {
			res.Dependencies = append(res.Dependencies, f.name)
		}
	}
	return prog, res, nil
}

// writeDepFile writes the dependency file, if one was asked for, of a
// build that succeeded.
func (c config) writeDepFile(res Result) error {
	if c.depFile == "" {
		return nil
	}
	rule, err := depRule(relName(res.Output, c.bundle.workDir), res.Dependencies, c.bundle.stdin == nil)
	if err != nil {
		return err
	}
	return writeDepFile(c.depFile, rule)
}

// bundleAll bundles the entry, then each -D module. Two -D modules that
// are one file are an error: a script could not tell them apart.
func bundleAll(cfg config, known, linked []string) ([]*Bundle, error) {
	b, err := bundle(cfg.bundle, known, linked)
	if err != nil {
		return nil, err
	}
	bundles := []*Bundle{b}
	seen := map[string]string{}
	for _, dc := range cfg.dynamic {
		d, err := bundle(dc, known, linked)
		if err != nil {
			return nil, err
		}
		if first, dup := seen[d.Entry]; dup {
			return nil, badOption("-D %s and -D %s are the same module %s; give it once", first, dc.entry, d.Entry)
		}
		seen[d.Entry] = dc.entry
		bundles = append(bundles, d)
	}
	return bundles, nil
}

// mergeInputs returns the files all bundles read, sorted and each once,
// and their warnings.
func mergeInputs(bundles []*Bundle) ([]string, Errors) {
	if len(bundles) == 1 {
		return bundles[0].Inputs, bundles[0].Warnings
	}
	var ins []string
	var warns Errors
	for _, b := range bundles {
		ins = append(ins, b.Inputs...)
		warns = append(warns, b.Warnings...)
	}
	slices.Sort(ins)
	return slices.Compact(ins), warns
}

// abandonOnCancel runs fn, a stage that cannot be interrupted (esbuild,
// goja's compiler), and returns when it is done or when ctx is cancelled,
// whichever comes first: an interrupted build must stop at once, and a
// stage left running ends with the process.
func abandonOnCancel[T any](ctx context.Context, fn func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := fn()
		done <- result{v, err}
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-ctx.Done():
		var zero T
		return zero, ctx.Err()
	}
}
