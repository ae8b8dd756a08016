package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// node runs script with cfg as its one JSON argument, noting contention
// under label (see run). A deadline of 0 means none.
func (b *bench) node(label, script string, cfg map[string]any, deadline time.Duration) (timedOut bool, err error) {
	arg, err := json.Marshal(cfg)
	if err != nil {
		return false, err
	}
	if deadline == 0 {
		cmd := exec.Command("node", filepath.Join(b.nodeDir, script), string(arg))
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		return false, cmd.Run()
	}
	return b.run(label, deadline, "node", filepath.Join(b.nodeDir, script), string(arg))
}
