package compiler

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/gojsc/gojsc/jsrt"
)

// Compile runs the whole pipeline: it bundles opts.Entry, validates the
// bundle, generates the Go package and builds the executable.
func Compile(ctx context.Context, opts Options) (Result, error) {
	var res Result
	if err := opts.normalize(); err != nil {
		return res, err
	}
	plan, err := resolveLinks(ctx, &opts)
	if err != nil {
		return res, err
	}
	links := plan.links
	var linked []string
	for _, l := range links {
		linked = append(linked, l.Name)
	}
	known := slices.Clone(linked)
	for _, n := range builtinModules() {
		if !slices.Contains(known, n) {
			known = append(known, n)
		}
	}
	slices.Sort(known)

	stage := func(s Stage, fn func() error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if opts.Progress != nil {
			opts.Progress(s)
		}
		start := time.Now()
		err := fn()
		res.Timings = append(res.Timings, Timing{s, time.Since(start)})
		return err
	}

	// Finding and checking the go command takes a process start; do it
	// while the script is bundled.
	type goToolResult struct {
		path string
		err  error
	}
	toolCh := make(chan goToolResult, 1)
	if opts.ExportDir == "" {
		go func() {
			p, err := goTool(ctx, opts.GoCommand)
			toolCh <- goToolResult{p, err}
		}()
	}

	var b *Bundle
	if err := stage(StageBundle, func() (err error) {
		b, err = abandonOnCancel(ctx, func() (*Bundle, error) { return BundleScript(&opts, known, linked) })
		return err
	}); err != nil {
		return res, err
	}
	res.Inputs = b.Inputs
	res.Warnings = b.Warnings
	for _, in := range b.Inputs {
		if opts.ExportDir == "" && opts.abs(in) == opts.Output {
			return res, badOption("the output %s is one of the program's sources; choose another -o", opts.Output)
		}
	}
	links = plan.used(b)
	for _, l := range links {
		if l.Name != "" {
			res.Modules = append(res.Modules, l.Name)
		}
	}
	if err := stage(StageValidate, func() error {
		_, err := abandonOnCancel(ctx, func() (struct{}, error) {
			return struct{}{}, Validate(b, func(f string) string {
				data, _ := os.ReadFile(filepath.Join(opts.WorkingDir, f))
				return string(data)
			})
		})
		return err
	}); err != nil {
		return res, err
	}

	if opts.ExportDir != "" {
		res.Output = opts.ExportDir
		err := stage(StageGenerate, func() error {
			return export(opts.ExportDir, func(dir string) error {
				if err := generate(dir, b, &opts, links, ""); err != nil {
					return err
				}
				return plan.writeSums(dir)
			})
		})
		return res, err
	}

	tool := <-toolCh
	if tool.err != nil {
		return res, tool.err
	}
	goPath := tool.path
	dir := opts.KeepWork
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
		if err := generate(dir, b, &opts, links, src); err != nil {
			return err
		}
		return plan.writeSums(dir)
	}); err != nil {
		return res, err
	}
	if err := stage(StageBuild, func() error {
		if err := plan.check(ctx, goPath, dir, &opts); err != nil {
			return err
		}
		return build(ctx, goPath, dir, opts.Output, &opts)
	}); err != nil {
		return res, err
	}
	res.Output = opts.Output
	return res, nil
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

// normalize fills in defaults and checks what can be checked before any
// work is done.
func (o *Options) normalize() error {
	if o.Entry == "" {
		return badOption("no entry script given")
	}
	if o.WorkingDir == "" {
		wd, err := os.Getwd()
		if err != nil {
			return fmt.Errorf("finding the working directory: %w", err)
		}
		o.WorkingDir = wd
	}
	if o.Target != "" {
		goos, goarch, ok := strings.Cut(o.Target, "/")
		if !ok || !isWord(goos) || !isWord(goarch) {
			return badOption("--target %q: want GOOS/GOARCH, e.g. linux/arm64", o.Target)
		}
		if goos == "windows" || goos == "plan9" || goos == "js" || goos == "wasip1" {
			return badOption("--target %q: gojsc programs run on Unix systems (linux, darwin, freebsd, ...)", o.Target)
		}
	}
	if o.StackSize < 0 {
		return badOption("stack size %d is negative", o.StackSize)
	}
	if o.MemoryLimit != "" {
		if _, err := jsrt.ParseMemoryLimit(o.MemoryLimit); err != nil {
			return badOption("--memory-limit: %v", err)
		}
	}
	if o.ExportDir != "" {
		o.ExportDir = o.abs(o.ExportDir)
		return nil
	}
	if o.Output == "" {
		base := filepath.Base(o.Entry)
		o.Output = strings.TrimSuffix(base, filepath.Ext(base))
		if o.Output == base || o.Output == "" {
			o.Output = base + ".out"
		}
	}
	o.Output = o.abs(o.Output)
	if st, err := os.Stat(filepath.Dir(o.Output)); err != nil || !st.IsDir() {
		return badOption("cannot write %s: directory %s does not exist", o.Output, filepath.Dir(o.Output))
	}
	if err := checkOutput(o.Output); err != nil {
		return err
	}
	if o.KeepWork != "" {
		o.KeepWork = o.abs(o.KeepWork)
	}
	return nil
}

// isWord reports whether s is a GOOS or GOARCH-like name: lower-case
// letters and digits, so nothing else reaches the go command's environment.
func isWord(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789") == ""
}

func (o *Options) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(o.WorkingDir, p)
}
