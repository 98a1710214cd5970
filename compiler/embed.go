package compiler

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing/fstest"

	"golang.org/x/mod/module"
)

// MaxEmbedSize is how many bytes of files one build may embed with
// --embed (Options.Embed) in all: they are copied into the generated
// package and compiled into the executable, and Go's linker holds them in
// memory.
const MaxEmbedSize = 512 << 20

// embedDir is the directory of the generated package that holds the
// embedded files, under their names.
const embedDir = "gojsc-files"

// An embedFile is one file of --embed.
type embedFile struct {
	// name is the file's path relative to the working directory,
	// slash-separated: its name in the program (jsrt.Program.Files).
	name string
	// path is the file's absolute path.
	path string
	size int64
}

// collectEmbeds lists the files the --embed paths name, sorted by name:
// each path a regular file or a directory inside workDir (a directory
// gives every regular file under it, following links to files but not
// to directories). A device, FIFO or socket is an error, as is a name Go
// cannot embed, a total past MaxEmbedSize or no file at all.
func collectEmbeds(workDir string, paths []string) ([]embedFile, error) {
	var files []embedFile
	seen := map[string]bool{}
	var total int64
	add := func(arg, abs string, info fs.FileInfo) error {
		rel, err := filepath.Rel(workDir, abs)
		if err != nil {
			return badOption("--embed %s: %v", arg, err)
		}
		name := filepath.ToSlash(rel)
		if seen[name] {
			return nil
		}
		if err := module.CheckFilePath(name); err != nil {
			return badOption("--embed %s: %s cannot be embedded: %v", arg, name, err)
		}
		seen[name] = true
		total += info.Size()
		if total > MaxEmbedSize {
			return fmt.Errorf("%w: --embed %s: the embedded files pass %d MiB in all", ErrLimit, arg, MaxEmbedSize>>20)
		}
		files = append(files, embedFile{name: name, path: abs, size: info.Size()})
		return nil
	}
	for _, arg := range paths {
		abs := arg
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(workDir, abs)
		}
		abs = filepath.Clean(abs)
		if rel, err := filepath.Rel(workDir, abs); err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil, badOption("--embed %s: not inside the working directory %s, below which embedded files are named", arg, workDir)
		}
		info, err := os.Stat(abs)
		if err != nil {
			return nil, badOption("--embed %s: %v", arg, unwrapPath(err))
		}
		switch {
		case info.Mode().IsRegular():
			if err := add(arg, abs, info); err != nil {
				return nil, err
			}
		case info.IsDir():
			err := filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
				if err != nil {
					return badOption("--embed %s: %v", arg, err)
				}
				if d.IsDir() {
					return nil
				}
				info, err := os.Stat(p) // follows a link
				if err != nil {
					return badOption("--embed %s: %v", arg, err)
				}
				switch {
				case info.Mode().IsRegular():
					return add(arg, p, info)
				case info.IsDir():
					return nil // a link to a directory: not followed
				}
				return badOption("--embed %s: %s is not a regular file (%s)", arg, p, info.Mode().Type())
			})
			if err != nil {
				return nil, err
			}
		default:
			return nil, badOption("--embed %s: not a regular file or a directory (%s)", arg, info.Mode().Type())
		}
	}
	if len(paths) > 0 && len(files) == 0 {
		return nil, badOption("--embed %s: no files to embed", strings.Join(paths, ", "))
	}
	slices.SortFunc(files, func(a, b embedFile) int { return strings.Compare(a.name, b.name) })
	return files, nil
}

// unwrapPath drops the path an *fs.PathError repeats.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// copyEmbeds copies the files into dir/embedDir under their names, for
// the generated main's //go:embed.
func copyEmbeds(dir string, files []embedFile) error {
	for _, f := range files {
		dst := filepath.Join(dir, embedDir, filepath.FromSlash(f.name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("writing the embedded files: %w", err)
		}
		if err := copyFile(f.path, dst); err != nil {
			return fmt.Errorf("embedding %s: %w", f.name, err)
		}
	}
	return nil
}

// copyFile copies the regular file src to dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// embedName is embedDir when there are files to embed, else "".
func embedName(files []embedFile) string {
	if len(files) == 0 {
		return ""
	}
	return embedDir
}

// loadEmbeds reads the files into memory, as the program in this process
// sees them (Load): the same names an executable embeds.
func loadEmbeds(files []embedFile) (fs.FS, error) {
	if len(files) == 0 {
		return nil, nil
	}
	m := fstest.MapFS{}
	for _, f := range files {
		data, err := os.ReadFile(f.path)
		if err != nil {
			return nil, fmt.Errorf("embedding %s: %w", f.name, err)
		}
		m[f.name] = &fstest.MapFile{Data: data, Mode: 0o444}
	}
	return m, nil
}

// EmbedFiles returns the files the --embed paths name (Options.Embed),
// read into memory under their names relative to workDir, as a program
// run in this process sees them (jsrt.Program.Files); nil when paths is
// empty. The checks and limits are those of a build.
func EmbedFiles(workDir string, paths []string) (fs.FS, error) {
	files, err := collectEmbeds(workDir, paths)
	if err != nil {
		return nil, err
	}
	return loadEmbeds(files)
}
