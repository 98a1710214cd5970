// Package url is the native module "web:url": the WHATWG URL and
// URLSearchParams classes, exported and defined as globals when a program
// uses them. The parser is JavaScript (url.js); IDNA and IPv6 addresses
// are Go's.
package url

import (
	_ "embed"
	"net/netip"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/web/internal/webjs"
	"golang.org/x/net/idna"
)

//go:embed url.js
var source string

var src = webjs.New("web:url", source)

func init() {
	jsrt.Register(jsrt.Module{Name: "web:url", Load: load})
}

// profile maps a host name as the URL standard's domain-to-ASCII does
// (UTS #46 with transitional processing off, no STD3 rules).
var profile = idna.New(idna.MapForLookup(), idna.Transitional(false), idna.StrictDomainName(false), idna.BidiRule())

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	return src.Load(vm, e, map[string]any{
		// toASCII(domain) returns the ASCII form of a host name, or null.
		"toASCII": func(call goja.FunctionCall) goja.Value {
			s := jsrt.Arg(call, 0).String()
			if isASCIILower(s) {
				return rt.ToValue(s)
			}
			a, err := profile.ToASCII(s)
			if err != nil {
				return goja.Null()
			}
			return rt.ToValue(a)
		},
		// parseIPv6(s) returns the canonical form of an IPv6 address, or
		// null.
		"parseIPv6": func(call goja.FunctionCall) goja.Value {
			a, err := netip.ParseAddr(jsrt.Arg(call, 0).String())
			if err != nil || !a.Is6() || a.Zone() != "" {
				return goja.Null()
			}
			s := a.String()
			if a.Is4In6() {
				// netip writes ::ffff:1.2.3.4; the URL standard, hex.
				b := a.As16()
				s = "::ffff:" + hex16(b[12], b[13]) + ":" + hex16(b[14], b[15])
			}
			return rt.ToValue(s)
		},
	})
}

func hex16(hi, lo byte) string {
	const digits = "0123456789abcdef"
	v := uint16(hi)<<8 | uint16(lo)
	var b strings.Builder
	started := false
	for shift := 12; shift >= 0; shift -= 4 {
		d := v >> shift & 0xf
		if d != 0 || started || shift == 0 {
			b.WriteByte(digits[d])
			started = true
		}
	}
	return b.String()
}

// isASCIILower reports whether s needs no IDNA mapping: lower-case ASCII
// letters, digits, '-' and '.', with no label starting with "xn--".
func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return !strings.Contains(s, "xn--")
}
