//go:build !linux

package e2e

import "os/exec"

// dieWithUs does nothing where the kernel offers no parent-death signal.
func dieWithUs(*exec.Cmd) {}
