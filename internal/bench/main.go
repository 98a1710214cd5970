// Command bench measures gojsc's figures (compile time, binary size,
// start-up, and the throughput of the runtime's os and std modules) and
// prints them in one table, each beside its floor: the same figure for a
// plain Go program that embeds the script and runs it on goja with a
// buffered print and nothing else (./floor), or for QuickJS's qjs (on PATH,
// or the one -qjs names) when goja alone cannot run the script.
//
// Run it from the repository with `go run ./internal/bench`. A figure whose
// program fails to build or run is reported as "n/a" with the error, and the
// other figures are still measured.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/gojsc/gojsc/compiler"
)

// Limits on a single go build or program run, so that an unfinished module
// that hangs costs one row, not the whole run.
const (
	buildTimeout = 10 * time.Minute
	runTimeout   = 3 * time.Minute
)

// Sizes the scripts in testdata/bench are written for; the harness checks
// their output against them so that a broken implementation cannot pass
// for a fast one.
const (
	readBytes    = 1 << 30
	timerCount   = 100000
	printLines   = 1000000
	getlineBytes = 100 << 20
	getlineWidth = 100 // bytes per line of the getline input, newline included

	// sizeTarget is issue 2's "10 MB", read as decimal megabytes.
	sizeTarget = 10e6
)

func main() {
	quick := flag.Bool("quick", false, "one run per figure, no cold compile")
	qjs := flag.String("qjs", "", "QuickJS's qjs `binary` to compare with (default: qjs on PATH)")
	only := flag.String("only", "", "measure only the comma-separated groups `NAMES` ("+strings.Join(groupNames(), ", ")+")")
	keep := flag.Bool("keep", false, "keep the work directory and print its path")
	flag.Parse()

	b, err := newBench(*quick, *qjs)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %v\n", err)
		os.Exit(1)
	}
	if *keep {
		fmt.Fprintf(os.Stderr, "bench: work directory %s\n", b.work)
	} else {
		defer os.RemoveAll(b.work)
	}
	var rows []row
	for _, g := range groups {
		if !selected(g.name, *only) {
			continue
		}
		fmt.Fprintf(os.Stderr, "bench: %s...\n", g.name)
		rows = append(rows, b.runGroup(g)...)
	}
	b.print(os.Stdout, rows)
}

// A group measures related figures, sharing builds.
type group struct {
	name string
	run  func(*bench) []row
}

var groups = []group{
	{"compile", (*bench).compileRows},
	{"size", (*bench).sizeRows},
	{"startup", (*bench).startupRows},
	{"os-read", (*bench).osReadRows},
	{"timers", (*bench).timerRows},
	{"pipes", (*bench).pipeRows},
	{"print", (*bench).printRows},
	{"puts", (*bench).putsRows},
	{"printf", (*bench).printfRows},
	{"getline", (*bench).getlineRows},
	{"workers", (*bench).workerRows},
}

func groupNames() []string {
	var names []string
	for _, g := range groups {
		names = append(names, g.name)
	}
	return names
}

func selected(name, only string) bool {
	if only == "" {
		return true
	}
	for _, want := range strings.Split(only, ",") {
		if strings.TrimSpace(want) == name {
			return true
		}
	}
	return false
}

// A row is one line of the table. Cells are already formatted.
type row struct {
	what, gojsc, floor, ratio, target, result string
}

// bench holds what the groups share: the work directory, the gojsc binary
// built from this checkout, the floor's module and the programs already
// built.
type bench struct {
	root  string // repository root
	work  string // temporary directory for everything built and written
	quick bool

	gojsc    string // path of the gojsc binary, if it built
	gojscErr error
	floorDir string // the floor's module directory, if it could be set up
	floorErr error
	qjs      string // path of qjs, or ""

	built map[string]builtProgram // by key: "gojsc:" or "floor:" plus script
	notes []string                // full error texts, referenced from the table
}

type builtProgram struct {
	path string
	err  error
}

func newBench(quick bool, qjs string) (*bench, error) {
	root, err := findRoot()
	if err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp("", "gojsc-bench-")
	if err != nil {
		return nil, fmt.Errorf("creating the work directory: %w", err)
	}
	b := &bench{root: root, work: work, quick: quick, built: make(map[string]builtProgram)}
	raiseFileLimit()
	if qjs == "" {
		qjs = "qjs"
	}
	b.qjs, err = exec.LookPath(qjs)
	if err != nil && qjs != "qjs" {
		return nil, fmt.Errorf("-qjs %s: %w", qjs, err)
	}

	fmt.Fprintln(os.Stderr, "bench: building gojsc...")
	b.gojsc = filepath.Join(work, "bin", "gojsc")
	if _, err := b.goCommand(root, nil, "build", "-o", b.gojsc, "./cmd/gojsc"); err != nil {
		b.gojsc, b.gojscErr = "", fmt.Errorf("building gojsc: %w", err)
	}
	b.floorDir, b.floorErr = b.setUpFloor()
	return b, nil
}

// findRoot walks up from the working directory to the go.mod of module
// github.com/gojsc/gojsc.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		data, err := os.ReadFile(filepath.Join(d, "go.mod"))
		if err == nil && bytes.HasPrefix(data, []byte("module github.com/gojsc/gojsc\n")) {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("no go.mod of github.com/gojsc/gojsc in %s or above: run the bench from the repository", dir)
		}
	}
}

// raiseFileLimit lifts the soft limit on open files to the hard one, for
// the pipes figure. Setting it explicitly also makes Go pass it on to the
// programs the harness starts, instead of the limit it started with.
func raiseFileLimit() {
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < lim.Max {
		lim.Cur = lim.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
}

// goEnv is the go command's environment for every build, the one gojsc
// itself uses, so that the floor is built exactly as gojsc builds programs.
func goEnv(extra []string) []string {
	return append(compiler.GoBuildEnv(""), extra...)
}

// goCommand runs the go command in dir and returns how long it took.
func (b *bench) goCommand(dir string, env []string, args ...string) (time.Duration, error) {
	return b.command(dir, env, "go", args...)
}

// command runs a build step and returns its wall time; on failure the
// error carries the command's output.
func (b *bench) command(dir string, env []string, name string, args ...string) (time.Duration, error) {
	ctx, cancel := context.WithTimeout(context.Background(), buildTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	cmd.Env = goEnv(env)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		return d, fmt.Errorf("%s %s: %w: %s", filepath.Base(name), strings.Join(args, " "), err, strings.TrimSpace(out.String()))
	}
	return d, nil
}

// setUpFloor writes the floor's module: its main.go, a go.mod with this
// repository's requirements (the versions every gojsc program is built
// with) and go.sum.
func (b *bench) setUpFloor() (string, error) {
	dir := filepath.Join(b.work, "floor")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("setting up the floor: %w", err)
	}
	src, err := os.ReadFile(filepath.Join(b.root, "internal", "bench", "floor", "main.go"))
	if err != nil {
		return "", fmt.Errorf("setting up the floor: %w", err)
	}
	gomod, err := os.ReadFile(filepath.Join(b.root, "go.mod"))
	if err != nil {
		return "", fmt.Errorf("setting up the floor: %w", err)
	}
	gosum, err := os.ReadFile(filepath.Join(b.root, "go.sum"))
	if err != nil {
		return "", fmt.Errorf("setting up the floor: %w", err)
	}
	_, rest, _ := bytes.Cut(gomod, []byte("\n"))
	gomod = append([]byte("module gojsc.local/floor\n"), rest...)
	for name, data := range map[string][]byte{"main.go": src, "go.mod": gomod, "go.sum": gosum} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return "", fmt.Errorf("setting up the floor: %w", err)
		}
	}
	return dir, nil
}

// compileGojsc compiles the script at path with gojsc into out and returns
// gojsc's wall time. env is added to gojsc's environment (GOCACHE, say).
func (b *bench) compileGojsc(path, out string, env []string) (time.Duration, error) {
	if b.gojscErr != nil {
		return 0, b.gojscErr
	}
	args := append(append([]string{"-o", out}, scriptFlags(path)...), path)
	return b.command(filepath.Dir(path), env, b.gojsc, args...)
}

// scriptFlags are the gojsc flags a bench script asks for in a first line
// "// flags: ..." (-D for the modules of its workers).
func scriptFlags(path string) []string {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	first, _, _ := strings.Cut(string(src), "\n")
	if rest, ok := strings.CutPrefix(first, "// flags:"); ok {
		return strings.Fields(rest)
	}
	return nil
}

// buildFloor builds the floor with script embedded into out, with gojsc's
// build flags, and returns the go build's wall time.
func (b *bench) buildFloor(script []byte, out string, env []string) (time.Duration, error) {
	if b.floorErr != nil {
		return 0, b.floorErr
	}
	if err := os.WriteFile(filepath.Join(b.floorDir, "script.js"), script, 0o644); err != nil {
		return 0, fmt.Errorf("writing the floor's script: %w", err)
	}
	return b.goCommand(b.floorDir, env, compiler.GoBuildArgs(out)...)
}

// program returns a binary of the bench script name (in testdata/bench)
// built by kind "gojsc" or "floor", building it the first time.
func (b *bench) program(kind, name string) (string, error) {
	key := kind + ":" + name
	if p, ok := b.built[key]; ok {
		return p.path, p.err
	}
	src := filepath.Join(b.root, "testdata", "bench", name)
	out := filepath.Join(b.work, "bin", kind+"-"+strings.TrimSuffix(name, filepath.Ext(name)))
	var err error
	switch kind {
	case "gojsc":
		_, err = b.compileGojsc(src, out, nil)
	case "floor":
		var script []byte
		if script, err = os.ReadFile(src); err == nil {
			_, err = b.buildFloor(script, out, nil)
		}
	}
	b.built[key] = builtProgram{out, err}
	return out, err
}

// A run is one execution of a program.
type run struct {
	wall   time.Duration
	maxRSS int64  // peak resident set, bytes
	last   string // the last line of its stdout
}

// runProgram runs argv with its stdout written to the file stdout (or
// discarded when stdout is "") and checks that it exits 0.
func runProgram(argv []string, stdout string) (run, error) {
	ctx, cancel := context.WithTimeout(context.Background(), runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	if stdout != "" {
		f, err := os.Create(stdout)
		if err != nil {
			return run{}, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	r := run{wall: time.Since(start)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
			if runtime.GOOS == "darwin" {
				r.maxRSS = int64(ru.Maxrss) // bytes on macOS
			}
		}
	}
	if err != nil {
		if ctx.Err() != nil {
			return r, fmt.Errorf("%s: killed after %v", filepath.Base(argv[0]), runTimeout)
		}
		return r, fmt.Errorf("%s: %w: %s", filepath.Base(argv[0]), err, firstLines(errBuf.String(), 3))
	}
	if stdout != "" {
		r.last = lastLine(stdout)
	}
	return r, nil
}

// lastLine returns the last line of the file, read from its last 4 KiB.
func lastLine(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return ""
	}
	off := max(st.Size()-4096, 0)
	buf := make([]byte, st.Size()-off)
	if _, err := f.ReadAt(buf, off); err != nil && !errors.Is(err, io.EOF) {
		return ""
	}
	s := strings.TrimRight(string(buf), "\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "...")
	}
	return strings.Join(lines, " | ")
}

// repeat runs argv n times and returns the run with the median wall time,
// checking each run's output with check.
func repeat(n int, argv []string, stdout string, check func(run) error) (run, error) {
	var runs []run
	for range n {
		r, err := runProgram(argv, stdout)
		if err == nil && check != nil {
			err = check(r)
		}
		if err != nil {
			return run{}, err
		}
		runs = append(runs, r)
	}
	return medianRun(runs), nil
}

// medianRun returns the run with the median wall time.
func medianRun(runs []run) run {
	s := slices.Clone(runs)
	slices.SortFunc(s, func(a, b run) int { return int(a.wall - b.wall) })
	return s[len(s)/2]
}

// median returns the median of vs, 0 for none.
func median[T time.Duration | int64](vs []T) T {
	if len(vs) == 0 {
		return 0
	}
	s := slices.Clone(vs)
	slices.Sort(s)
	return s[len(s)/2]
}

// runs is how many times a runtime figure is measured.
func (b *bench) runs(n int) int {
	if b.quick {
		return 1
	}
	return n
}

// runGroup runs g, turning a panic into an n/a row so one broken figure
// never stops the others.
func (b *bench) runGroup(g group) (rows []row) {
	defer func() {
		if v := recover(); v != nil {
			rows = append(rows, b.naRow(g.name, "", "", fmt.Errorf("harness panic: %v", v)))
		}
	}()
	return g.run(b)
}

// naRow is a row whose gojsc figure could not be measured.
func (b *bench) naRow(what, floor, target string, err error) row {
	return row{what: what, gojsc: b.na(err), floor: orDash(floor), ratio: "—", target: orDash(target), result: "n/a"}
}

// na formats an error for a cell and keeps its full text for the notes.
func (b *bench) na(err error) string {
	b.notes = append(b.notes, err.Error())
	msg := strings.Join(strings.Fields(err.Error()), " ")
	if len(msg) > 48 {
		msg = msg[:45] + "..."
	}
	return fmt.Sprintf("n/a (error [%d]: %s)", len(b.notes), msg)
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// print writes the table and the notes.
func (b *bench) print(w io.Writer, rows []row) {
	qjs := "not on PATH"
	if b.qjs != "" {
		qjs = b.qjs
	}
	load := "unknown"
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(data))[:3], " ")
	}
	fmt.Fprintf(w, "gojsc figures (%s, %s/%s, %d CPUs, load average %s at the end; wall-clock medians)\n", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), load)
	fmt.Fprintf(w, "floor: a goja program with a buffered print, built with gojsc's go build flags; qjs: %s\n\n", qjs)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tgojsc\tfloor\tratio\ttarget\tresult")
	fmt.Fprintln(tw, "------\t-----\t-----\t-----\t------\t------")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.what, r.gojsc, r.floor, r.ratio, r.target, r.result)
	}
	tw.Flush()
	if len(b.notes) > 0 {
		fmt.Fprintln(w, "\nerrors:")
		for i, n := range b.notes {
			fmt.Fprintf(w, "[%d] %s\n", i+1, n)
		}
	}
}

// Formatting of figures.

func fmtDur(d time.Duration) string {
	switch {
	case d < 10*time.Millisecond:
		return fmt.Sprintf("%.2f ms", float64(d)/1e6)
	case d < time.Second:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.2f s", d.Seconds())
	}
}

func fmtMB(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// fmtSize shows a file size in both units, since "MB" is read both ways.
func fmtSize(n int64) string {
	return fmt.Sprintf("%.2f MB = %.2f MiB", float64(n)/1e6, float64(n)/(1<<20))
}

func fmtRatio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

func passFail(ok bool) string {
	if ok {
		return "pass"
	}
	return "FAIL"
}

// Figures of issue 2: the compiler.

var helloCounter int

// helloScript is a hello world whose text changes on every call, so each
// compile really rebuilds the program.
func helloScript() []byte {
	helloCounter++
	return fmt.Appendf(nil, "print(\"hello, world %d\");\n", helloCounter)
}

func (b *bench) compileRows() []row {
	dir := filepath.Join(b.work, "hello")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return []row{b.naRow("compile hello, warm", "", "", err)}
	}
	script := filepath.Join(dir, "hello.js")
	out := filepath.Join(dir, "hello")
	floorOut := filepath.Join(dir, "floor-hello")
	gojscOnce := func(env []string) (time.Duration, error) {
		if err := os.WriteFile(script, helloScript(), 0o644); err != nil {
			return 0, err
		}
		return b.compileGojsc(script, out, env)
	}
	floorOnce := func(env []string) (time.Duration, error) {
		return b.buildFloor(helloScript(), floorOut, env)
	}
	n := b.runs(5)
	timeIt := func(once func([]string) (time.Duration, error)) (time.Duration, error) {
		if _, err := once(nil); err != nil { // fills the build cache
			return 0, err
		}
		var ds []time.Duration
		for range n {
			d, err := once(nil)
			if err != nil {
				return 0, err
			}
			ds = append(ds, d)
		}
		return median(ds), nil
	}
	var rows []row
	const what = "compile hello, content changed, warm cache"
	const target = "≤ 0.5 s and ≤ 1.3× floor"
	floor, ferr := timeIt(floorOnce)
	floorCell := fmtDur(floor)
	if ferr != nil {
		floorCell = b.na(ferr)
	}
	warm, err := timeIt(gojscOnce)
	if err != nil {
		rows = append(rows, b.naRow(what, floorCell, target, err))
	} else {
		r := row{what: fmt.Sprintf("%s (median of %d)", what, n), gojsc: fmtDur(warm), floor: floorCell, ratio: "—", target: target}
		ok := warm <= 500*time.Millisecond
		if ferr == nil {
			r.ratio = fmtRatio(warm.Seconds(), floor.Seconds())
			ok = ok && warm.Seconds() <= 1.3*floor.Seconds()
		}
		r.result = passFail(ok)
		rows = append(rows, r)
	}
	if b.quick {
		return rows
	}

	// Cold: an empty build cache, so goja and the runtime are compiled too.
	cold := func(once func([]string) (time.Duration, error)) (time.Duration, error) {
		cache, err := os.MkdirTemp(b.work, "gocache-")
		if err != nil {
			return 0, err
		}
		defer os.RemoveAll(cache)
		return once([]string{"GOCACHE=" + cache})
	}
	const coldWhat = "compile hello, cold (empty GOCACHE, 1 run)"
	fmt.Fprintln(os.Stderr, "bench: cold compiles (about a minute)...")
	// gojsc goes first: anything the first build leaves warm (the page
	// cache, say) then favours the floor, not gojsc.
	gojscCold, err := cold(gojscOnce)
	floorCold, ferr := cold(floorOnce)
	floorCell = fmtDur(floorCold)
	if ferr != nil {
		floorCell = b.na(ferr)
	}
	if err != nil {
		return append(rows, b.naRow(coldWhat, floorCell, "report", err))
	}
	r := row{what: coldWhat, gojsc: fmtDur(gojscCold), floor: floorCell, ratio: "—", target: "report", result: "—"}
	if ferr == nil {
		r.ratio = fmtRatio(gojscCold.Seconds(), floorCold.Seconds())
	}
	return append(rows, r)
}

// hello returns the hello binaries of gojsc and the floor, built from the
// same script.
func (b *bench) hello() (gojscBin, floorBin string, gerr, ferr error) {
	if p, ok := b.built["hello:gojsc"]; ok {
		f := b.built["hello:floor"]
		return p.path, f.path, p.err, f.err
	}
	dir := filepath.Join(b.work, "hello-fixed")
	script := []byte("print(\"hello, world\");\n")
	gojscBin = filepath.Join(dir, "hello")
	floorBin = filepath.Join(dir, "floor-hello")
	gerr = os.MkdirAll(dir, 0o755)
	if gerr == nil {
		gerr = os.WriteFile(filepath.Join(dir, "hello.js"), script, 0o644)
	}
	if gerr == nil {
		_, gerr = b.compileGojsc(filepath.Join(dir, "hello.js"), gojscBin, nil)
	}
	_, ferr = b.buildFloor(script, floorBin, nil)
	b.built["hello:gojsc"] = builtProgram{gojscBin, gerr}
	b.built["hello:floor"] = builtProgram{floorBin, ferr}
	return gojscBin, floorBin, gerr, ferr
}

func (b *bench) sizeRows() []row {
	const what, target = "hello binary size (stripped)", "≤ 10 MB (10^7 B)"
	gojscBin, floorBin, gerr, ferr := b.hello()
	floorCell := ""
	var floorSize int64
	if ferr == nil {
		st, err := os.Stat(floorBin)
		if ferr = err; err == nil {
			floorSize = st.Size()
			floorCell = fmtSize(floorSize)
		}
	}
	if ferr != nil {
		floorCell = b.na(ferr)
	}
	if gerr != nil {
		return []row{b.naRow(what, floorCell, target, gerr)}
	}
	st, err := os.Stat(gojscBin)
	if err != nil {
		return []row{b.naRow(what, floorCell, target, err)}
	}
	r := row{what: what, gojsc: fmtSize(st.Size()), floor: floorCell, ratio: "—", target: target, result: passFail(st.Size() <= sizeTarget)}
	if floorSize > 0 {
		r.ratio = fmtRatio(float64(st.Size()), float64(floorSize))
	}
	return []row{r}
}

func (b *bench) startupRows() []row {
	const target = "≤ 1.2× floor"
	n := 50
	if b.quick {
		n = 11
	}
	what := fmt.Sprintf("hello start-up to exit (median of %d)", n)
	gojscBin, floorBin, gerr, ferr := b.hello()
	if gerr != nil {
		return []row{b.naRow(what, "", target, gerr)}
	}
	// Alternate the two programs so that drift in the machine's load
	// affects both alike; the first runs warm the page cache.
	var gs, fs []time.Duration
	for i := -3; i < n; i++ {
		r, err := runProgram([]string{gojscBin}, "")
		if err != nil {
			return []row{b.naRow(what, "", target, err)}
		}
		if i >= 0 {
			gs = append(gs, r.wall)
		}
		if ferr == nil {
			r, err := runProgram([]string{floorBin}, "")
			if ferr = err; err == nil && i >= 0 {
				fs = append(fs, r.wall)
			}
		}
	}
	g := median(gs)
	if ferr != nil {
		return []row{{what: what, gojsc: fmtDur(g), floor: b.na(ferr), ratio: "—", target: target, result: "n/a"}}
	}
	f := median(fs)
	return []row{{what: what, gojsc: fmtDur(g), floor: fmtDur(f), ratio: fmtRatio(g.Seconds(), f.Seconds()), target: target,
		result: passFail(g.Seconds() <= 1.2*f.Seconds())}}
}

// Figures of issues 3 and 4: the runtime.

// scriptBench describes a runtime figure measured by running a script of
// testdata/bench.
type scriptBench struct {
	what   string
	script string
	args   []string
	runs   int
	// floorGoja says the script runs on the goja floor (it uses only print).
	floorGoja bool
	// check verifies a run's result; value turns a run into the figure.
	check func(run) error
	value func(run) (float64, error)
	// format formats a value; higherBetter says how to read the ratio.
	format func(float64) string
	// target is the cell text; pass decides the result from gojsc's and the
	// floor's values (floor is 0 when there is none).
	target string
	pass   func(v, floor float64) bool
}

func wallSeconds(r run) (float64, error) { return r.wall.Seconds(), nil }

func fmtSeconds(v float64) string { return fmtDur(time.Duration(v * float64(time.Second))) }

func lastLineIs(want string) func(run) error {
	return func(r run) error {
		if r.last != want {
			return fmt.Errorf("wrong output: last line %q, want %q", r.last, want)
		}
		return nil
	}
}

// measure runs s with gojsc and with its floor (the goja floor, else qjs),
// alternating the two so that changes in the machine's load affect both
// alike.
func (b *bench) measure(s scriptBench) []row {
	stdout := filepath.Join(b.work, "stdout")
	qjsArgv := func() []string {
		return append([]string{b.qjs, filepath.Join(b.root, "testdata", "bench", s.script)}, s.args...)
	}
	var floorArgv []string
	floorKind := ""
	var floorErr error
	switch {
	case s.floorGoja:
		floorKind = "goja"
		bin, err := b.program("floor", s.script)
		floorArgv, floorErr = append([]string{bin}, s.args...), err
	case b.qjs != "":
		floorKind = "qjs"
		floorArgv = qjsArgv()
	}
	bin, gojscErr := b.program("gojsc", s.script)
	gojscArgv := append([]string{bin}, s.args...)

	var gojscRuns, floorRuns []run
	for range b.runs(s.runs) {
		if floorKind != "" && floorErr == nil {
			r, err := runProgram(floorArgv, stdout)
			if err == nil {
				err = s.check(r)
			}
			floorRuns, floorErr = append(floorRuns, r), err
		}
		if gojscErr == nil {
			r, err := runProgram(gojscArgv, stdout)
			if err == nil {
				err = s.check(r)
			}
			gojscRuns, gojscErr = append(gojscRuns, r), err
		}
	}
	floorCell, floorVal := "", 0.0
	if floorKind != "" {
		if floorErr == nil {
			floorVal, floorErr = s.value(medianRun(floorRuns))
		}
		if floorErr != nil {
			floorCell = b.na(floorErr)
		} else {
			floorCell = s.format(floorVal) + " (" + floorKind + ")"
		}
	}
	var v float64
	if gojscErr == nil {
		v, gojscErr = s.value(medianRun(gojscRuns))
	}
	if gojscErr != nil {
		return []row{b.naRow(s.what, floorCell, s.target, gojscErr)}
	}
	r := row{what: s.what, gojsc: s.format(v), floor: orDash(floorCell), ratio: "—", target: orDash(s.target), result: "—"}
	if floorErr == nil && floorVal > 0 {
		r.ratio = fmtRatio(v, floorVal)
	}
	if s.pass != nil {
		r.result = passFail(s.pass(v, floorVal))
	}
	rows := []row{r}

	// The print figure's target is against the goja floor; show qjs too.
	if s.floorGoja && b.qjs != "" {
		qr := row{what: s.what + ", vs qjs", gojsc: s.format(v), ratio: "—", target: "report", result: "—"}
		q, err := repeat(b.runs(s.runs), qjsArgv(), stdout, s.check)
		var qv float64
		if err == nil {
			qv, err = s.value(q)
		}
		if err != nil {
			qr.floor = b.na(err)
		} else {
			qr.floor, qr.ratio = s.format(qv)+" (qjs)", fmtRatio(v, qv)
		}
		rows = append(rows, qr)
	}
	return rows
}

func (b *bench) osReadRows() []row {
	return b.measure(scriptBench{
		what:   "os.read 1 GiB from a child, 64 KiB reads",
		script: "os-read-1gib.js",
		runs:   3,
		check: func(r run) error {
			prefix := fmt.Sprintf("os-read-1gib: %d bytes ", readBytes)
			if !strings.HasPrefix(r.last, prefix) || !strings.HasSuffix(r.last, "(status 0)") {
				return fmt.Errorf("wrong output: last line %q, want %q...(status 0)", r.last, prefix)
			}
			return nil
		},
		value: func(r run) (float64, error) {
			return float64(readBytes) / (1 << 30) / r.wall.Seconds(), nil
		},
		format: func(v float64) string { return fmt.Sprintf("%.2f GiB/s", v) },
		target: "≥ 1 GiB/s",
		pass:   func(v, _ float64) bool { return v >= 1 },
	})
}

func (b *bench) timerRows() []row {
	var rss, floorRSS int64
	s := scriptBench{
		what:   "100,000 timers scheduled and fired: time",
		script: "timers-100k.js",
		runs:   5,
		check: func(r run) error {
			if want := fmt.Sprintf("timers-100k: fired %d ", timerCount); !strings.HasPrefix(r.last, want) {
				return fmt.Errorf("wrong output: last line %q, want it to start with %q", r.last, want)
			}
			return nil
		},
		value:  wallSeconds,
		format: fmtSeconds,
		target: timerTarget,
		pass:   withinTimerTarget,
	}
	rows := b.measure(s)
	// Peak memory: the median of more runs of each, alternating.
	var rssRuns, floorRuns []int64
	bin, err := b.program("gojsc", s.script)
	for range b.runs(s.runs) {
		if b.qjs != "" {
			if r, err := runProgram([]string{b.qjs, filepath.Join(b.root, "testdata", "bench", s.script)}, ""); err == nil {
				floorRuns = append(floorRuns, r.maxRSS)
			}
		}
		if err == nil {
			if r, err := runProgram([]string{bin}, ""); err == nil {
				rssRuns = append(rssRuns, r.maxRSS)
			}
		}
	}
	rss, floorRSS = median(rssRuns), median(floorRuns)
	r := row{what: "100,000 timers scheduled and fired: peak RSS", gojsc: "n/a (see above)", floor: "—", ratio: "—", target: timerTarget, result: "—"}
	if rss > 0 {
		r.gojsc = fmtMB(rss)
	}
	if floorRSS > 0 {
		r.floor = fmtMB(floorRSS) + " (qjs)"
		r.ratio = fmtRatio(float64(rss), float64(floorRSS))
		if rss > 0 {
			r.result = passFail(withinTimerTarget(float64(rss), float64(floorRSS)))
		}
	}
	return append(rows, r)
}

// The timer figures' target (issue 10): within 1.5 times qjs's.
const timerTarget = "≤ 1.5× qjs"

func withinTimerTarget(v, qjs float64) bool { return qjs > 0 && v <= 1.5*qjs }

func (b *bench) pipeRows() []row {
	return b.measure(scriptBench{
		what:   "5,000 pipes: one byte through every pipe, median round",
		script: "pipes-5000.js",
		runs:   3,
		check: func(r run) error {
			_, err := pipeRound(r)
			return err
		},
		value:  pipeRound,
		format: fmtSeconds,
		target: "report",
	})
}

// pipeRound reads the median time of a round from the last line of
// pipes-5000.js, "pipes-5000: 50 rounds, per round: median 23.45 ms, ...".
func pipeRound(r run) (float64, error) {
	_, rest, ok := strings.Cut(r.last, "per round: median ")
	ms, unit, ok2 := strings.Cut(rest, " ")
	if !ok || !ok2 || !strings.HasPrefix(unit, "ms") {
		return 0, fmt.Errorf("wrong output: last line %q, want pipes-5000: ... per round: median N ms", r.last)
	}
	v, err := strconv.ParseFloat(ms, 64)
	if err != nil {
		return 0, fmt.Errorf("wrong output: last line %q: %w", r.last, err)
	}
	return v / 1000, nil
}

// linesOutput checks the output of the scripts that write "line 0" to
// "line 999999": its last line and its size.
func (b *bench) linesOutput() func(run) error {
	want := int64(0)
	for i := range printLines {
		want += int64(len("line \n") + len(strconv.Itoa(i)))
	}
	last := lastLineIs(fmt.Sprintf("line %d", printLines-1))
	stdout := filepath.Join(b.work, "stdout")
	return func(r run) error {
		if err := last(r); err != nil {
			return err
		}
		st, err := os.Stat(stdout)
		if err != nil {
			return err
		}
		if st.Size() != want {
			return fmt.Errorf("wrong output: %d bytes, want %d", st.Size(), want)
		}
		return nil
	}
}

func (b *bench) printRows() []row {
	return b.measure(scriptBench{
		what:      "1,000,000 print(\"line \" + i) to a file",
		script:    "print-1m.js",
		runs:      5,
		floorGoja: true,
		check:     b.linesOutput(),
		value:     wallSeconds,
		format:    fmtSeconds,
		target:    "≤ 1.1× goja floor",
		pass:      func(v, floor float64) bool { return floor > 0 && v <= 1.1*floor },
	})
}

func (b *bench) putsRows() []row {
	return b.measure(scriptBench{
		what:   "1,000,000 std.out.puts lines to a file",
		script: "std-puts-1m.js",
		runs:   5,
		check:  b.linesOutput(),
		value:  wallSeconds,
		format: fmtSeconds,
		target: "report",
	})
}

func (b *bench) printfRows() []row {
	return b.measure(scriptBench{
		what:   "1,000,000 std.printf(\"line %d\\n\") to a file",
		script: "std-printf-1m.js",
		runs:   5,
		check:  b.linesOutput(),
		value:  wallSeconds,
		format: fmtSeconds,
		target: "report",
	})
}

func (b *bench) getlineRows() []row {
	const what = "getline() over a 100 MiB file"
	input := filepath.Join(b.work, "lines-100mib.txt")
	if err := writeLines(input); err != nil {
		return []row{b.naRow(what, "", "report", err)}
	}
	lines := getlineBytes / getlineWidth
	return b.measure(scriptBench{
		what:   what,
		script: "std-getline.js",
		args:   []string{input},
		runs:   3,
		check:  lastLineIs(fmt.Sprintf("%d lines %d bytes", lines, lines*getlineWidth)),
		value:  wallSeconds,
		format: func(v float64) string { return fmt.Sprintf("%s (%.0f MiB/s)", fmtSeconds(v), getlineBytes/(1<<20)/v) },
		target: "report",
	})
}

// writeLines writes the getline input: lines of getlineWidth bytes.
func writeLines(path string) error {
	if _, err := os.Stat(path); err == nil {
		return nil
	}
	buf := make([]byte, 0, getlineBytes)
	for i := 0; len(buf) < getlineBytes; i++ {
		start := len(buf)
		buf = fmt.Appendf(buf, "line %07d ", i)
		for len(buf)-start < getlineWidth-1 {
			buf = append(buf, 'a'+byte(len(buf)%26))
		}
		buf = append(buf, '\n')
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		return fmt.Errorf("writing the getline input: %w", err)
	}
	return nil
}

// Figures of issue 10: workers, side by side with qjs.

// lastNumber returns the number in r's last line that precedes unit.
func lastNumber(r run, unit string) (float64, error) {
	i := strings.LastIndex(r.last, unit)
	if i < 0 {
		return 0, fmt.Errorf("no %q in the last line %q", unit, r.last)
	}
	f := strings.Fields(r.last[:i])
	if len(f) == 0 {
		return 0, fmt.Errorf("no number before %q in %q", unit, r.last)
	}
	return strconv.ParseFloat(strings.TrimPrefix(f[len(f)-1], "("), 64)
}

func (b *bench) workerRows() []row {
	prefix := func(p string) func(run) error {
		return func(r run) error {
			if !strings.HasPrefix(r.last, p) {
				return fmt.Errorf("wrong output: last line %q, want it to start with %q", r.last, p)
			}
			return nil
		}
	}
	rows := b.measure(scriptBench{
		what:   "small-object messages parent ↔ worker, one in flight",
		script: "workers-messages.js",
		runs:   3,
		check:  prefix("workers-messages: 40000 messages"),
		value:  func(r run) (float64, error) { return lastNumber(r, " messages/s") },
		format: func(v float64) string { return fmt.Sprintf("%.0f/s", v) },
		target: "report",
	})
	rows = append(rows, b.measure(scriptBench{
		what:   "worker start-up, new os.Worker to first reply",
		script: "workers-startup.js",
		runs:   3,
		check:  prefix("workers-startup: 50 workers"),
		value:  func(r run) (float64, error) { return lastNumber(r, " ms each") },
		format: func(v float64) string { return fmt.Sprintf("%.2f ms", v) },
		target: "report",
	})...)
	return append(rows, b.measure(scriptBench{
		what:   fmt.Sprintf("4 CPU-bound workers at once: speed-up over 1 (%d cores)", runtime.NumCPU()),
		script: "workers-cpu.js",
		runs:   3,
		check:  prefix("workers-cpu: 1 worker"),
		value:  func(r run) (float64, error) { return lastNumber(r, "x") },
		format: func(v float64) string { return fmt.Sprintf("%.2f×", v) },
		target: "report",
	})...)
}
