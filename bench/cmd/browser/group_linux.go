package main

import (
	"os/exec"
	"syscall"
)

// ownGroup puts go run and the server it starts in a process group of
// their own, so that signalGroup ends both, and has the kernel kill go run
// if this program dies first.
func ownGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

func signalGroup(cmd *exec.Cmd, sig syscall.Signal) { syscall.Kill(-cmd.Process.Pid, sig) }
