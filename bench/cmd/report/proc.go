package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"time"
)

// run runs a measuring program with a deadline. The deadline is a safety
// net, not a budget (each program budgets its own runs): a program still
// running at it is killed with its children, and whatever results it had
// saved so far are used, with a note. Its output goes to our stderr, so
// that make bench shows progress and the table alone is on stdout.
//
// It also notes how busy the rest of the machine was meanwhile, under
// label (none for ""): on a shared machine that is what makes two runs of make bench
// disagree, and the reader should see it.
func (b *bench) run(label string, deadline time.Duration, name string, args ...string) (timedOut bool, err error) {
	cmd := exec.Command(name, args...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	ownGroup(cmd)
	before, beforeOK := cpuBusy()
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return false, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err = <-done:
	case <-time.After(deadline):
		killGroup(cmd)
		<-done
		timedOut = true
	}
	after, afterOK := cpuBusy()
	if wall := time.Since(start); label != "" && beforeOK && afterOK && cmd.ProcessState != nil {
		ours := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
		others := max(after-before-ours, 0)
		b.contention = append(b.contention, fmt.Sprintf("%s %.0f%%", label,
			100*others.Seconds()/(wall.Seconds()*float64(b.env.CPUs))))
	}
	return timedOut, err
}

// readJSON decodes the JSON file path into v.
func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// logf tells the reader of make bench what is running.
func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}
