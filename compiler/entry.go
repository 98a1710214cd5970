package compiler

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/evanw/esbuild/pkg/api"
)

// StdinEntry is the Entry that makes Compile read the script from
// Options.Stdin, as if it were a file of the working directory.
const StdinEntry = "-"

// stdinName is how messages, stack traces and the source map name a
// script read from stdin, as esbuild does.
const stdinName = "<stdin>"

// ScriptExtensions are the extensions of the entry scripts gojsc compiles.
// An entry with no extension is taken too, unless it holds binary data.
var ScriptExtensions = []string{".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx"}

// checkEntry checks that the entry script is a regular file of acceptable
// size holding a script: a file with one of ScriptExtensions, or a text
// file with none.
// Anything else (a .txt or .png, an executable) would bundle into a
// program that does nothing useful, or fail with a syntax error about
// bytes the user never meant as code.
func checkEntry(c bundleConfig) error {
	// filepath.Join drops a trailing slash or dot, which makes "main.js/"
	// name a file; the system says whether it is a directory.
	statPath := c.entry
	if !filepath.IsAbs(statPath) {
		statPath = c.workDir + string(filepath.Separator) + statPath
	}
	st, err := os.Stat(statPath)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return badOption("%s %s does not exist", c.role, c.entry)
	case errors.Is(err, syscall.ENOTDIR):
		return badOption("%s %s is not a directory: a file name is followed by /", c.role, c.entry)
	case err != nil:
		return readError(c.role+" "+c.entry, err)
	case st.IsDir():
		return badOption("%s %s is a directory", c.role, c.entry)
	}
	if err := checkSourceInfo(st, c.role+" "+c.entry); err != nil {
		return err
	}
	accepted := strings.Join(ScriptExtensions, ", ")
	ext := filepath.Ext(c.entry)
	if ext != "" && !slices.Contains(ScriptExtensions, ext) {
		return badOption("%s %s is not a JavaScript or TypeScript file: gojsc compiles files ending in %s (a %s file can be imported by one)", c.role, c.entry, accepted, ext)
	}
	// A script's bytes are esbuild's to judge, with the place of what is
	// wrong; a file with no extension is looked at first, as it may well
	// be an executable given by mistake.
	if ext == "" {
		if what := binaryKind(statPath); what != "" {
			return badOption("%s %s is %s, not a script: gojsc compiles JavaScript or TypeScript source (%s)", c.role, c.entry, what, accepted)
		}
	}
	return nil
}

// binaryKind looks at the start of a file and names what it holds if that
// is not text: "an executable", "binary data"; "" for text (or a file
// that cannot be read, which esbuild then reports).
func binaryKind(path string) string {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return ""
	}
	defer f.Close()
	const sample = 4096
	head := make([]byte, sample)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	for _, magic := range [][]byte{{0x7f, 'E', 'L', 'F'}, {0xcf, 0xfa, 0xed, 0xfe}, {0xce, 0xfa, 0xed, 0xfe}, {'M', 'Z'}} {
		if bytes.HasPrefix(head, magic) {
			return "an executable"
		}
	}
	// A cut multi-byte character at the end of the sample is still text.
	for i := 0; n == sample && i < utf8.UTFMax-1 && !utf8.Valid(head); i++ {
		head = head[:len(head)-1]
	}
	if bytes.IndexByte(head, 0) >= 0 || !utf8.Valid(head) {
		return "binary data"
	}
	return ""
}

// stdinPlugin loads the script read from stdin as the file entry, a name
// in the working directory that no file need have, so that its relative
// imports resolve from there. It applies the limits sourcePlugin applies
// to files.
func stdinPlugin(entry, wd string, src []byte) api.Plugin {
	return api.Plugin{
		Name: "gojsc-stdin",
		Setup: func(pb api.PluginBuild) {
			pb.OnLoad(api.OnLoadOptions{Filter: "^" + regexp.QuoteMeta(entry) + "$", Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
				if a.Path != entry {
					return api.OnLoadResult{}, nil
				}
				if p := scanShape(string(src), dialect{}, defaultLimits.nesting, defaultLimits.chain); p != nil {
					return shapeResult(a.Path, string(src), p), nil
				}
				contents := string(src)
				return api.OnLoadResult{Contents: &contents, ResolveDir: wd, Loader: api.LoaderJS}, nil
			})
		},
	}
}

// readStdin reads a script from r, within MaxSourceSize.
func readStdin(r io.Reader) ([]byte, error) {
	if r == nil {
		return nil, badOption("the entry %s reads the script from stdin, but Options.Stdin is not set", StdinEntry)
	}
	data, err := io.ReadAll(io.LimitReader(r, MaxSourceSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading the script from stdin: %w", err)
	}
	if len(data) > MaxSourceSize {
		return nil, sizeError(stdinName, int64(len(data)))
	}
	return data, nil
}

// read reads a source file of the build, path being absolute and name how
// messages call it: the script read from stdin, or a file.
func (c bundleConfig) read(path, name string) ([]byte, error) {
	if c.stdin != nil && path == c.abs(c.entry) {
		return c.stdin, nil
	}
	return readSource(path, name)
}
