package fetch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"syscall"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
)

// maxRedirects is the fetch standard's limit on redirects followed.
const maxRedirects = 20

// chunkSize is the most a body stream's read returns at once: what the
// connection has, up to this.
const chunkSize = 256 << 10

var errRedirect = errors.New("unexpected redirect")

// client is the Go half of one VM's fetch.
type client struct {
	vm *jsrt.VM
	rt *goja.Runtime
}

// transport is shared by all VMs of the process, so that connections are
// kept alive across requests.
var transport = func() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConnsPerHost = 16
	return t
}()

func httpClient(redirect string) *http.Client {
	c := &http.Client{Transport: transport}
	switch redirect {
	case "manual":
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	case "error":
		c.CheckRedirect = func(*http.Request, []*http.Request) error { return errRedirect }
	default:
		c.CheckRedirect = func(_ *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return errors.New("redirect count exceeded")
			}
			return nil
		}
	}
	return c
}

// jsResolveURL(input) returns input as an absolute URL, or throws.
func (c *client) jsResolveURL(call goja.FunctionCall) goja.Value {
	s := jsrt.Arg(call, 0).String()
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Scheme == "" || (u.Opaque == "" && u.Host == "" && (u.Scheme == "http" || u.Scheme == "https")) {
		c.vm.Throw("TypeError", "Invalid URL")
	}
	u.Host = strings.ToLower(u.Host)
	if (u.Scheme == "http" || u.Scheme == "https") && u.Path == "" && u.Opaque == "" {
		u.Path = "/"
	}
	if p := u.Port(); (u.Scheme == "http" && p == "80") || (u.Scheme == "https" && p == "443") {
		u.Host = u.Hostname()
		if strings.Contains(u.Host, ":") {
			u.Host = "[" + u.Host + "]"
		}
	}
	return c.rt.ToValue(u.String())
}

// jsSend(method, url, headers, body, redirect, cb) starts a request and
// returns its handle, {abort()}. cb(err, fields) is called on the loop:
// err is {message, code, ...} describing what failed; fields are status,
// statusText, headers ([[name, value]...]), url, redirected and body (a
// body handle, or null when the response has none).
func (c *client) jsSend(call goja.FunctionCall) goja.Value {
	vm := c.vm
	method := jsrt.Arg(call, 0).String()
	target := jsrt.Arg(call, 1).String()
	var headers []string
	if err := c.rt.ExportTo(jsrt.Arg(call, 2), &headers); err != nil {
		vm.Throw("TypeError", "fetch: headers: %v", err)
	}
	var body []byte
	if b := jsrt.Arg(call, 3); !goja.IsNull(b) && !goja.IsUndefined(b) {
		body = bytes.Clone(b.Export().([]byte))
	}
	redirect := jsrt.Arg(call, 4).String()
	cb := vm.Callable(jsrt.Arg(call, 5), "send")

	ctx, cancel := context.WithCancel(context.Background())
	hold := vm.Loop().Hold()
	go func() {
		resp, err := c.do(ctx, method, target, headers, body, redirect)
		if !hold.Complete(func() { c.settle(cb, resp, err, cancel) }) && resp != nil {
			resp.Body.Close()
		}
	}()
	h := c.rt.NewObject()
	_ = h.Set("abort", vm.Func("abort", func(goja.FunctionCall) goja.Value {
		cancel()
		return goja.Undefined()
	}))
	return h
}

func (c *client) do(ctx context.Context, method, target string, headers []string, body []byte, redirect string) (*http.Response, error) {
	var r io.Reader
	if body != nil {
		r = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, target, r)
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Add(headers[i], headers[i+1])
	}
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "*/*")
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "gojsc")
	}
	return httpClient(redirect).Do(req)
}

// settle calls cb with the response or the error, on the loop.
func (c *client) settle(cb goja.Callable, resp *http.Response, err error, cancel context.CancelFunc) {
	if err != nil {
		cancel()
		c.vm.Call(cb, goja.Undefined(), c.errorInfo(err))
		return
	}
	f := c.rt.NewObject()
	_ = f.Set("status", resp.StatusCode)
	_ = f.Set("statusText", strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)+" "))
	var hs []any
	for k, vs := range resp.Header {
		for _, v := range vs {
			hs = append(hs, c.rt.NewArray(strings.ToLower(k), v))
		}
	}
	_ = f.Set("headers", c.rt.NewArray(hs...))
	_ = f.Set("url", resp.Request.URL.String())
	_ = f.Set("redirected", resp.Request.Response != nil)
	if resp.Body == http.NoBody || resp.StatusCode == http.StatusNoContent || resp.StatusCode == http.StatusNotModified {
		resp.Body.Close()
		cancel()
		_ = f.Set("body", goja.Null())
	} else {
		_ = f.Set("body", c.newBody(resp.Body, cancel))
	}
	c.vm.Call(cb, goja.Undefined(), goja.Null(), f)
}

// errorInfo describes err as the cause of undici's "fetch failed" does:
// {message, code, errno, syscall, address, port} for the errors of
// connecting, {message} for others.
func (c *client) errorInfo(err error) *goja.Object {
	o := c.rt.NewObject()
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var dnsErr *net.DNSError
	var opErr *net.OpError
	var errno syscall.Errno
	switch {
	case errors.Is(err, errRedirect):
		_ = o.Set("message", "unexpected redirect")
	case errors.As(err, &dnsErr):
		_ = o.Set("message", "getaddrinfo ENOTFOUND "+dnsErr.Name)
		_ = o.Set("code", "ENOTFOUND")
		_ = o.Set("syscall", "getaddrinfo")
	case errors.As(err, &opErr) && errors.As(err, &errno):
		name := errnoName(errno)
		msg := opErr.Op + " " + name
		if opErr.Op == "dial" {
			msg = "connect " + name
			_ = o.Set("syscall", "connect")
		}
		if opErr.Addr != nil {
			host, port, _ := net.SplitHostPort(opErr.Addr.String())
			msg += " " + opErr.Addr.String()
			_ = o.Set("address", host)
			if n, err := strconv.Atoi(port); err == nil {
				_ = o.Set("port", n)
			}
		}
		_ = o.Set("message", msg)
		_ = o.Set("code", name)
		_ = o.Set("errno", -int(errno))
	case strings.Contains(err.Error(), "unsupported protocol scheme"):
		_ = o.Set("message", "unknown scheme")
	default:
		_ = o.Set("message", err.Error())
	}
	return o
}

func errnoName(e syscall.Errno) string {
	switch e {
	case syscall.ECONNREFUSED:
		return "ECONNREFUSED"
	case syscall.ECONNRESET:
		return "ECONNRESET"
	case syscall.ETIMEDOUT:
		return "ETIMEDOUT"
	case syscall.EHOSTUNREACH:
		return "EHOSTUNREACH"
	case syscall.ENETUNREACH:
		return "ENETUNREACH"
	}
	return "E" + strings.ToUpper(strings.ReplaceAll(e.Error(), " ", "_"))
}
