// Package compiler turns a JavaScript or TypeScript program into a
// standalone executable: Bundle → Validate → Link → Generate → Build. Each
// stage is a plain function from data to data; Compile checks the Options
// once, then runs the stages in order, timing them and reporting progress
// (Link only picks the native modules resolved beforehand, and is not
// reported). The
// package never prints: it returns a Result or an error, and reports
// progress through Options.Progress.
package compiler

import (
	"io"
	"time"
)

// Options describes one build. The zero value of every field but Entry is a
// sensible default.
type Options struct {
	// Entry is the script to compile (.js, .mjs, .cjs, .jsx, .ts, .mts,
	// .cts, .tsx, or a text file with no extension); StdinEntry ("-")
	// reads JavaScript from Stdin, bundled as if it were a file named
	// <stdin> in WorkingDir.
	Entry string
	// Stdin is read when Entry is StdinEntry.
	Stdin io.Reader
	// Output is the executable to write; default: DefaultOutput(Entry).
	// Missing directories above it are created.
	Output string
	// DepFile, when set, is where a successful build writes a make rule
	// naming Output (or ExportDir) as the target and every file the build
	// read as prerequisites, each also a target of an empty rule, as
	// `gcc -MD -MP` writes: see Result.Dependencies.
	DepFile string
	// ExportDir, when set, makes Compile write the generated Go package there
	// (main.go, go.mod, go.sum, the script and the runtime source) instead of
	// building it; `go build` in that directory builds the program.
	ExportDir string
	// GoFile, when set, makes Compile write only a Go file holding the
	// program (qjsc -c): a package-level jsrt.Program variable, named
	// GoName (default "Program"), in package GoPackage (default: the
	// package of the Go files already in GoFile's directory, else the
	// directory's name), which blank-imports the native modules linked.
	// A Go program of the user's runs it with jsrt.Run.
	GoFile    string
	GoName    string
	GoPackage string
	// KeepWork, when set, is the work directory to build in and keep.
	KeepWork string
	// Module forces ES module semantics on an entry with neither import nor
	// export (qjsc -m).
	Module bool
	// Dynamic are modules bundled into the program besides the entry, each
	// on its own (qjsc -D): a worker's script (os.Worker) or a module a
	// script loads with import() of a name known only at run time.
	Dynamic []string
	// Embed are files and directories carried inside the executable
	// (--embed), named by their paths relative to WorkingDir, which they
	// must be inside: a directory gives every regular file under it. The
	// program reads them under jsrt.AssetRoot (see jsrt.VM.Asset). Not
	// with GoFile, whose program's Files the Go program sets.
	Embed []string
	// Modules are the native modules to link besides the defaults (-M).
	Modules []ModuleSpec
	// NoStd and NoOS leave out the default std and os modules.
	NoStd, NoOS bool
	// StackSize limits the call-stack depth of the program (qjsc -S); 0: default.
	StackSize int
	// MemoryLimit is the program's default memory limit, as qjs's
	// --memory-limit takes it (e.g. "512M"; "0": none); empty: the
	// runtime's default. See jsrt.ParseMemoryLimit.
	MemoryLimit string
	// Target is "GOOS/GOARCH" to cross-compile; empty: this machine's.
	Target string
	// Minify minifies the bundled script.
	Minify bool
	// Defines replace global identifiers with constant expressions at build
	// time (esbuild's define), e.g. "DEBUG": "false".
	Defines map[string]string
	// LDFlags are extra flags for the Go linker, after gojsc's own
	// (-s -w -buildid=): e.g. "-X example.com/mod.Version=1.2" for a
	// native module's variable.
	LDFlags string
	// Tags are build tags for go build (-tags), for native modules that
	// have optional parts.
	Tags []string
	// KeepPaths builds without -trimpath: the executable then holds the
	// paths of the build machine (its module cache, the temporary build
	// directory) and is no longer the same from one build to the next.
	KeepPaths bool
	// GoCommand is the go tool to build with; default: "go" on PATH.
	GoCommand string
	// GoFlags are extra flags for go build, after gojsc's own, so that a
	// flag given here wins (the gojsc command takes them from
	// GOJSC_GOFLAGS). Each must start with "-". The user's GOFLAGS
	// environment variable applies as well.
	GoFlags []string
	// GoOutput, if set, receives the output of go build as it runs (with
	// GoFlags -x or -v, say); it is also kept for the error of a failed build.
	GoOutput io.Writer
	// WorkingDir resolves relative paths; default: the process's.
	WorkingDir string
	// Progress, if set, is told when each stage starts and, during the
	// build stage, each time go build compiles a package and when the
	// number it has to compile is known. It is called from other
	// goroutines than Compile's, one call at a time.
	Progress func(ProgressEvent)
}

// ModuleSpec names a native module to link: a built-in one (Path empty),
// a Go package in a local directory (Path starts with "." or "/") or a
// published Go module (Path is its import path, Version optional).
type ModuleSpec struct {
	Name    string
	Path    string
	Version string
}

// Stage is a step of the pipeline.
type Stage string

// The stages, in the order Compile runs them.
const (
	StageBundle   Stage = "bundle"
	StageValidate Stage = "validate"
	StageGenerate Stage = "generate"
	StageBuild    Stage = "build"
)

// A ProgressEvent tells how far a build is.
type ProgressEvent struct {
	// Stage is the stage running.
	Stage Stage
	// Compiled is, in the build stage, how many packages go build has
	// compiled so far (none on a warm build but the program's own).
	Compiled int
	// Total is how many packages go build has to compile in all: 0 until
	// counted, which is done once the build has run for a second (so
	// that a warm build does not pay for counting). Packages already in
	// the build cache are not counted.
	Total int
}

// Timing is how long a stage took.
type Timing struct {
	Stage    Stage
	Duration time.Duration
}

// Result describes a finished build.
type Result struct {
	// Output is the path of the executable written (or of the exported
	// package directory with Options.ExportDir).
	Output string
	// Inputs are the source files bundled, relative to the working directory.
	Inputs []string
	// Dependencies are the files the build read, what DepFile lists: the
	// entry first (unless read from stdin), then the sources and the
	// configuration files esbuild consulted, then the Go files, go.mod and
	// go.sum of the local native modules (-M NAME=./dir), then the
	// embedded files (Options.Embed); relative to the working directory
	// when inside it.
	Dependencies []string
	// Modules are the native modules linked.
	Modules []string
	// Timings are the durations of the stages run.
	Timings []Timing
	// Warnings are problems that did not stop the build.
	Warnings Errors
}
