package compiler

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/module"
)

func TestResolveLinks(t *testing.T) {
	dir := t.TempDir()
	mod := filepath.Join(dir, "mymod")
	for name, content := range map[string]string{
		"go.mod":        "module example.com/mymod\n\ngo 1.26.0\n",
		"go.sum":        "example.com/dep v1.0.0 h1:abc=\nexample.com/dep v1.0.0/go.mod h1:def=\n",
		"a/a.go":        "package a\n",
		"b/b.go":        "package b\n",
		"../file.txt":   "not a directory\n",
		"../nomod/x.go": "package x\n",
	} {
		p := filepath.Join(mod, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name    string
		opts    Options
		want    string // "name=import[@module]" of each link
		wantErr string
	}{
		{name: "defaults", want: "std=github.com/gojsc/gojsc/nativemods/std os=github.com/gojsc/gojsc/nativemods/os"},
		{name: "no defaults", opts: Options{NoStd: true, NoOS: true}, want: ""},
		{name: "built-in, repeated", opts: Options{NoStd: true, Modules: []ModuleSpec{{Name: "process"}, {Name: "process"}, {Name: "os"}}},
			want: "os=github.com/gojsc/gojsc/nativemods/os process=github.com/gojsc/gojsc/nativemods/process"},
		{name: "local package replaces a default", opts: Options{NoStd: true, Modules: []ModuleSpec{{Name: "os", Path: "./mymod/a"}}},
			want: "os=example.com/mymod/a@example.com/mymod"},
		{name: "two packages of one module", opts: Options{NoStd: true, NoOS: true, Modules: []ModuleSpec{{Name: "a", Path: "./mymod/a"}, {Name: "b", Path: "./mymod/b"}}},
			want: "a=example.com/mymod/a@example.com/mymod b=example.com/mymod/b"},
		{name: "unknown built-in", opts: Options{Modules: []ModuleSpec{{Name: "nosuch"}}}, wantErr: `unknown native module "nosuch"; built-in modules: `},
		{name: "one name twice", opts: Options{Modules: []ModuleSpec{{Name: "a", Path: "./mymod/a"}, {Name: "a", Path: "./mymod/b"}}}, wantErr: `native module "a" is linked twice: -M a=./mymod/a and -M a=./mymod/b`},
		{name: "missing folder", opts: Options{Modules: []ModuleSpec{{Name: "x", Path: "./gone"}}}, wantErr: "-M x=./gone: directory " + filepath.Join(dir, "gone") + " not found"},
		{name: "file, not folder", opts: Options{Modules: []ModuleSpec{{Name: "x", Path: "./file.txt"}}}, wantErr: "is a file"},
		{name: "no go.mod", opts: Options{Modules: []ModuleSpec{{Name: "x", Path: "./nomod"}}}, wantErr: "no go.mod in"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.opts.WorkingDir = dir
			// Links as for a script that imports both default modules.
			plan, err := func() (linkage, error) {
				reqs, err := linkRequests(tt.opts)
				if err != nil {
					return linkage{}, err
				}
				cfg := config{bundle: bundleConfig{workDir: dir}, links: reqs}
				lk, err := resolveModules(context.Background(), &cfg)
				return linkModules(lk, &Bundle{Imports: []string{"os", "std"}}), err
			}()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, ErrOptions) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, l := range plan.links {
				s := l.Name + "=" + l.Import
				if l.Module != "" {
					s += "@" + l.Module
					if l.Dir != mod || l.Version != placeholderVersion {
						t.Errorf("%s: replace dir %q version %q, want %q %q", l.Name, l.Dir, l.Version, mod, placeholderVersion)
					}
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("links %q, want %q", strings.Join(got, " "), tt.want)
			}
			if len(plan.user) > 0 && len(plan.sums) != 2*len(plan.user) {
				t.Errorf("go.sum lines %q, want the module's two lines per user link", plan.sums)
			}
		})
	}
}

func TestInitFailure(t *testing.T) {
	stderr := "panic: gojsc: native module \"x\" registered twice: by package a and by package b\n\ngoroutine 1 [running]:\nmain.init()\n"
	want := `native module "x" registered twice: by package a and by package b`
	if got := initFailure(stderr, errors.New("exit status 2")); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := initFailure("", errors.New("signal: killed")); got != "signal: killed" {
		t.Errorf("empty stderr: got %q", got)
	}
}

func TestPlaceholderFor(t *testing.T) {
	for _, mod := range []string{"example.com/m", "example.com/m/v2", "example.com/m/v10", "gopkg.in/yaml.v3", "gopkg.in/check.v1"} {
		v := placeholderFor(mod)
		if err := module.Check(mod, v); err != nil {
			t.Errorf("%s: %v", mod, err)
		}
	}
}
