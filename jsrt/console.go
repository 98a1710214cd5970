package jsrt

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/inspect"
)

// consoleState is what console's counters, timers and groups remember.
// It is made at the first call that needs it, so a program that only logs
// pays nothing for it.
type consoleState struct {
	indent string
	counts map[string]int
	timers map[string]time.Time
}

func (vm *VM) consoleState() *consoleState {
	if vm.cons == nil {
		vm.cons = &consoleState{counts: map[string]int{}, timers: map[string]time.Time{}}
	}
	return vm.cons
}

// installConsole defines the console global: log, info and debug write to
// stdout, error, warn and trace to stderr, with values rendered as print
// renders them; table, time, count, group, assert and dir follow node's
// output formats.
func (vm *VM) installConsole() {
	rt := vm.rt
	console := rt.NewObject()
	def := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := vm.Func(name, fn)
		vm.setLength(f, length)
		_ = console.Set(name, f)
	}
	// The functions QuickJS has keep its lengths; node's additions, node's.
	def("log", 1, vm.jsPrint)
	def("info", 1, vm.jsPrint)
	def("debug", 1, vm.jsPrint)
	def("error", 1, vm.jsPrintErr)
	def("warn", 1, vm.jsPrintErr)
	def("trace", 1, vm.jsTrace)
	def("dir", 0, vm.jsDir)
	def("table", 0, vm.jsTable)
	def("assert", 0, vm.jsAssert)
	def("count", 0, vm.jsCount)
	def("countReset", 0, vm.jsCountReset)
	def("time", 0, vm.jsTime)
	def("timeEnd", 0, vm.jsTimeEnd)
	def("timeLog", 0, vm.jsTimeLog)
	def("group", 0, vm.jsGroup)
	def("groupCollapsed", 0, vm.jsGroup)
	def("groupEnd", 0, vm.jsGroupEnd)
	_ = rt.GlobalObject().DefineDataProperty("console", console, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// indented returns b with the current group's indentation at the start of
// each line.
func (vm *VM) indented(b []byte) []byte {
	if vm.cons == nil || vm.cons.indent == "" {
		return b
	}
	ind := vm.cons.indent
	out := make([]byte, 0, len(b)+len(ind)*4)
	out = append(out, ind...)
	for i, c := range b {
		out = append(out, c)
		if c == '\n' && i < len(b)-1 {
			out = append(out, ind...)
		}
	}
	return out
}

// writeOut writes one line (b ends in a newline) to stdout, indented.
func (vm *VM) writeOut(b []byte) {
	_, _ = vm.out.Write(vm.indented(b))
	if vm.outTTY {
		_ = vm.out.Flush()
	}
}

// writeErr writes one line to stderr, indented, after flushing stdout.
func (vm *VM) writeErr(b []byte) {
	_ = vm.out.Flush()
	_, _ = vm.stderr.Write(vm.indented(b))
}

// label is the label argument of count, time and their kin.
func label(call goja.FunctionCall) string {
	if v := Arg(call, 0); !goja.IsUndefined(v) {
		return v.String()
	}
	return "default"
}

func (vm *VM) jsCount(call goja.FunctionCall) goja.Value {
	s := vm.consoleState()
	l := label(call)
	s.counts[l]++
	vm.writeOut(fmt.Appendf(nil, "%s: %d\n", l, s.counts[l]))
	return goja.Undefined()
}

func (vm *VM) jsCountReset(call goja.FunctionCall) goja.Value {
	s := vm.consoleState()
	l := label(call)
	if _, ok := s.counts[l]; !ok {
		vm.writeErr(fmt.Appendf(nil, "Warning: Count for '%s' does not exist\n", l))
		return goja.Undefined()
	}
	s.counts[l] = 0
	return goja.Undefined()
}

func (vm *VM) jsTime(call goja.FunctionCall) goja.Value {
	s := vm.consoleState()
	l := label(call)
	if _, ok := s.timers[l]; ok {
		vm.writeErr(fmt.Appendf(nil, "Warning: Label '%s' already exists for console.time()\n", l))
		return goja.Undefined()
	}
	s.timers[l] = time.Now()
	return goja.Undefined()
}

func (vm *VM) jsTimeEnd(call goja.FunctionCall) goja.Value {
	vm.timeLog(call, "console.timeEnd()", true)
	return goja.Undefined()
}

func (vm *VM) jsTimeLog(call goja.FunctionCall) goja.Value {
	vm.timeLog(call, "console.timeLog()", false)
	return goja.Undefined()
}

func (vm *VM) timeLog(call goja.FunctionCall, fn string, end bool) {
	s := vm.consoleState()
	l := label(call)
	start, ok := s.timers[l]
	if !ok {
		vm.writeErr(fmt.Appendf(nil, "Warning: No such label '%s' for %s\n", l, fn))
		return
	}
	b := fmt.Appendf(nil, "%s: %s", l, formatDuration(time.Since(start)))
	if end {
		delete(s.timers, l)
	} else if len(call.Arguments) > 1 {
		b = append(b, ' ')
		b = inspect.AppendPrint(b, vm.rt, call.Arguments[1:])
	}
	vm.writeOut(append(b, '\n'))
}

// formatDuration writes d as node's console.timeEnd does: milliseconds
// with three decimals, seconds past a second, m:ss.mmm past a minute and
// h:mm:ss.mmm past an hour.
func formatDuration(d time.Duration) string {
	ms := float64(d) / float64(time.Millisecond)
	switch {
	case ms >= 3600000:
		h := math.Floor(ms / 3600000)
		m := math.Floor(math.Mod(ms, 3600000) / 60000)
		sec := math.Mod(ms, 60000) / 1000
		return fmt.Sprintf("%d:%02d:%06.3f (h:mm:ss.mmm)", int(h), int(m), sec)
	case ms >= 60000:
		m := math.Floor(ms / 60000)
		sec := math.Mod(ms, 60000) / 1000
		return fmt.Sprintf("%d:%06.3f (m:ss.mmm)", int(m), sec)
	case ms >= 1000:
		return strconv.FormatFloat(ms/1000, 'f', 3, 64) + "s"
	}
	return strconv.FormatFloat(ms, 'f', 3, 64) + "ms"
}

func (vm *VM) jsGroup(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) > 0 {
		vm.jsPrint(call)
	}
	s := vm.consoleState()
	s.indent += "  "
	return goja.Undefined()
}

func (vm *VM) jsGroupEnd(goja.FunctionCall) goja.Value {
	if vm.cons != nil && len(vm.cons.indent) >= 2 {
		vm.cons.indent = vm.cons.indent[2:]
	}
	return goja.Undefined()
}

// jsAssert is console.assert(value, ...data): nothing when value is
// truthy, else "Assertion failed" and the data on stderr.
func (vm *VM) jsAssert(call goja.FunctionCall) goja.Value {
	if Arg(call, 0).ToBoolean() {
		return goja.Undefined()
	}
	b := []byte("Assertion failed")
	if len(call.Arguments) > 1 {
		b = append(b, ": "...)
		b = inspect.AppendPrint(b, vm.rt, call.Arguments[1:])
	}
	vm.writeErr(append(b, '\n'))
	return goja.Undefined()
}

// jsDir is console.dir(value): value rendered as a table's cell is (a
// string in node's quotes), on stdout.
func (vm *VM) jsDir(call goja.FunctionCall) goja.Value {
	vm.writeOut([]byte(vm.tableCell(Arg(call, 0)) + "\n"))
	return goja.Undefined()
}

// jsTrace is console.trace(...data): "Trace: data" and the stack of the
// caller on stderr.
func (vm *VM) jsTrace(call goja.FunctionCall) goja.Value {
	b := []byte("Trace")
	if len(call.Arguments) > 0 {
		b = append(b, ": "...)
		b = inspect.AppendPrint(b, vm.rt, call.Arguments)
	}
	var frames bytes.Buffer
	for _, f := range vm.rt.CaptureCallStack(0, nil) {
		if f.Position().Filename == "" {
			continue // this native function
		}
		frames.WriteString("\tat ")
		f.Write(&frames)
		frames.WriteByte('\n')
	}
	if s := inspect.AppendStack(nil, frames.String()); len(s) > 0 {
		b = append(b, '\n')
		b = append(b, s...)
	}
	vm.writeErr(append(b, '\n'))
	return goja.Undefined()
}

// jsTable is console.table(data, properties) in node's format: a box of
// the rows of data, one column per property seen (or per name of
// properties), a Values column for rows that are not objects.
func (vm *VM) jsTable(call goja.FunctionCall) goja.Value {
	data, ok := Arg(call, 0).(*goja.Object)
	if !ok {
		return vm.jsPrint(call)
	}
	var filter []string
	if p, ok := Arg(call, 1).(*goja.Object); ok {
		if err := vm.rt.ExportTo(p, &filter); err != nil {
			vm.Throw("TypeError", "The \"properties\" argument must be an instance of Array")
		}
	}
	t := vm.tableOf(data, filter)
	vm.writeOut([]byte(t.render()))
	return goja.Undefined()
}

type table struct {
	header []string
	rows   [][]string
}

func (vm *VM) tableOf(data *goja.Object, filter []string) *table {
	rt := vm.rt
	indexHeader := "(index)"
	var keys []string
	var entries [][2]goja.Value // index, value
	var mapKeys []goja.Value
	isA := func(name string) bool {
		c, ok := rt.GlobalObject().Get(name).(*goja.Object)
		return ok && rt.InstanceOf(data, c)
	}
	switch {
	case isA("Map"):
		indexHeader = "(iteration index)"
		i := 0
		vm.iterate(data, func(entry goja.Value) {
			pair := entry.ToObject(rt)
			mapKeys = append(mapKeys, pair.Get("0"))
			entries = append(entries, [2]goja.Value{rt.ToValue(i), pair.Get("1")})
			i++
		})
	case isA("Set"):
		indexHeader = "(iteration index)"
		i := 0
		vm.iterate(data, func(v goja.Value) {
			entries = append(entries, [2]goja.Value{rt.ToValue(i), v})
			i++
		})
	default:
		keys = data.Keys()
		for _, k := range keys {
			entries = append(entries, [2]goja.Value{rt.ToValue(k), data.Get(k)})
		}
	}
	var columns []string
	seen := map[string]bool{}
	hasValues := false
	for _, e := range entries {
		o, isObj := e[1].(*goja.Object)
		if !isObj || isFunction(o) {
			hasValues = true
			continue
		}
		if filter != nil {
			continue
		}
		for _, k := range o.Keys() {
			if !seen[k] {
				seen[k] = true
				columns = append(columns, k)
			}
		}
	}
	if filter != nil {
		columns = filter
	}
	t := &table{header: []string{indexHeader}}
	if mapKeys != nil {
		t.header = append(t.header, "Key")
	}
	t.header = append(t.header, columns...)
	if hasValues {
		t.header = append(t.header, "Values")
	}
	for i, e := range entries {
		row := []string{e[0].String()}
		if mapKeys != nil {
			row = append(row, vm.tableCell(mapKeys[i]))
		}
		o, isObj := e[1].(*goja.Object)
		isObj = isObj && !isFunction(o)
		for _, c := range columns {
			cell := ""
			if isObj {
				if v := o.Get(c); v != nil && (o.Get(c) != nil && hasOwn(rt, o, c)) {
					cell = vm.tableCell(v)
				}
			}
			row = append(row, cell)
		}
		if hasValues {
			if isObj {
				row = append(row, "")
			} else {
				row = append(row, vm.tableCell(e[1]))
			}
		}
		t.rows = append(t.rows, row)
	}
	return t
}

func isFunction(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}

func hasOwn(rt *goja.Runtime, o *goja.Object, key string) bool {
	for _, k := range o.Keys() {
		if k == key {
			return true
		}
	}
	return false
}

// iterate calls fn with each value the iterable o gives.
func (vm *VM) iterate(o *goja.Object, fn func(goja.Value)) {
	rt := vm.rt
	iterFn, ok := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
	if !ok {
		return
	}
	it, err := iterFn(o)
	if err != nil {
		panic(err)
	}
	next, _ := goja.AssertFunction(it.ToObject(rt).Get("next"))
	for {
		r, err := next(it)
		if err != nil {
			panic(err)
		}
		ro := r.ToObject(rt)
		if ro.Get("done").ToBoolean() {
			return
		}
		fn(ro.Get("value"))
	}
}

// tableCell renders a value in a cell as node does: strings quoted with
// single quotes, other values as print renders nested ones.
func (vm *VM) tableCell(v goja.Value) string {
	if s, ok := v.(goja.String); ok {
		str := s.String()
		q := "'"
		if strings.Contains(str, "'") {
			q = "\""
			if strings.Contains(str, "\"") {
				q = "`"
			}
		}
		str = strings.NewReplacer("\n", "\\n", "\t", "\\t", "\r", "\\r").Replace(str)
		return q + str + q
	}
	opts := inspect.Defaults()
	opts.MaxDepth = 1
	return string(opts.AppendValue(nil, vm.rt, v, false))
}

func (t *table) render() string {
	widths := make([]int, len(t.header))
	for i, h := range t.header {
		widths[i] = utf8.RuneCountInString(h) + 2
	}
	for _, r := range t.rows {
		for i, c := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(c)+2)
		}
	}
	var b strings.Builder
	line := func(l, m, r string) {
		b.WriteString(l)
		for i, w := range widths {
			if i > 0 {
				b.WriteString(m)
			}
			b.WriteString(strings.Repeat("─", w))
		}
		b.WriteString(r)
		b.WriteByte('\n')
	}
	row := func(cells []string) {
		b.WriteString("│")
		for i, w := range widths {
			if i > 0 {
				b.WriteString("│")
			}
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			// Left-aligned, as node 20.20 and later print them.
			b.WriteByte(' ')
			b.WriteString(c)
			b.WriteString(strings.Repeat(" ", w-1-utf8.RuneCountInString(c)))
		}
		b.WriteString("│\n")
	}
	line("┌", "┬", "┐")
	row(t.header)
	line("├", "┼", "┤")
	for _, r := range t.rows {
		row(r)
	}
	line("└", "┴", "┘")
	return b.String()
}
