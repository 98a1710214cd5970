// Package clone implements the structured clone algorithm over goja's
// public API. A value of one runtime is serialized into a Message, plain Go
// data that holds no goja value, and a Message is materialized in any
// runtime: the same one for structuredClone, another for a worker's
// postMessage.
package clone

import (
	"math/big"
	"reflect"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt/internal/shmem"
)

// Error is a value that cannot be cloned or a bad transfer list. Name is the
// JS error to throw: "DataCloneError" or "TypeError".
type Error struct {
	Name    string
	Message string
}

func (e *Error) Error() string { return e.Name + ": " + e.Message }

func dataCloneError(msg string) *Error { return &Error{Name: "DataCloneError", Message: msg} }

// kind tells what a value or an object node is.
type kind uint8

const (
	kUndefined kind = iota
	kNull
	kBool
	kNumber
	kString
	kStringUTF16 // not ASCII: kept as UTF-16 so lone surrogates survive
	kBigInt
	kObject // value only: see obj

	oPlain
	oArray
	oBoxed // prim holds the primitive
	oDate
	oRegExp
	oMap
	oSet
	oBuffer
	oShared   // a SharedArrayBuffer: block holds its memory
	oView     // typed array or DataView: typ names the constructor
	oError    // typ is the error's name
	oWeak     // WeakMap or WeakSet: never cloned
	oIterator // a built-in iterator or generator: never cloned
)

// value is one cloned value: a primitive, or a reference to an object node.
// It is kept small: a clone holds one per property.
type value struct {
	kind kind
	num  float64 // a number; 1 or 0 for a boolean
	str  string  // a string; UTF-16 bytes for kStringUTF16
	big  *big.Int
	obj  *object
}

// object is one cloned object. Shared references and cycles point to the
// same node; id indexes the objects made when materializing.
type object struct {
	id   int
	kind kind
	keys []string // own enumerable string keys; nil for a dense array
	vals []value  // their values; Map: key, value pairs; Set: items
	n    int      // array length; view element count, or byte length of a DataView
	x    *special // what objects other than plain ones and arrays need
}

// special holds the parts of the rarer objects.
type special struct {
	prim   value   // boxed primitive; Date time in num
	str    string  // RegExp source; Error message
	flags  string  // RegExp flags
	typ    string  // view constructor name; error name
	stack  *string // Error stack, if it had one
	cause  *value  // Error cause, if it had one as an own property
	hasMsg bool    // Error had an own message
	off    int     // view byte offset
	buf    *object // the buffer of a view
	data   []byte  // buffer contents
	block  *shmem.Block
}

func (n *object) sp() *special {
	if n.x == nil {
		n.x = &special{}
	}
	return n.x
}

// Message is a serialized value, ready to be materialized once. It holds
// plain Go data, so it may be handed to another goroutine.
type Message struct {
	root    value
	objects int
}

var (
	typeMap         = reflect.TypeOf([][2]any(nil))
	typeSet         = reflect.TypeOf([]any(nil))
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
	typeBig         = reflect.TypeOf((*big.Int)(nil))
	typeString      = reflect.TypeOf("")
	typeBool        = reflect.TypeOf(false)
	typeInt         = reflect.TypeOf(int64(0))
	typeFloat       = reflect.TypeOf(float64(0))
	typeProxy       = reflect.TypeOf(goja.Proxy{})
	typePromise     = reflect.TypeOf((*goja.Promise)(nil))
)

// errorNames are the error names a clone keeps; any other becomes "Error".
var errorNames = map[string]bool{
	"Error": true, "EvalError": true, "RangeError": true, "ReferenceError": true,
	"SyntaxError": true, "TypeError": true, "URIError": true,
}

// viewNames are the constructors of views a clone can recreate.
var viewNames = []string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array",
	"BigInt64Array", "BigUint64Array", "DataView",
}
