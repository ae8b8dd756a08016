package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// cpuBusy is the CPU time all processes have used since boot, from
// /proc/stat's first line (user, nice, system, irq, softirq, steal; in
// USER_HZ ticks, which are 1/100 s on Linux).
func cpuBusy() (time.Duration, bool) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, false
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "cpu" {
		return 0, false
	}
	var ticks int64
	for _, i := range []int{1, 2, 3, 6, 7, 8} {
		n, err := strconv.ParseInt(f[i], 10, 64)
		if err != nil {
			return 0, false
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond, true
}
