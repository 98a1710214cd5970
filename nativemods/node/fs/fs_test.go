package fs_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gojsc/gojsc/internal/gojsctest"
	"github.com/gojsc/gojsc/jsrt"

	_ "github.com/gojsc/gojsc/nativemods/node/fs"
	_ "github.com/gojsc/gojsc/nativemods/node/fs/promises"
)

// importLine matches the imports of Node's fs modules in the golden
// scripts, which this test turns into calls of the runtime's module
// loader, since it runs them without bundling.
var importLine = regexp.MustCompile(`(?m)^import\s+(?:\* as\s+)?(\w+|\{[^}]*\})\s+from\s+"(node:fs(?:/promises)?)";$`)

// runScript runs src as a gojsc program linking node:fs and
// node:fs/promises, with TMPDIR as process.env.TMPDIR, and returns its
// output with tmp written as $TMPDIR.
func runScript(t *testing.T, src string) (stdout, stderr string, status int) {
	t.Helper()
	tmp := t.TempDir()
	src = importLine.ReplaceAllString(src, `const $1 = __gojsc_native("$2");`)
	prelude := fmt.Sprintf("if (typeof process === 'undefined') globalThis.process = { env: { TMPDIR: %q } };\n", tmp)
	var out, errb bytes.Buffer
	status, err := jsrt.Run(context.Background(), jsrt.Program{
		Source:  prelude + src,
		Modules: []string{"node:fs", "node:fs/promises"},
	}, jsrt.Config{Args: []string{"fstest"}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	clean := func(b []byte) string { return strings.ReplaceAll(string(b), tmp, "$TMPDIR") }
	return clean(out.Bytes()), clean(errb.Bytes()), status
}

// TestGolden runs the node:fs scripts of testdata/e2e/node, whose
// expected output was recorded from Node 20, on the runtime directly.
func TestGolden(t *testing.T) {
	dir := filepath.Join(gojsctest.Root(), "testdata", "e2e", "node")
	scripts, _ := filepath.Glob(filepath.Join(dir, "fs_*.js"))
	if len(scripts) == 0 {
		t.Fatal("no fs scripts in testdata/e2e/node")
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".js")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(script, ".js") + ".stdout")
			if err != nil {
				t.Fatal(err)
			}
			out, errs, status := runScript(t, string(src))
			if status != 0 || errs != "" {
				t.Errorf("exit %d, stderr:\n%s", status, errs)
			}
			if out != string(want) {
				t.Errorf("stdout differs\n%s", lineDiff(string(want), out))
			}
		})
	}
}

// lineDiff shows the first lines where got and want differ.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 10; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d\n  want %s\n  got  %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// TestBufferGlobal checks that reads return a Buffer, made by the
// Buffer global's from, once the program has one, and Uint8Arrays before.
func TestBufferGlobal(t *testing.T) {
	out, errs, status := runScript(t, `
const fs = __gojsc_native("node:fs");
const f = process.env.TMPDIR + "/b";
fs.writeFileSync(f, "abc");
const before = fs.readFileSync(f);
print(before.constructor.name, before.length);
class Buffer extends Uint8Array {
  static from(ab, off, len) { return new Buffer(ab, off, len); }
}
globalThis.Buffer = Buffer;
const after = fs.readFileSync(f);
print(after.constructor.name, after.length, after[0]);
fs.readFile(f, (err, b) => {
  print("callback", b.constructor.name);
  fs.promises.readFile(f).then((b) => print("promise", b.constructor.name));
});
print(fs.readdirSync(process.env.TMPDIR, "buffer")[0].constructor.name);
`)
	want := "Uint8Array 3\nBuffer 3 97\nBuffer\ncallback Buffer\npromise Buffer\n"
	if status != 0 || errs != "" || out != want {
		t.Errorf("exit %d, stderr %q\ngot:\n%s\nwant:\n%s", status, errs, out, want)
	}
}

// TestCallbackThrows checks that an exception thrown by a callback is
// uncaught, as in Node: the program reports it and exits with status 1.
func TestCallbackThrows(t *testing.T) {
	out, errs, status := runScript(t, `
const fs = __gojsc_native("node:fs");
fs.stat(process.env.TMPDIR, (err, st) => { throw new Error("from callback " + st.isDirectory()); });
print("called");
`)
	if status != 1 || out != "called\n" || !strings.Contains(errs, "Error: from callback true") {
		t.Errorf("exit %d, stdout %q, stderr %q", status, out, errs)
	}
}

// TestStdoutOrder checks that a write to fd 1 comes after what print
// buffered before it.
func TestStdoutOrder(t *testing.T) {
	out, _, _ := runScript(t, `
const fs = __gojsc_native("node:fs");
print("one");
fs.writeSync(1, "two\n");
fs.writeFileSync(1, "three\n");
print("four");
`)
	if out != "one\ntwo\nthree\nfour\n" {
		t.Errorf("stdout %q", out)
	}
}
