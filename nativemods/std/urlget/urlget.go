// Package urlget implements std.urlGet with Go's net/http. Importing it
// for its side effect installs the implementation; gojsc links it only into
// programs that call urlGet, since an HTTP and TLS stack adds several
// megabytes to a binary.
package urlget

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"sort"
	"time"

	"github.com/gojsc/gojsc/nativemods/std"
)

func init() {
	std.SetURLGetter(get)
}

// client does not follow redirects, as QuickJS's `curl -s -i` does not: a
// redirect is a non-2xx response.
var client = &http.Client{
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	Timeout:       10 * time.Minute,
}

func get(url string) (*std.URLResponse, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, fmt.Errorf("urlGet %s: %w", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("urlGet %s: reading the body: %w", url, err)
	}
	return &std.URLResponse{Status: resp.StatusCode, Header: headerLines(resp), Body: body}, nil
}

// headerLines renders the response header as curl -i prints it after the
// status line: "Name: value\r\n" per value, names sorted since Go does not
// keep the server's order.
func headerLines(resp *http.Response) []byte {
	var b bytes.Buffer
	names := make([]string, 0, len(resp.Header)+1)
	for k := range resp.Header {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range resp.Header[k] {
			fmt.Fprintf(&b, "%s: %s\r\n", k, v)
		}
	}
	return b.Bytes()
}
