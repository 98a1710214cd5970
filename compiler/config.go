package compiler

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/gojsc/gojsc/jsrt"
)

// config is Options checked and completed once, before any work is done:
// paths absolute, defaults filled in, the target and memory limit parsed.
// The stages read it and never change it; Options is never changed at all.
type config struct {
	bundle bundleConfig
	// dynamic are the bundle configurations of the -D modules.
	dynamic []bundleConfig
	// output is the executable to write, absolute; "" with exportDir.
	output string
	// exportDir is where to write the generated package, absolute; "" to build.
	exportDir string
	// goFile is where to write the program as a Go file (-c), absolute;
	// goFileSpec names its package and variable.
	goFile     string
	goFileSpec goFileSpec
	// depFile is the dependency file to write, absolute; "" for none.
	depFile string
	// keepWork is the work directory to build in and keep, absolute; "" for a temporary one.
	keepWork string
	// embed are the --embed paths as given (Options.Embed).
	embed []string
	// links are the native modules to link, checked as far as can be
	// without files or network.
	links     []linkRequest
	stackSize int
	// memoryLimit is the program's default memory limit in bytes; 0: the runtime's default.
	memoryLimit int64
	// goos and goarch are the target's; both "" for this machine.
	goos, goarch string
	// goCommand is the go tool to build with, as given: a name looked up on PATH or a path.
	goCommand string
	// build are the settings of the program's go build flags.
	build buildSettings
	// goFlags are extra flags for go build (Options.GoFlags).
	goFlags []string
	// goOutput, if not nil, also receives go build's output.
	goOutput io.Writer
	progress func(ProgressEvent)
}

// bundleConfig is what the bundle stage needs of a config.
type bundleConfig struct {
	// entry is the entry script as given, for messages and the generated main.
	entry string
	// role names the entry in messages: "entry script", or "-D module" for
	// a module bundled on its own (Options.Dynamic).
	role string
	// dynamic makes the bundle a module loaded at run time (see
	// finishDynamic) rather than the program's main script.
	dynamic bool
	// name is a dynamic bundle's file name in the generated package.
	name string
	// workDir resolves relative paths; absolute.
	workDir string
	// module forces ES module semantics (Options.Module).
	module bool
	minify bool
	// defines are Options.Defines plus gojsc's own (see defines).
	defines map[string]string
	// leftOut maps a default module left out to the flag that did it.
	leftOut map[string]string
	// stdin is the script read from Options.Stdin when the entry is
	// StdinEntry; entry is then stdinName.
	stdin []byte
}

// validateOptions checks opts and turns it into the config every stage
// reads. It is the only place options are interpreted.
func validateOptions(opts Options) (config, error) {
	return checkOptions(opts, true)
}

// checkOptions is validateOptions; without writes, the options that name
// what a build writes (the output, -e, -c, the dependency file) are left
// out, as for a program run in-process (Load).
func checkOptions(opts Options, writes bool) (config, error) {
	bc, err := opts.bundleConfig()
	if err != nil {
		return config{}, err
	}
	c := config{
		bundle:    bc,
		dynamic:   bc.dynamicConfigs(opts.Dynamic),
		stackSize: opts.StackSize,
		embed:     slices.Clone(opts.Embed),
		goCommand: opts.GoCommand,
		goFlags:   slices.Clone(opts.GoFlags),
		goOutput:  opts.GoOutput,
		progress:  opts.Progress,
	}
	c.build = buildSettings{ldflags: opts.LDFlags, tags: opts.Tags, keepPaths: opts.KeepPaths}
	if strings.ContainsAny(opts.LDFlags, "\n\r") {
		return config{}, badOption("--ldflags %q: a line break is not a linker flag", opts.LDFlags)
	}
	for _, tag := range opts.Tags {
		if tag == "" || strings.Trim(tag, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.") != "" {
			return config{}, badOption("--tags: %q is not a build tag: letters, digits, _ and . only, tags separated by commas", tag)
		}
	}
	if c.goCommand == "" {
		c.goCommand = "go"
	}
	if opts.Target != "" {
		goos, goarch, ok := strings.Cut(opts.Target, "/")
		if !ok || !isWord(goos) || !isWord(goarch) {
			return config{}, badOption("--target %q: want GOOS/GOARCH, e.g. linux/arm64", opts.Target)
		}
		if goos == "plan9" || goos == "js" || goos == "wasip1" {
			return config{}, badOption("--target %q: gojsc programs run on Unix systems (linux, darwin, freebsd, ...) and Windows", opts.Target)
		}
		c.goos, c.goarch = goos, goarch
	}
	if opts.StackSize < 0 {
		return config{}, badOption("stack size %d is negative", opts.StackSize)
	}
	if opts.MemoryLimit != "" {
		n, err := jsrt.ParseMemoryLimit(opts.MemoryLimit)
		if err != nil {
			return config{}, badOption("--memory-limit: %v", err)
		}
		c.memoryLimit = n
	}
	for _, f := range c.goFlags {
		// Anything else would be taken for a package to build.
		if !strings.HasPrefix(f, "-") {
			return config{}, badOption("go build flag %q (GOJSC_GOFLAGS) does not start with -; give flags only, e.g. GOJSC_GOFLAGS='-x -tags=netgo'", f)
		}
	}
	if c.links, err = linkRequests(opts); err != nil {
		return config{}, err
	}
	if !writes {
		return c, nil
	}
	if opts.DepFile != "" {
		c.depFile = bc.abs(opts.DepFile)
		if err := checkOutputDir(c.depFile); err != nil {
			return config{}, err
		}
		if err := checkOutput(c.depFile); err != nil {
			return config{}, err
		}
	}
	if opts.GoFile != "" && opts.ExportDir != "" {
		return config{}, badOption("-c and -e both say what to write; give one")
	}
	if opts.GoFile != "" && len(opts.Embed) > 0 {
		return config{}, badOption("--embed with -c: a Go file cannot carry files; embed them in your Go program (an embed.FS) and set the program's Files to it")
	}
	if opts.GoFile != "" {
		c.goFile = bc.abs(opts.GoFile)
		if c.goFileSpec, err = checkGoFile(c.goFile, opts.GoName, opts.GoPackage); err != nil {
			return config{}, err
		}
		if err := checkOutputDir(c.goFile); err != nil {
			return config{}, err
		}
		if err := checkOutput(c.goFile); err != nil {
			return config{}, err
		}
		return c, nil
	}
	if opts.ExportDir != "" {
		c.exportDir = bc.abs(opts.ExportDir)
		return c, nil
	}
	out := opts.Output
	if out == "" {
		out = DefaultOutput(opts.Entry)
	}
	c.output = bc.abs(out)
	if err := checkOutputDir(c.output); err != nil {
		return config{}, err
	}
	if err := checkOutput(c.output); err != nil {
		return config{}, err
	}
	if opts.KeepWork != "" {
		c.keepWork = bc.abs(opts.KeepWork)
	}
	return c, nil
}

// DefaultOutput is the executable Compile writes when Options.Output is
// empty: the entry's base name without its extension, with ".out" added
// when it has none, and "a.out" for a script read from stdin, as a C
// compiler names it.
func DefaultOutput(entry string) string {
	if entry == StdinEntry {
		return "a.out"
	}
	base := filepath.Base(entry)
	out := strings.TrimSuffix(base, filepath.Ext(base))
	if out == base || out == "" {
		out = base + ".out"
	}
	return out
}

// checkOutputDir checks that the directory of the file out can be made:
// the nearest of its parents that exists is a directory. The missing ones
// are created once the build succeeds.
func checkOutputDir(out string) error {
	for d := filepath.Dir(out); ; d = filepath.Dir(d) {
		st, err := os.Stat(d)
		if err == nil {
			if !st.IsDir() {
				return badOption("cannot write %s: %s is not a directory", out, d)
			}
			return nil
		}
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			return fmt.Errorf("cannot write %s: %w", out, err)
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

// bundleConfig checks and completes what the bundle stage reads of opts.
func (o Options) bundleConfig() (bundleConfig, error) {
	if o.Entry == "" {
		return bundleConfig{}, badOption("no entry script given")
	}
	wd := o.WorkingDir
	if wd == "" {
		var err error
		if wd, err = os.Getwd(); err != nil {
			return bundleConfig{}, fmt.Errorf("finding the working directory: %w", err)
		}
	}
	c := bundleConfig{
		entry:   o.Entry,
		role:    "entry script",
		workDir: wd,
		module:  o.Module,
		minify:  o.Minify,
		defines: defines(o.Defines),
	}
	if o.NoStd || o.NoOS {
		c.leftOut = map[string]string{}
		if o.NoStd {
			c.leftOut["std"] = "-fno-std"
		}
		if o.NoOS {
			c.leftOut["os"] = "-fno-os"
		}
	}
	if o.Entry == StdinEntry {
		src, err := readStdin(o.Stdin)
		if err != nil {
			return bundleConfig{}, err
		}
		c.entry, c.stdin = stdinName, src
	}
	return c, nil
}

// dynamicConfigs are the bundle configurations of the -D modules.
func (c bundleConfig) dynamicConfigs(files []string) []bundleConfig {
	var cs []bundleConfig
	for i, f := range files {
		d := c
		d.entry, d.role, d.dynamic = f, "-D module", true
		d.name = fmt.Sprintf("dynamic%d.js", i+1)
		cs = append(cs, d)
	}
	return cs
}

// isWord reports whether s is a GOOS or GOARCH-like name: lower-case
// letters and digits, so nothing else reaches the go command's environment.
func isWord(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789") == ""
}

// abs resolves p against the working directory.
func (c bundleConfig) abs(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(c.workDir, p)
}

// defines are the user's defines plus what npm packages commonly test, as
// Bun and Deno define it: process.env.NODE_ENV is "production".
func defines(user map[string]string) map[string]string {
	d := map[string]string{"process.env.NODE_ENV": `"production"`}
	maps.Copy(d, user)
	return d
}
