//go:build !linux

package os

import "runtime"

// Without /proc and sysinfo these facts are not read; node's values come
// from sysctl on these systems.
func uptime() float64                { return 0 }
func meminfo() (total, free float64) { return 0, 0 }
func loadavg() [3]float64            { return [3]float64{} }
func cpus() []cpu                    { return make([]cpu, runtime.NumCPU()) }
