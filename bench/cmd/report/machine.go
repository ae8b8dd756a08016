package main

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// machine is what the figures were measured on. The load average is there
// because this machine may be shared: a busy one slows every row, which
// the alternating runs spread evenly but cannot undo.
type machine struct {
	CPUs               int
	LoadAvg            string
	Go, Node, Chromium string
}

func describeMachine() machine {
	m := machine{CPUs: runtime.NumCPU(), Go: runtime.Version()}
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(b))
		if len(f) >= 3 {
			m.LoadAvg = strings.Join(f[:3], " ")
		}
	}
	m.Node = output("node", "--version")
	return m
}

func output(name string, args ...string) string {
	b, err := exec.Command(name, args...).Output()
	if err != nil {
		return "?"
	}
	return strings.TrimSpace(string(b))
}
