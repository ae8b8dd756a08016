//go:build !linux

package main

import (
	"os"
	"os/exec"
	"syscall"
)

// Elsewhere go run is signalled alone; make bench is run on Linux, where
// group_linux.go reaches the server too.
func ownGroup(cmd *exec.Cmd) {}

func signalGroup(cmd *exec.Cmd, sig syscall.Signal) { cmd.Process.Signal(os.Signal(sig)) }
