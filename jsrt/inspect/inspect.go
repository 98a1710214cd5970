// Package inspect renders JavaScript values as text the way QuickJS's
// print and console.log do (the JS_PrintValue style of the 2025-09 release):
// objects and arrays on one line as "{ a: 1, b: [ 1, 2 ] }", nested values
// below a depth limit as "[Object]", strings inside objects quoted and
// escaped, and top-level string arguments written raw.
//
// The rules follow QuickJS's printer; where goja hides the engine detail
// QuickJS relies on (object class ids, shapes, fast arrays), the nearest
// observable property is used instead and the choice is noted at the spot.
package inspect

import (
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Limits of QuickJS's JS_PrintValue (JS_PrintValueSetDefaultOptions and
// JS_PRINT_MAX_DEPTH in quickjs.c).
const (
	defaultMaxDepth        = 2
	defaultMaxStringLength = 1000
	defaultMaxItemCount    = 100
	maxDepthLimit          = 8
)

// Options selects the limits of a rendering. The zero value of a field keeps
// QuickJS's meaning for it: MaxDepth <= 0 means the hard limit of 8 levels,
// MaxStringLength and MaxItemCount of 0 mean no limit. Use Defaults for the
// limits print and console.log use.
type Options struct {
	// MaxDepth is how many object levels are expanded; deeper objects print
	// as "[Object]", "[Array]", ... It is capped at 8.
	MaxDepth int
	// MaxStringLength is how many UTF-16 code units of a quoted string are
	// shown before "... N more characters".
	MaxStringLength int
	// MaxItemCount is how many elements, entries or properties of one object
	// are shown before "... N more items".
	MaxItemCount int
}

// Defaults returns the limits QuickJS's print uses: depth 2, strings of
// 1000 code units, 100 items per object.
func Defaults() Options {
	return Options{
		MaxDepth:        defaultMaxDepth,
		MaxStringLength: defaultMaxStringLength,
		MaxItemCount:    defaultMaxItemCount,
	}
}

// AppendValue appends the rendering of v as print shows a nested value's top
// level call (strings raw at top level when raw is true).
func AppendValue(dst []byte, rt *goja.Runtime, v goja.Value, raw bool) []byte {
	return Defaults().AppendValue(dst, rt, v, raw)
}

// AppendPrint appends args the way print/console.log do: each argument
// rendered (top-level strings raw), joined by single spaces, no trailing
// newline.
func AppendPrint(dst []byte, rt *goja.Runtime, args []goja.Value) []byte {
	opts := Defaults()
	for i, a := range args {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = opts.AppendValue(dst, rt, a, true)
	}
	return dst
}

// AppendValue is like the package-level AppendValue with the limits of o.
func (o Options) AppendValue(dst []byte, rt *goja.Runtime, v goja.Value, raw bool) []byte {
	// Primitives need no printer state; keeping them off the printer keeps
	// print("line " + i) free of allocations.
	switch {
	case v == nil:
		return append(dst, "undefined"...)
	case goja.IsNumber(v):
		return appendNumber(dst, v.ToFloat())
	}
	if s, ok := v.(goja.String); ok {
		if raw {
			return append(dst, s.String()...)
		}
		return appendQuoted(dst, s, o.stringLimit())
	}
	if _, ok := v.(*goja.Object); !ok {
		if _, ok := v.(*goja.Symbol); !ok {
			return appendPrimitive(dst, v)
		}
	}
	p := printer{rt: rt, buf: dst}
	p.maxDepth = o.MaxDepth
	if p.maxDepth <= 0 || p.maxDepth > maxDepthLimit {
		p.maxDepth = maxDepthLimit
	}
	p.maxString = o.stringLimit()
	p.maxItems = o.MaxItemCount
	if p.maxItems <= 0 {
		p.maxItems = math.MaxInt
	}
	p.value(v)
	return p.buf
}

func (o Options) stringLimit() int {
	if o.MaxStringLength <= 0 {
		return math.MaxInt
	}
	return o.MaxStringLength
}

// appendPrimitive renders undefined, null, booleans and BigInts.
func appendPrimitive(dst []byte, v goja.Value) []byte {
	if goja.IsBigInt(v) {
		dst = append(dst, v.String()...)
		return append(dst, 'n')
	}
	// undefined, null, true and false render as their names.
	return append(dst, v.String()...)
}

// printer holds the state of one rendering: the limits and the chain of
// objects being printed, which detects cycles (print_stack in QuickJS).
type printer struct {
	rt        *goja.Runtime
	buf       []byte
	maxDepth  int
	maxString int
	maxItems  int
	level     int
	stack     [maxDepthLimit]*goja.Object
	// gopd is Object.getOwnPropertyDescriptor, looked up on first use: goja
	// has no Go API that tells an accessor from a data property without
	// calling the getter.
	gopd     goja.Callable
	gopdDone bool
}

// value is js_print_value: primitives inline, objects expanded up to the
// depth limit, cycles as "[circular N]" with N the level of the repeated
// object.
func (p *printer) value(v goja.Value) {
	switch v := v.(type) {
	case nil:
		p.buf = append(p.buf, "undefined"...)
	case *goja.Object:
		for i := 0; i < p.level; i++ {
			if p.stack[i] == v {
				p.buf = append(p.buf, "[circular "...)
				p.buf = strconv.AppendInt(p.buf, int64(i), 10)
				p.buf = append(p.buf, ']')
				return
			}
		}
		c := p.classify(v)
		if p.level >= p.maxDepth {
			p.buf = append(p.buf, '[')
			p.buf = appendAtom(p.buf, c.name)
			p.buf = append(p.buf, ']')
			return
		}
		p.stack[p.level] = v
		p.level++
		p.object(v, c)
		p.level--
		p.stack[p.level] = nil
	case *goja.Symbol:
		p.buf = append(p.buf, "Symbol("...)
		p.buf = appendSymbolAtom(p.buf, v.String())
		p.buf = append(p.buf, ')')
	default:
		if goja.IsNumber(v) {
			p.buf = appendNumber(p.buf, v.ToFloat())
		} else if s, ok := v.(goja.String); ok {
			p.buf = appendQuoted(p.buf, s, p.maxString)
		} else {
			p.buf = appendPrimitive(p.buf, v)
		}
	}
}

// kind says which branch of js_print_object renders an object.
type kind int

const (
	kindPlain    kind = iota // "{ ... }", prefixed by the class name unless it is Object
	kindArray                // "[ ... ]"
	kindTyped                // "Uint8Array(n) [ ... ]"
	kindFunction             // "[Function name]"
	kindMap                  // "Map(n) { k => v }"
	kindSet                  // "Set(n) { v }"
	kindRegExp               // "/src/flags"
	kindDate                 // ISO string
	kindError                // "Name: message\nstack"
	kindProxy                // "Object {  }", never looked into
)

// class is what QuickJS reads from an object's class id: how to print it
// and the class name shown before "{" and at the depth limit.
type class struct {
	kind kind
	name string
	// skipIndexKeys hides integer keys that QuickJS keeps outside the
	// object's shape (typed array elements, String wrapper characters).
	skipIndexKeys bool
}

var (
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
	typeMapExport   = reflect.TypeOf([][2]interface{}{})
	typeSliceExport = reflect.TypeOf([]interface{}{})
	typeString      = reflect.TypeOf("")
	typeBigInt      = reflect.TypeOf((*big.Int)(nil))
)

// typedArrayTypes maps the export type of a typed array to its class name;
// the name is confirmed through @@toStringTag because goja exports
// Uint8Array and Uint8ClampedArray alike.
var typedArrayTypes = map[reflect.Type]string{
	reflect.TypeOf([]uint8(nil)):   "Uint8Array",
	reflect.TypeOf([]int8(nil)):    "Int8Array",
	reflect.TypeOf([]uint16(nil)):  "Uint16Array",
	reflect.TypeOf([]int16(nil)):   "Int16Array",
	reflect.TypeOf([]uint32(nil)):  "Uint32Array",
	reflect.TypeOf([]int32(nil)):   "Int32Array",
	reflect.TypeOf([]float32(nil)): "Float32Array",
	reflect.TypeOf([]float64(nil)): "Float64Array",
	reflect.TypeOf([]int64(nil)):   "BigInt64Array",
	reflect.TypeOf([]uint64(nil)):  "BigUint64Array",
}

// taggedClasses are the @@toStringTag values of built-in prototypes whose
// instances QuickJS prints with their class name ("WeakMap {  }"); goja
// reports all of them as class Object.
var taggedClasses = map[string]bool{
	"DataView":               true,
	"WeakMap":                true,
	"WeakSet":                true,
	"WeakRef":                true,
	"FinalizationRegistry":   true,
	"SharedArrayBuffer":      true,
	"Generator":              true,
	"AsyncGenerator":         true,
	"Array Iterator":         true,
	"Map Iterator":           true,
	"Set Iterator":           true,
	"String Iterator":        true,
	"RegExp String Iterator": true,
}

// classify recovers the QuickJS class of o from what goja exposes: the class
// name, the export type (cheap, no conversion) and, for built-ins goja
// files under Object, the prototype's @@toStringTag.
func (p *printer) classify(o *goja.Object) class {
	et := o.ExportType()
	if et == typeProxy {
		// QuickJS registers the proxy class under the name Object and never
		// runs traps while printing.
		return class{kind: kindProxy, name: "Object"}
	}
	if _, ok := goja.AssertFunction(o); ok {
		name := "Function"
		if tag, ok := p.getSym(o, goja.SymToStringTag).(goja.String); ok {
			switch t := tag.String(); t {
			case "AsyncFunction", "GeneratorFunction", "AsyncGeneratorFunction":
				name = t
			}
		}
		return class{kind: kindFunction, name: name}
	}
	switch cn := o.ClassName(); cn {
	case "Array":
		return class{kind: kindArray, name: "Array"}
	case "Error":
		return class{kind: kindError, name: "Error"}
	case "Date":
		return class{kind: kindDate, name: "Date"}
	case "RegExp":
		return class{kind: kindRegExp, name: "RegExp"}
	case "Map":
		return class{kind: kindMap, name: "Map"}
	case "Set":
		return class{kind: kindSet, name: "Set"}
	case "String":
		return class{kind: kindPlain, name: "String", skipIndexKeys: true}
	case "Number", "Boolean", "Arguments", "WeakMap", "WeakSet", "Promise":
		return class{kind: kindPlain, name: cn}
	}
	switch et {
	case typeMapExport:
		return class{kind: kindMap, name: "Map"}
	case typeSliceExport:
		return class{kind: kindSet, name: "Set"}
	case typePromise:
		return class{kind: kindPlain, name: "Promise"}
	case typeArrayBuffer:
		// The runtime's SharedArrayBuffer is a goja ArrayBuffer with
		// another prototype.
		if tag, ok := p.getSym(o, goja.SymToStringTag).(goja.String); ok && tag.String() == "SharedArrayBuffer" {
			return class{kind: kindPlain, name: "SharedArrayBuffer"}
		}
		return class{kind: kindPlain, name: "ArrayBuffer"}
	case typeString:
		return class{kind: kindPlain, name: "Symbol"}
	case typeBigInt:
		return class{kind: kindPlain, name: "BigInt"}
	}
	tag, _ := p.getSym(o, goja.SymToStringTag).(goja.String)
	if name, ok := typedArrayTypes[et]; ok {
		if tag != nil {
			name = tag.String()
		}
		return class{kind: kindTyped, name: name, skipIndexKeys: true}
	}
	if tag != nil {
		if t := tag.String(); taggedClasses[t] {
			return class{kind: kindPlain, name: t}
		}
	}
	return class{kind: kindPlain, name: "Object"}
}

// Comma states of js_print_comma: nothing printed yet, items printed, or a
// header printed that needs " { " before the first property.
const (
	commaNone = iota
	commaItems
	commaHeader
)

func (p *printer) comma(state *int) {
	switch *state {
	case commaItems:
		p.buf = append(p.buf, ", "...)
	case commaHeader:
		p.buf = append(p.buf, " { "...)
	}
	*state = commaItems
}

func (p *printer) moreItems(state *int, n int) {
	p.comma(state)
	p.buf = append(p.buf, "... "...)
	p.buf = strconv.AppendInt(p.buf, int64(n), 10)
	p.buf = append(p.buf, " more item"...)
	if n > 1 {
		p.buf = append(p.buf, 's')
	}
}

// object is js_print_object: a class-specific header or body, then the
// enumerable own properties, then the closing bracket.
func (p *printer) object(o *goja.Object, c class) {
	state := commaNone
	isArray := false
	switch c.kind {
	case kindArray:
		p.array(o, &state)
		return
	case kindTyped:
		isArray = true
		p.typedArray(o, c.name, &state)
	case kindFunction:
		p.buf = append(p.buf, "[Function "...)
		if name, ok := p.get(o, "name").(goja.String); ok && name.Length() > 0 {
			p.buf = append(p.buf, name.String()...)
		} else {
			p.buf = append(p.buf, "(anonymous)"...)
		}
		p.buf = append(p.buf, ']')
		state = commaHeader
	case kindMap, kindSet:
		p.collection(o, c, &state)
	case kindRegExp:
		p.regexp(o)
		state = commaHeader
	case kindDate:
		if !p.date(o) {
			p.buf = append(p.buf, "Date { "...)
			break
		}
		state = commaHeader
	case kindError:
		p.error(o)
		state = commaHeader
	case kindProxy:
		p.buf = append(p.buf, "Object {  }"...)
		return
	default:
		if c.name != "Object" {
			p.buf = appendAtom(p.buf, c.name)
			p.buf = append(p.buf, ' ')
		}
		p.buf = append(p.buf, "{ "...)
	}
	p.propertyList(o, p.keys(o), &state, c.skipIndexKeys)
	if isArray {
		p.buf = append(p.buf, " ]"...)
	} else if state != commaHeader {
		p.buf = append(p.buf, " }"...)
	}
}

// array prints an Array. QuickJS prints a "fast" array (elements 0..count-1
// all present as plain values, possibly followed by holes up to length) as
// a list of values, and any other array as its index properties, like an
// object inside brackets: [ 0: 1, 2: 3 ]. The same test is applied to the
// goja array.
func (p *printer) array(o *goja.Object, state *int) {
	mark := len(p.buf)
	length := p.arrayLength(o)
	keys := p.keys(o)
	count := 0
	for _, k := range keys {
		if _, ok := arrayIndex(k); !ok {
			break
		}
		count++
	}
	// goja lists index keys first and in ascending order, so the array is
	// dense exactly when the last index key is count-1.
	dense := count == 0 || mustIndex(keys[count-1]) == uint32(count-1)
	p.buf = append(p.buf, "[ "...)
	if !dense {
		p.slowArray(o, keys, state)
		return
	}
	shown := min(count, p.maxItems)
	for i := 0; i < shown; i++ {
		v, accessor := p.ownValue(o, keys[i])
		if accessor != "" {
			// An accessor element makes the QuickJS array non-fast.
			p.buf = p.buf[:mark]
			p.buf = append(p.buf, "[ "...)
			*state = commaNone
			p.slowArray(o, keys, state)
			return
		}
		p.comma(state)
		p.value(v)
	}
	if shown < count {
		p.moreItems(state, count-shown)
	}
	if int64(count) < length {
		n := length - int64(count)
		p.comma(state)
		p.buf = append(p.buf, '<')
		p.buf = strconv.AppendInt(p.buf, n, 10)
		p.buf = append(p.buf, " empty item"...)
		if n > 1 {
			p.buf = append(p.buf, 's')
		}
		p.buf = append(p.buf, '>')
	}
	p.propertyList(o, keys[count:], state, false)
	p.buf = append(p.buf, " ]"...)
}

func (p *printer) slowArray(o *goja.Object, keys []string, state *int) {
	p.propertyList(o, keys, state, false)
	p.buf = append(p.buf, " ]"...)
}

func (p *printer) arrayLength(o *goja.Object) int64 {
	v := p.get(o, "length")
	if v == nil || !goja.IsNumber(v) {
		return 0
	}
	f := v.ToFloat()
	if !(f >= 0 && f <= math.MaxUint32) {
		return 0
	}
	return int64(f)
}

// typedArray prints "Name(n) [ e0, e1, ... ]" from the element buffer, as
// QuickJS does without calling any JS.
func (p *printer) typedArray(o *goja.Object, name string, state *int) {
	data := o.Export()
	n := reflect.ValueOf(data).Len()
	p.buf = appendAtom(p.buf, name)
	p.buf = append(p.buf, '(')
	p.buf = strconv.AppendInt(p.buf, int64(n), 10)
	p.buf = append(p.buf, ") [ "...)
	shown := min(n, p.maxItems)
	for i := 0; i < shown; i++ {
		p.comma(state)
		switch a := data.(type) {
		case []uint8:
			p.buf = strconv.AppendUint(p.buf, uint64(a[i]), 10)
		case []int8:
			p.buf = strconv.AppendInt(p.buf, int64(a[i]), 10)
		case []uint16:
			p.buf = strconv.AppendUint(p.buf, uint64(a[i]), 10)
		case []int16:
			p.buf = strconv.AppendInt(p.buf, int64(a[i]), 10)
		case []uint32:
			p.buf = strconv.AppendUint(p.buf, uint64(a[i]), 10)
		case []int32:
			p.buf = strconv.AppendInt(p.buf, int64(a[i]), 10)
		case []int64:
			p.buf = strconv.AppendInt(p.buf, a[i], 10)
		case []uint64:
			p.buf = strconv.AppendUint(p.buf, a[i], 10)
		case []float32:
			p.buf = appendNumber(p.buf, float64(a[i]))
		case []float64:
			p.buf = appendNumber(p.buf, a[i])
		}
	}
	if shown < n {
		p.moreItems(state, n-shown)
	}
}

// collection prints "Map(n) { k => v, ... }" or "Set(n) { v, ... }".
func (p *printer) collection(o *goja.Object, c class, state *int) {
	size := int64(0)
	if v := p.get(o, "size"); v != nil && goja.IsNumber(v) {
		size = v.ToInteger()
	}
	p.buf = appendAtom(p.buf, c.name)
	p.buf = append(p.buf, '(')
	p.buf = strconv.AppendInt(p.buf, size, 10)
	p.buf = append(p.buf, ") { "...)
	shown := int64(0)
	p.rt.Try(func() {
		p.rt.ForOf(o, func(v goja.Value) bool {
			p.comma(state)
			if c.kind == kindMap {
				entry, _ := v.(*goja.Object)
				if entry == nil {
					p.value(v)
				} else {
					p.value(entry.Get("0"))
					p.buf = append(p.buf, " => "...)
					p.value(entry.Get("1"))
				}
			} else {
				p.value(v)
			}
			shown++
			return shown < int64(p.maxItems)
		})
	})
	if shown < size {
		p.moreItems(state, int(size-shown))
	}
}

// regexp prints /source/flags with the flags in QuickJS's order.
func (p *printer) regexp(o *goja.Object) {
	p.buf = append(p.buf, '/')
	src, _ := p.get(o, "source").(goja.String)
	if src == nil || src.Length() == 0 {
		p.buf = append(p.buf, "(?:)"...)
	} else {
		p.buf = appendPattern(p.buf, src.String())
	}
	p.buf = append(p.buf, '/')
	if flags, ok := p.get(o, "flags").(goja.String); ok {
		f := flags.String()
		for _, c := range []byte("gimsuydv") {
			if strings.IndexByte(f, c) >= 0 {
				p.buf = append(p.buf, c)
			}
		}
	}
}

// appendPattern is js_print_regexp's escaping of a pattern: "/" outside a
// character class becomes "\/", line feeds and carriage returns "\n" and
// "\r". goja's source getter has already escaped the pattern, writing "/",
// U+2028 and U+2029 as \u escapes, so those are undone first.
func appendPattern(dst []byte, src string) []byte {
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\\':
			if rest := src[i:]; len(rest) >= 6 {
				switch rest[:6] {
				case `\u002f`:
					c = '/'
					i += 5
					goto slash
				case `\u2028`, `\u2029`:
					dst = utf8.AppendRune(dst, rune(0x2028+int(rest[5]-'8')))
					i += 5
					continue
				}
			}
			dst = append(dst, c)
			if i+1 < len(src) {
				i++
				dst = append(dst, src[i])
			}
			continue
		case ']':
			inClass = false
		case '[':
			if !inClass {
				inClass = true
				if i+1 < len(src) && src[i+1] == ']' {
					dst = append(dst, "[]"...)
					i++
					continue
				}
			}
		case '\n':
			dst = append(dst, `\n`...)
			continue
		case '\r':
			dst = append(dst, `\r`...)
			continue
		case '/':
			goto slash
		}
		dst = append(dst, c)
		continue
	slash:
		if !inClass {
			dst = append(dst, '\\')
		}
		dst = append(dst, '/')
	}
	return dst
}

// date appends the toISOString form; it reports false for an invalid date,
// which QuickJS then prints as a plain "Date" object.
func (p *printer) date(o *goja.Object) bool {
	t, ok := o.Export().(time.Time)
	if !ok {
		return false
	}
	t = t.UTC()
	y := t.Year()
	switch {
	case y < 0:
		p.buf = append(p.buf, '-')
		p.buf = appendPadded(p.buf, -y, 6)
	case y > 9999:
		p.buf = append(p.buf, '+')
		p.buf = appendPadded(p.buf, y, 6)
	default:
		p.buf = appendPadded(p.buf, y, 4)
	}
	p.buf = append(p.buf, '-')
	p.buf = appendPadded(p.buf, int(t.Month()), 2)
	p.buf = append(p.buf, '-')
	p.buf = appendPadded(p.buf, t.Day(), 2)
	p.buf = append(p.buf, 'T')
	p.buf = appendPadded(p.buf, t.Hour(), 2)
	p.buf = append(p.buf, ':')
	p.buf = appendPadded(p.buf, t.Minute(), 2)
	p.buf = append(p.buf, ':')
	p.buf = appendPadded(p.buf, t.Second(), 2)
	p.buf = append(p.buf, '.')
	p.buf = appendPadded(p.buf, t.Nanosecond()/1e6, 3)
	p.buf = append(p.buf, 'Z')
	return true
}

func appendPadded(dst []byte, n, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(n), 10)
	for i := len(s); i < width; i++ {
		dst = append(dst, '0')
	}
	return append(dst, s...)
}

// error is js_print_error: "name: message" (name "Error" unless it is a
// string, ": message" only for a non-empty string), then a newline and the
// stack when stack is a string, without its final newline.
func (p *printer) error(o *goja.Object) {
	if name, ok := p.get(o, "name").(goja.String); ok {
		p.buf = append(p.buf, name.String()...)
	} else {
		p.buf = append(p.buf, "Error"...)
	}
	if msg, ok := p.get(o, "message").(goja.String); ok && msg.Length() > 0 {
		p.buf = append(p.buf, ": "...)
		p.buf = append(p.buf, msg.String()...)
	}
	stack, ok := p.get(o, "stack").(goja.String)
	if !ok {
		return
	}
	n := len(p.buf)
	p.buf = append(p.buf, '\n')
	if p.buf = AppendStack(p.buf, stack.String()); len(p.buf) == n+1 {
		p.buf = p.buf[:n] // no frames left to show
	}
}

// dropStackHeader removes the "Name: message" lines goja (like V8) puts
// before the frames of a stack; QuickJS's stack holds the frames only and
// the header is already printed. A stack whose lines are not indented frames
// is kept whole.
func dropStackHeader(s string) string {
	if s == "" || s[0] == ' ' || s[0] == '\t' {
		return s
	}
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '\n' && (s[i+1] == ' ' || s[i+1] == '\t') {
			return s[i+1:]
		}
	}
	return s
}

// propertyList prints keys (enumerable own string keys of o) and then the
// enumerable own symbol keys, at most maxItems in all, as "key: value";
// accessors print as [Getter], [Setter] or [Getter/Setter] without being
// called.
func (p *printer) propertyList(o *goja.Object, keys []string, state *int, skipIndexKeys bool) {
	total := 0
	for _, k := range keys {
		if skipIndexKeys {
			if _, ok := arrayIndex(k); ok {
				continue
			}
		}
		if total < p.maxItems {
			p.comma(state)
			p.buf = appendAtom(p.buf, k)
			p.buf = append(p.buf, ": "...)
			v, accessor := p.ownValue(o, k)
			if accessor != "" {
				p.buf = append(p.buf, accessor...)
			} else {
				p.value(v)
			}
		}
		total++
	}
	for _, sym := range o.Symbols() {
		desc := p.descriptor(o, sym)
		if desc == nil || !desc.Get("enumerable").ToBoolean() {
			continue
		}
		if total < p.maxItems {
			p.comma(state)
			// QuickJS prints a symbol key by its description.
			p.buf = appendSymbolAtom(p.buf, sym.String())
			p.buf = append(p.buf, ": "...)
			if accessor := accessorLabel(desc); accessor != "" {
				p.buf = append(p.buf, accessor...)
			} else {
				p.value(desc.Get("value"))
			}
		}
		total++
	}
	if total > p.maxItems {
		p.moreItems(state, total-p.maxItems)
	}
}

// ownValue returns the value of o's own property key, or the label QuickJS
// prints for an accessor property.
func (p *printer) ownValue(o *goja.Object, key string) (goja.Value, string) {
	desc := p.descriptor(o, p.rt.ToValue(key))
	if desc == nil {
		return p.get(o, key), ""
	}
	if label := accessorLabel(desc); label != "" {
		return nil, label
	}
	return desc.Get("value"), ""
}

func accessorLabel(desc *goja.Object) string {
	get, set := desc.Get("get"), desc.Get("set")
	if get == nil && set == nil {
		return ""
	}
	hasGet := get != nil && !goja.IsUndefined(get)
	hasSet := set != nil && !goja.IsUndefined(set)
	switch {
	case hasGet && hasSet:
		return "[Getter/Setter]"
	case hasSet:
		return "[Setter]"
	default:
		return "[Getter]"
	}
}

// descriptor returns Object.getOwnPropertyDescriptor(o, key), or nil when
// it is not available or fails.
func (p *printer) descriptor(o *goja.Object, key goja.Value) *goja.Object {
	if !p.gopdDone {
		p.gopdDone = true
		if obj, ok := p.rt.Get("Object").(*goja.Object); ok {
			p.gopd, _ = goja.AssertFunction(obj.Get("getOwnPropertyDescriptor"))
		}
	}
	if p.gopd == nil {
		return nil
	}
	d, err := p.gopd(goja.Undefined(), o, key)
	if err != nil {
		return nil
	}
	desc, _ := d.(*goja.Object)
	return desc
}

// keys returns the enumerable own string keys of o.
func (p *printer) keys(o *goja.Object) (keys []string) {
	p.rt.Try(func() { keys = o.Keys() })
	return keys
}

// get reads o[key], turning a thrown exception into nil: the printer must
// not fail because a getter throws.
func (p *printer) get(o *goja.Object, key string) (v goja.Value) {
	p.rt.Try(func() { v = o.Get(key) })
	return v
}

func (p *printer) getSym(o *goja.Object, sym *goja.Symbol) (v goja.Value) {
	p.rt.Try(func() { v = o.GetSymbol(sym) })
	return v
}

// arrayIndex reports whether key is a canonical array index ("0", "17",
// not "01" or "-1") and returns its value.
func arrayIndex(key string) (uint32, bool) {
	if key == "" || len(key) > 10 || (key[0] == '0' && len(key) > 1) {
		return 0, false
	}
	var n uint64
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	if n >= math.MaxUint32 {
		return 0, false
	}
	return uint32(n), true
}

func mustIndex(key string) uint32 {
	n, _ := arrayIndex(key)
	return n
}
