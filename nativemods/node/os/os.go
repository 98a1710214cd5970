// Package os is Node's node:os module: EOL, platform, arch, type,
// release, hostname, homedir, tmpdir, userInfo, endianness, uptime, cpus,
// totalmem, freemem, loadavg, availableParallelism, devNull and constants,
// read from the Go runtime and the kernel (uname, sysinfo, /proc) as node
// reads them.
package os

import (
	"bufio"
	"os"
	"os/user"
	"runtime"
	"strconv"
	"strings"

	"github.com/dop251/goja"
	"github.com/gojsc/gojsc/jsrt"
	"github.com/gojsc/gojsc/nativemods/node/internal/nodeerr"
)

func init() {
	jsrt.Register(jsrt.Module{Name: "node:os", Load: load})
}

// nodeArch maps GOARCH to process.arch's names.
var nodeArch = map[string]string{"amd64": "x64", "386": "ia32", "arm64": "arm64", "arm": "arm", "ppc64le": "ppc64", "s390x": "s390x", "riscv64": "riscv64", "loong64": "loong64", "mips64le": "mips64el"}

func arch() string {
	if a, ok := nodeArch[runtime.GOARCH]; ok {
		return a
	}
	return runtime.GOARCH
}

func load(vm *jsrt.VM, e *jsrt.Exports) error {
	rt := vm.Runtime()
	fn := func(name string, f func(call goja.FunctionCall) goja.Value) {
		e.Func(name, f)
	}
	str := func(s string) goja.Value { return rt.ToValue(s) }
	e.Set("EOL", "\n")
	e.Set("devNull", "/dev/null")
	fn("platform", func(goja.FunctionCall) goja.Value { return str(runtime.GOOS) })
	fn("arch", func(goja.FunctionCall) goja.Value { return str(arch()) })
	fn("machine", func(goja.FunctionCall) goja.Value {
		if u, err := uname(); err == nil {
			return str(u.machine)
		}
		return str(runtime.GOARCH)
	})
	fn("type", func(goja.FunctionCall) goja.Value {
		if u, err := uname(); err == nil {
			return str(u.sysname)
		}
		return str(strings.ToUpper(runtime.GOOS[:1]) + runtime.GOOS[1:])
	})
	fn("release", func(goja.FunctionCall) goja.Value {
		u, _ := uname()
		return str(u.release)
	})
	fn("version", func(goja.FunctionCall) goja.Value {
		u, _ := uname()
		return str(u.version)
	})
	fn("hostname", func(goja.FunctionCall) goja.Value {
		h, _ := os.Hostname()
		return str(h)
	})
	fn("homedir", func(goja.FunctionCall) goja.Value {
		if h, ok := vm.LookupEnv("HOME"); ok && h != "" {
			return str(h)
		}
		if u, err := user.Current(); err == nil {
			return str(u.HomeDir)
		}
		return str("")
	})
	fn("tmpdir", func(goja.FunctionCall) goja.Value {
		// As node: TMPDIR, TMP, TEMP, else /tmp, without a trailing slash.
		for _, k := range []string{"TMPDIR", "TMP", "TEMP"} {
			if d, ok := vm.LookupEnv(k); ok && d != "" {
				if len(d) > 1 {
					d = strings.TrimSuffix(d, "/")
				}
				return str(d)
			}
		}
		return str("/tmp")
	})
	fn("endianness", func(goja.FunctionCall) goja.Value { return str(endianness()) })
	fn("uptime", func(goja.FunctionCall) goja.Value { return rt.ToValue(uptime()) })
	fn("totalmem", func(goja.FunctionCall) goja.Value {
		t, _ := meminfo()
		return rt.ToValue(t)
	})
	fn("freemem", func(goja.FunctionCall) goja.Value {
		_, f := meminfo()
		return rt.ToValue(f)
	})
	fn("loadavg", func(goja.FunctionCall) goja.Value {
		l := loadavg()
		return rt.NewArray(l[0], l[1], l[2])
	})
	fn("availableParallelism", func(goja.FunctionCall) goja.Value { return rt.ToValue(runtime.NumCPU()) })
	fn("cpus", func(goja.FunctionCall) goja.Value {
		var out []any
		for _, c := range cpus() {
			o := rt.NewObject()
			_ = o.Set("model", c.model)
			_ = o.Set("speed", c.speed)
			times := rt.NewObject()
			for i, k := range []string{"user", "nice", "sys", "idle", "irq"} {
				_ = times.Set(k, c.times[i])
			}
			_ = o.Set("times", times)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
	fn("userInfo", func(call goja.FunctionCall) goja.Value {
		u, err := user.Current()
		if err != nil {
			nodeerr.Throw(vm, "Error", "ERR_SYSTEM_ERROR", "A system error occurred: uv_os_get_passwd returned ENOENT (no such file or directory)")
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		shell := loginShell(u.Username)
		o := rt.NewObject()
		_ = o.Set("uid", uid)
		_ = o.Set("gid", gid)
		_ = o.Set("username", u.Username)
		_ = o.Set("homedir", u.HomeDir)
		if shell == "" {
			_ = o.Set("shell", goja.Null())
		} else {
			_ = o.Set("shell", shell)
		}
		return o
	})
	fn("networkInterfaces", func(goja.FunctionCall) goja.Value { return networkInterfaces(rt) })
	fn("getPriority", func(call goja.FunctionCall) goja.Value { return rt.ToValue(0) })
	fn("setPriority", func(call goja.FunctionCall) goja.Value { return goja.Undefined() })
	e.Set("constants", constants(rt))
	return nil
}

// loginShell reads name's shell from /etc/passwd, as getpwuid does.
func loginShell(name string) string {
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return ""
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Split(s.Text(), ":")
		if len(fields) >= 7 && fields[0] == name {
			return fields[6]
		}
	}
	return ""
}
