package os

import (
	"encoding/binary"
	"fmt"
	"net"
	"strings"

	"github.com/dop251/goja"
	unix "github.com/gojsc/gojsc/internal/xunix"
)

// utsname is uname(2)'s answer as strings.
type utsname struct{ sysname, release, version, machine string }

func uname() (utsname, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return utsname{}, err
	}
	s := func(b []byte) string { return unix.ByteSliceToString(b) }
	return utsname{s(u.Sysname[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])}, nil
}

func endianness() string {
	var b [2]byte
	binary.NativeEndian.PutUint16(b[:], 1)
	if b[0] == 1 {
		return "LE"
	}
	return "BE"
}

// A cpu is one entry of os.cpus(): times are in milliseconds.
type cpu struct {
	model string
	speed int
	times [5]float64 // user, nice, sys, idle, irq
}

// networkInterfaces builds os.networkInterfaces() from net.Interfaces:
// each interface's addresses with family, netmask, mac, internal and cidr.
func networkInterfaces(rt *goja.Runtime) goja.Value {
	out := rt.NewObject()
	ifs, err := net.Interfaces()
	if err != nil {
		return out
	}
	for _, ifc := range ifs {
		addrs, err := ifc.Addrs()
		if err != nil || len(addrs) == 0 {
			continue
		}
		var list []any
		mac := ifc.HardwareAddr.String()
		if mac == "" {
			mac = "00:00:00:00:00:00"
		}
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok {
				continue
			}
			o := rt.NewObject()
			family := "IPv4"
			ip := ipn.IP.To4()
			if ip == nil {
				family = "IPv6"
				ip = ipn.IP
			}
			ones, _ := ipn.Mask.Size()
			_ = o.Set("address", ip.String())
			_ = o.Set("netmask", net.IP(ipn.Mask).String())
			_ = o.Set("family", family)
			_ = o.Set("mac", mac)
			_ = o.Set("internal", ifc.Flags&net.FlagLoopback != 0)
			_ = o.Set("cidr", fmt.Sprintf("%s/%d", ip, ones))
			if family == "IPv6" {
				_ = o.Set("scopeid", 0)
			}
			list = append(list, o)
		}
		if len(list) > 0 {
			_ = out.Set(ifc.Name, rt.NewArray(list...))
		}
	}
	return out
}

// constants is os.constants: the signal numbers of this system, the
// common errno values and the scheduling priorities.
func constants(rt *goja.Runtime) *goja.Object {
	c := rt.NewObject()
	sig := rt.NewObject()
	for n := unix.Signal(1); n < 32; n++ {
		if name := unix.SignalName(n); name != "" {
			_ = sig.Set(name, int(n))
		}
	}
	errno := rt.NewObject()
	for _, e := range []unix.Errno{unix.E2BIG, unix.EACCES, unix.EADDRINUSE, unix.EAGAIN, unix.EBADF, unix.EBUSY, unix.ECONNREFUSED, unix.ECONNRESET,
		unix.EEXIST, unix.EINTR, unix.EINVAL, unix.EIO, unix.EISDIR, unix.EMFILE, unix.ENOENT, unix.ENOMEM, unix.ENOSPC, unix.ENOTDIR, unix.ENOTEMPTY,
		unix.EPERM, unix.EPIPE, unix.ETIMEDOUT, unix.EXDEV} {
		_ = errno.Set(strings.ToUpper(unix.ErrnoName(e)), int(e))
	}
	prio := rt.NewObject()
	for _, p := range []struct {
		k string
		v int
	}{{"PRIORITY_LOW", 19}, {"PRIORITY_BELOW_NORMAL", 10}, {"PRIORITY_NORMAL", 0}, {"PRIORITY_ABOVE_NORMAL", -7}, {"PRIORITY_HIGH", -14}, {"PRIORITY_HIGHEST", -20}} {
		_ = prio.Set(p.k, p.v)
	}
	_ = c.Set("signals", sig)
	_ = c.Set("errno", errno)
	_ = c.Set("priority", prio)
	return c
}
