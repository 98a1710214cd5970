//go:build unix

package std

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

// tempStream returns a read-write stream over a new file holding content.
func tempStream(t *testing.T, content string) *stream {
	t.Helper()
	name := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	fd, err := unix.Open(name, unix.O_RDWR|unix.O_CLOEXEC, 0)
	if err != nil {
		t.Fatal(err)
	}
	s := &stream{fd: fd, kind: kindFile}
	t.Cleanup(func() {
		if !s.closed {
			s.close()
		}
	})
	return s
}

func TestGetline(t *testing.T) {
	long := strings.Repeat("x", bufSize*2+5)
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{"empty", "", nil},
		{"one newline", "\n", []string{""}},
		{"no final newline", "a\nb", []string{"a", "b"}},
		{"empty lines", "\n\na\n\n", []string{"", "", "a", ""}},
		{"line longer than the buffer", "s\n" + long + "\nt\n", []string{"s", long, "t"}},
		{"newline at a buffer boundary", strings.Repeat("y", bufSize-1) + "\nz", []string{strings.Repeat("y", bufSize-1), "z"}},
		{"carriage returns kept", "a\r\nb\r\n", []string{"a\r", "b\r"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tempStream(t, tt.content)
			var got []string
			for {
				line, ok := s.getline()
				if !ok {
					break
				}
				got = append(got, string(line))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("lines = %q, want %q", got, tt.want)
			}
			if !s.eof {
				t.Error("eof flag not set after the last line")
			}
			if _, ok := s.getline(); ok {
				t.Error("getline after EOF returned a line")
			}
		})
	}
}

// TestGetlineAllocs checks that reading lines allocates nothing once the
// buffers exist: the only allocation left is the caller's JS string.
func TestGetlineAllocs(t *testing.T) {
	s := tempStream(t, strings.Repeat("a line of text\n", 100000))
	s.getline()
	allocs := testing.AllocsPerRun(10000, func() {
		if _, ok := s.getline(); !ok {
			t.Fatal("ran out of lines")
		}
	})
	if allocs != 0 {
		t.Errorf("getline allocates %v times per call, want 0", allocs)
	}
}

// TestMixedReadWrite checks stdio's rule on a "+" stream: a write after a
// read lands at the reader's position, and reads see earlier writes.
func TestMixedReadWrite(t *testing.T) {
	s := tempStream(t, "0123456789")
	if c := s.getByte(); c != '0' {
		t.Fatalf("getByte = %d", c)
	}
	s.writeString("AB")
	if err := s.seek(0, 0); err != nil {
		t.Fatal(err)
	}
	if got := string(s.readAll(-1)); got != "0AB3456789" {
		t.Errorf("content = %q, want 0AB3456789", got)
	}
	s.writeString("!")
	if pos, err := s.tell(); err != nil || pos != 11 {
		t.Errorf("tell = %d, %v; want 11", pos, err)
	}
	if err := s.seek(-3, 1); err != nil {
		t.Fatal(err)
	}
	if got := string(s.readAll(2)); got != "89" {
		t.Errorf("readAll(2) after seek = %q, want 89", got)
	}
	if _, err := s.close(); err != nil {
		t.Errorf("close: %v", err)
	}
}

func TestOpenMode(t *testing.T) {
	tests := []struct {
		mode  string
		flags int
		ok    bool
	}{
		{"r", unix.O_RDONLY, true},
		{"rb", unix.O_RDONLY, true},
		{"r+", unix.O_RDWR, true},
		{"w", unix.O_WRONLY | unix.O_CREAT | unix.O_TRUNC, true},
		{"w+x", unix.O_RDWR | unix.O_CREAT | unix.O_TRUNC | unix.O_EXCL, true},
		{"a", unix.O_WRONLY | unix.O_CREAT | unix.O_APPEND, true},
		{"ab+", unix.O_RDWR | unix.O_CREAT | unix.O_APPEND, true},
		{"", 0, false},
		{"+r", 0, false},
		{"b", 0, false},
	}
	for _, tt := range tests {
		flags, ok := openMode(tt.mode)
		if ok != tt.ok || ok && flags != tt.flags {
			t.Errorf("openMode(%q) = %#x, %v; want %#x, %v", tt.mode, flags, ok, tt.flags, tt.ok)
		}
	}
}

func TestStrerror(t *testing.T) {
	tests := []struct {
		errno int
		want  string
	}{
		{int(unix.ENOENT), "No such file or directory"},
		{int(unix.EACCES), "Permission denied"},
		{int(unix.EPIPE), "Broken pipe"},
		{-5, unknownErrno(-5)},
		{1 << 20, unknownErrno(1 << 20)},
	}
	for _, tt := range tests {
		if got := strerror(tt.errno); got != tt.want {
			t.Errorf("strerror(%d) = %q, want %q", tt.errno, got, tt.want)
		}
	}
}
