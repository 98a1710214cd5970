package jsrt

import (
	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/internal/jsregexp"
)

// installRegExp puts in front of goja's RegExp a constructor that rewrites,
// through jsregexp, the patterns goja would get wrong (Unicode property
// escapes, the v flag) before goja's constructor sees them. Everything else
// goes straight through. The wrapper shares goja's prototype, so
// instanceof, subclasses and RegExp.prototype are as before; it is what
// RegExp.prototype.constructor names.
func (vm *VM) installRegExp() {
	rt := vm.rt
	g := rt.GlobalObject()
	orig, ok := g.Get("RegExp").(*goja.Object)
	if !ok {
		return
	}
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return
	}
	proto := orig.Get("prototype").(*goja.Object)
	var wrapper *goja.Object
	wrapper = rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		args := call.Arguments
		newTarget := call.NewTarget
		// goja gives a native constructor no new.target when called by
		// new, and no way to tell new from a plain call: RegExp(re) makes
		// a copy of re, where the spec returns re itself.
		if newTarget == nil {
			newTarget = wrapper
		}
		obj, err := construct(newTarget, vm.translateRegExpArgs(args)...)
		if err != nil {
			panic(err)
		}
		return obj
	}).(*goja.Object)
	_ = wrapper.DefineDataProperty("name", rt.ToValue("RegExp"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapper.DefineDataProperty("length", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = wrapper.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	// The species of RegExp itself is goja's constructor, whose regexps
	// split and matchAll recognize and run on their fast path; the patterns
	// they copy were translated already. A subclass is its own species.
	species := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if call.This.SameAs(wrapper) {
			return orig
		}
		return call.This
	})
	_ = wrapper.DefineAccessorPropertySymbol(goja.SymSpecies, species, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = g.DefineDataProperty("RegExp", wrapper, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// translateRegExpArgs returns the arguments of RegExp rewritten when the
// pattern (a string or a regexp's source) and flags need it, else args
// itself. An invalid pattern throws a SyntaxError, as goja would.
func (vm *VM) translateRegExpArgs(args []goja.Value) []goja.Value {
	if len(args) == 0 {
		return args
	}
	var pattern, flags string
	hasFlags := len(args) > 1 && !goja.IsUndefined(args[1])
	if hasFlags {
		f, ok := args[1].Export().(string)
		if !ok {
			return args // converted, with its side effects, by goja alone
		}
		flags = f
	}
	switch p := args[0].(type) {
	case *goja.Object:
		if p.ClassName() != "RegExp" {
			return args
		}
		pattern = p.Get("source").String()
		if !hasFlags {
			flags = p.Get("flags").String()
		}
	default:
		s, ok := p.Export().(string)
		if !ok {
			return args
		}
		pattern = s
	}
	if !jsregexp.Needed(pattern, flags) {
		return args
	}
	p, f, err := jsregexp.Translate(pattern, flags)
	if err != nil {
		vm.Throw("SyntaxError", "%v", err)
	}
	return []goja.Value{vm.rt.ToValue(p), vm.rt.ToValue(f)}
}
