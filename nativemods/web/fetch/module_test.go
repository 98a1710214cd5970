package fetch_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gojsc/gojsc/internal/gojsctest"
	"github.com/gojsc/gojsc/nativemods/web/internal/webtest"

	_ "github.com/gojsc/gojsc/nativemods/web/abort"
	_ "github.com/gojsc/gojsc/nativemods/web/blob"
	_ "github.com/gojsc/gojsc/nativemods/web/events"
	_ "github.com/gojsc/gojsc/nativemods/web/url"
)

var record = flag.Bool("record", false, "record the expected output of testdata/*.js by running node against the test server")

// server is the loopback server the scripts fetch from (FETCH_BASE).
func server(t testing.TB) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"hello":"world","n":[1,2,3]}`)
	})
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "héllo")
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.URL.Query().Get("n"))
		w.Header().Set("Content-Length", strconv.Itoa(n))
		buf := make([]byte, 1<<16)
		for i := range buf {
			buf[i] = byte(i % 251)
		}
		for n > 0 {
			k := min(n, len(buf))
			if _, err := w.Write(buf[:k]); err != nil {
				return
			}
			n -= k
		}
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/text", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, "no such thing")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/drip", func(w http.ResponseWriter, r *http.Request) {
		// Three chunks, then a long wait: for reading a stream and
		// aborting in the middle of a body.
		for _, s := range []string{"one,", "two,", "three"} {
			io.WriteString(w, s)
			w.(http.Flusher).Flush()
			time.Sleep(20 * time.Millisecond)
		}
		if r.URL.Query().Get("hang") != "" {
			select {
			case <-time.After(5 * time.Second):
			case <-r.Context().Done():
			}
		}
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		hs := []string{}
		for k, v := range r.Header {
			if k = strings.ToLower(k); strings.HasPrefix(k, "x-") || k == "content-type" {
				hs = append(hs, k+": "+strings.Join(v, ","))
			}
		}
		sort.Strings(hs)
		w.Header().Set("Content-Type", "application/json")
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		json.NewEncoder(w).Encode(map[string]any{"method": r.Method, "headers": hs, "body": string(body)})
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func golden(t *testing.T, name string) {
	s := server(t)
	env := "FETCH_BASE=" + s.URL
	if *record {
		cmd := exec.Command("node", filepath.Join("testdata", name+".js"))
		cmd.Env = append(os.Environ(), env)
		out, err := cmd.Output()
		if err != nil {
			var stderr []byte
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = ee.Stderr
			}
			t.Fatalf("node: %v\n%s", err, stderr)
		}
		out = []byte(strings.ReplaceAll(string(out), s.URL, "$BASE"))
		if err := os.WriteFile(filepath.Join("testdata", name+".stdout"), out, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	webtest.Golden(t, "testdata", name, []string{"web:events", "web:abort", "web:blob", "web:url", "web:fetch"}, env)
}

func TestFetch(t *testing.T)       { golden(t, "fetch") }
func TestFetchErrors(t *testing.T) { golden(t, "errors") }

// TestFetchClasses runs in-process the end-to-end script that checks
// Headers, Request and Response on their own (end-to-end it is built as a
// program of its own, to check what it links).
func TestFetchClasses(t *testing.T) {
	dir := filepath.Join(gojsctest.Root(), "testdata", "e2e", "web")
	webtest.Golden(t, dir, "fetch_classes", []string{"web:events", "web:abort", "web:blob", "web:url", "web:fetch"})
}

// BenchmarkFetchBig fetches a 10 MB body as an ArrayBuffer.
func BenchmarkFetchBig(b *testing.B) {
	benchFetch(b, `const n = (await r.arrayBuffer()).byteLength;`)
}

// BenchmarkFetchBigStream fetches a 10 MB body and reads it as a stream.
func BenchmarkFetchBigStream(b *testing.B) {
	benchFetch(b, `let n = 0; for await (const c of r.body) n += c.length;`)
}

func benchFetch(b *testing.B, read string) {
	s := server(b)
	src := fmt.Sprintf(`(async () => { for (let i = 0; i < %d; i++) { const r = await fetch(%q); %s if (n !== 10000000) throw new Error("short"); } })()`, b.N, s.URL+"/big?n=10000000", read)
	b.ResetTimer()
	r := webtest.Run(b, src, []string{"web:fetch"}, nil)
	if r.Exit != 0 {
		b.Fatal(r.Stderr)
	}
}
