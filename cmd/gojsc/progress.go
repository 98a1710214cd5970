package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/gojsc/gojsc/compiler"
)

// progress tells the user what a slow build is doing. On a terminal, a
// build that runs past a second gets a line, rewritten as it goes, with
// the stage, the packages go build has compiled out of those it has to,
// and the time since the build began; it is erased when the build ends.
// Elsewhere (a log, CI), a build still running after a few seconds gets
// one line saying what it is waiting for. A fast build prints nothing.
// With -v, each stage is also named as it starts.
type progress struct {
	w        io.Writer
	terminal bool
	verbose  bool
	// liveDelay and quietDelay are how long a build runs before the
	// live line, or the one line without a terminal, is shown.
	liveDelay, quietDelay time.Duration
	// tick is how often the live line is redrawn.
	tick time.Duration

	mu                sync.Mutex
	start             time.Time
	ev                compiler.ProgressEvent
	ticker            *time.Ticker
	stop              chan struct{}
	shown, announced  bool
	finished, started bool
}

func newProgress(w io.Writer, terminal, verbose bool) *progress {
	return &progress{w: w, terminal: terminal, verbose: verbose,
		liveDelay: time.Second, quietDelay: 5 * time.Second, tick: 250 * time.Millisecond}
}

// stageText names what a stage does.
var stageText = map[compiler.Stage]string{
	compiler.StageBundle:   "bundling the script and its imports",
	compiler.StageValidate: "checking the bundle",
	compiler.StageGenerate: "writing the Go package",
	compiler.StageBuild:    "building the executable with go build",
}

// event is compiler.Options.Progress.
func (p *progress) event(e compiler.ProgressEvent) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return
	}
	if !p.started {
		p.started = true
		p.start = time.Now()
		p.stop = make(chan struct{})
		p.ticker = time.NewTicker(p.tick)
		go p.run(p.ticker, p.stop)
	}
	if e.Stage != p.ev.Stage && p.verbose {
		p.clear()
		fmt.Fprintf(p.w, "gojsc: %s...\n", stageText[e.Stage])
	}
	p.ev = e
	p.update()
}

// run redraws the live line until stop is closed.
func (p *progress) run(t *time.Ticker, stop chan struct{}) {
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			p.mu.Lock()
			if !p.finished {
				p.update()
			}
			p.mu.Unlock()
		}
	}
}

// update shows what is due: the live line on a terminal, the one line
// elsewhere. p.mu is held.
func (p *progress) update() {
	elapsed := time.Since(p.start)
	switch {
	case p.terminal && (p.shown || elapsed >= p.liveDelay):
		fmt.Fprintf(p.w, "\r\x1b[K%s", p.line(elapsed))
		p.shown = true
	case !p.terminal && !p.announced && elapsed >= p.quietDelay && p.ev.Stage == compiler.StageBuild:
		p.announced = true
		what := "go build is still running"
		if p.ev.Total > 0 {
			what = fmt.Sprintf("go build has %d packages to compile (%d done)", p.ev.Total, p.ev.Compiled)
		}
		fmt.Fprintf(p.w, "gojsc: %s after %ds; the first build, and the first for each target, compiles gojsc's runtime and its dependencies, which later builds reuse\n", what, int(elapsed.Seconds()))
	}
}

// line is the live line's text.
func (p *progress) line(elapsed time.Duration) string {
	secs := fmt.Sprintf("%ds", int(elapsed.Seconds()))
	e := p.ev
	switch {
	case e.Stage != compiler.StageBuild:
		return fmt.Sprintf("gojsc: %s, %s", stageText[e.Stage], secs)
	case e.Total > 0 && e.Compiled >= e.Total:
		return fmt.Sprintf("gojsc: building: %d/%d packages compiled, linking, %s", e.Compiled, e.Total, secs)
	case e.Total > 0:
		return fmt.Sprintf("gojsc: building: %d/%d packages compiled, %s", e.Compiled, e.Total, secs)
	}
	return fmt.Sprintf("gojsc: building: %d packages compiled, %s", e.Compiled, secs)
}

// clear erases the live line, if it is shown. p.mu is held.
func (p *progress) clear() {
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
}

// done ends the reports and erases the live line.
func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finished = true
	if p.started {
		p.ticker.Stop()
		close(p.stop)
	}
	p.clear()
}
