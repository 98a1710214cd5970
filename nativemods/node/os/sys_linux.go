package os

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

func uptime() float64 {
	var si unix.Sysinfo_t
	if unix.Sysinfo(&si) != nil {
		return 0
	}
	return float64(si.Uptime)
}

// meminfo returns total and available memory in bytes; "free" is
// MemAvailable, as libuv reports it.
func meminfo() (total, free float64) {
	f, err := os.Open("/proc/meminfo")
	if err != nil {
		return 0, 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Fields(s.Text())
		if len(fields) < 2 {
			continue
		}
		n, _ := strconv.ParseFloat(fields[1], 64)
		switch fields[0] {
		case "MemTotal:":
			total = n * 1024
		case "MemAvailable:":
			free = n * 1024
		}
	}
	return total, free
}

func loadavg() [3]float64 {
	var l [3]float64
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return l
	}
	for i, f := range strings.Fields(string(b)) {
		if i == 3 {
			break
		}
		l[i], _ = strconv.ParseFloat(f, 64)
	}
	return l
}

// cpus reads the model and speed of each processor from /proc/cpuinfo and
// its times from /proc/stat (clock ticks of 10 ms).
func cpus() []cpu {
	var out []cpu
	if b, err := os.ReadFile("/proc/stat"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			f := strings.Fields(line)
			if len(f) < 8 || !strings.HasPrefix(f[0], "cpu") || f[0] == "cpu" {
				continue
			}
			var c cpu
			for i, idx := range []int{1, 2, 3, 4, 6} {
				n, _ := strconv.ParseFloat(f[idx], 64)
				c.times[i] = n * 10
			}
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		out = make([]cpu, runtime.NumCPU())
	}
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		i := -1
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch k {
			case "processor":
				i++
			case "model name":
				if i >= 0 && i < len(out) {
					out[i].model = v
				}
			case "cpu MHz":
				if i >= 0 && i < len(out) {
					mhz, _ := strconv.ParseFloat(v, 64)
					out[i].speed = int(mhz)
				}
			}
		}
	}
	return out
}
