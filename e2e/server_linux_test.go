package e2e

import (
	"os/exec"
	"syscall"
)

// dieWithUs has the kernel kill the server if the test binary dies
// without stopping it (go test's -timeout panics, a crash): a server left
// running would hold its port and its temporary directory.
func dieWithUs(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
