package std

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// A URLResponse is what a URLGetter fetched.
type URLResponse struct {
	// Status is the HTTP status code.
	Status int
	// Header is the response's header lines after the status line, each
	// ending in CRLF, as curl -i prints them.
	Header []byte
	// Body is the response body.
	Body []byte
}

// A URLGetter performs std.urlGet's HTTP GET of url without following
// redirects. An error means no response was received.
type URLGetter func(url string) (*URLResponse, error)

var (
	urlGetterMu sync.Mutex
	urlGetter   URLGetter
)

// SetURLGetter installs the implementation of std.urlGet. It is separate
// from this package so that programs which never fetch URLs do not carry
// an HTTP and TLS stack: the package that calls it (nativemods/std/urlget)
// is linked only into programs that use urlGet.
func SetURLGetter(g URLGetter) {
	urlGetterMu.Lock()
	defer urlGetterMu.Unlock()
	urlGetter = g
}

func currentURLGetter() URLGetter {
	urlGetterMu.Lock()
	defer urlGetterMu.Unlock()
	return urlGetter
}

// jsURLGet is std.urlGet(url, {binary, full}). Like QuickJS's it blocks until
// the whole response is in. Without full, the result is the body (a string,
// or an ArrayBuffer with binary) or null when the request failed or the
// status is not 2xx; with full, {response, responseHeaders, status}, only
// {response: null} when nothing was received.
func (m *module) jsURLGet(call goja.FunctionCall) goja.Value {
	url := m.vm.ToString(jsrt.Arg(call, 0))
	opts := jsrt.Arg(call, 1)
	binary := boolOption(opts, "binary")
	full := boolOption(opts, "full")
	get := currentURLGetter()
	if get == nil {
		m.vm.Throw("Error", "std.urlGet: HTTP support is not linked into this program")
	}
	resp, err := get(url)
	response := goja.Null()
	if err == nil && (full || resp.Status >= 200 && resp.Status <= 299) {
		if binary {
			response = m.rt.ToValue(m.rt.NewArrayBuffer(resp.Body))
		} else {
			response = m.rt.ToValue(string(resp.Body))
		}
	}
	if !full {
		return response
	}
	obj := m.rt.NewObject()
	_ = obj.Set("response", response)
	if err == nil {
		h := resp.Header
		if len(h) >= 2 && string(h[len(h)-2:]) == "\r\n" {
			h = h[:len(h)-2]
		}
		_ = obj.Set("responseHeaders", string(h))
		_ = obj.Set("status", resp.Status)
	}
	return obj
}
