package spawn

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/gojsc/gojsc/internal/sysfd"
	"github.com/gojsc/gojsc/internal/xunix"
)

// Attr says how to start a child.
type Attr struct {
	// Dir is the child's working directory; empty means ours.
	Dir string
	// Env is the child's environment; nil means ours.
	Env []string
	// Files are the parent's fds that become the child's stdin, stdout and
	// stderr. No other handle reaches the child.
	Files [3]int
	// Cred must be nil: Windows cannot start a child as another user
	// through this call.
	Cred *Credential
}

// Credential is the user and group a child runs as, which Windows does
// not support.
type Credential struct {
	Uid         uint32
	Gid         uint32
	Groups      []uint32
	NoSetGroups bool
}

// WaitStatus is a child's wait status, in the Unix encoding.
type WaitStatus = xunix.WaitStatus

// Shell returns the program and argv that run command with the system's
// shell: cmd.exe /c (from %ComSpec%).
func Shell(command string) (path string, argv []string) {
	path = os.Getenv("ComSpec")
	if path == "" {
		path = `C:\Windows\System32\cmd.exe`
	}
	return path, []string{"cmd", "/c", command}
}

// LookPath finds file in the directories of %PATH% as cmd.exe does: a name
// with a path separator is used as it is (with the extensions of
// %PATHEXT% tried when it has none), and each directory is tried with the
// name as it is and with each extension.
func LookPath(file string, lookupEnv func(string) (string, bool)) (string, error) {
	if file == "" {
		return "", syscall.ENOENT
	}
	exts := []string{".com", ".exe", ".bat", ".cmd"}
	if pe, ok := lookupEnv("PATHEXT"); ok && pe != "" {
		exts = strings.Split(strings.ToLower(pe), ";")
	}
	try := func(p string) (string, bool) {
		cands := []string{p}
		if filepath.Ext(p) == "" {
			cands = nil
			for _, e := range exts {
				cands = append(cands, p+e)
			}
		}
		for _, c := range cands {
			if fi, err := os.Stat(c); err == nil && !fi.IsDir() {
				return c, true
			}
		}
		return "", false
	}
	if strings.ContainsAny(file, `/\:`) {
		if p, ok := try(file); ok {
			return p, nil
		}
		return "", syscall.ENOENT
	}
	dirs, _ := lookupEnv("PATH")
	for _, dir := range filepath.SplitList(dirs) {
		if dir == "" {
			continue
		}
		if p, ok := try(filepath.Join(dir, file)); ok {
			return p, nil
		}
	}
	return "", syscall.ENOENT
}

// Start starts the program at path (no PATH lookup: see LookPath) with
// argv, quoted into a command line as the C runtime parses it, and returns
// its pid. The child gets duplicates of attr.Files as its standard handles.
func Start(path string, argv []string, attr *Attr) (int, error) {
	if attr.Cred != nil {
		return 0, syscall.EWINDOWS
	}
	env := attr.Env
	if env == nil {
		env = os.Environ()
	}
	pa := &syscall.ProcAttr{
		Dir: attr.Dir,
		Env: env,
		Files: []uintptr{
			uintptr(sysfd.Handle(attr.Files[0])),
			uintptr(sysfd.Handle(attr.Files[1])),
			uintptr(sysfd.Handle(attr.Files[2])),
		},
	}
	pid, h, err := syscall.StartProcess(path, argv, pa)
	if err != nil {
		return 0, err
	}
	xunix.Track(pid, syscall.Handle(h))
	return pid, nil
}

// Wait waits for the child pid to end and returns its status.
func Wait(pid int) (WaitStatus, error) {
	var ws WaitStatus
	_, err := xunix.Wait4(pid, &ws, 0, nil)
	return ws, err
}

// Reserve does nothing: starting a Windows child needs no spare handles.
func Reserve() {}
