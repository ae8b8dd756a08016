package main

import (
	"os/exec"
	"syscall"
)

// ownGroup gives cmd a process group of its own, so that killGroup
// reaches what it started too (go run's child, Chromium), and has the
// kernel kill it if the report dies first.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func killGroup(cmd *exec.Cmd) { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
