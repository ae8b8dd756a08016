package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os/exec"
	"regexp"
	"syscall"
	"time"
)

// site is the real Nutgraf server serving the built site, started as
// `go run ./server -dir DIST -addr 127.0.0.1:0`: port 0 has the kernel
// pick a free loopback port, which the server prints.
type site struct {
	url string
	cmd *exec.Cmd
}

var servingLine = regexp.MustCompile(`serving .* at (http://127\.0\.0\.1:\d+)/`)

// startSite starts the server from the module root repo and waits for its
// address.
func startSite(ctx context.Context, repo, dist string) (*site, error) {
	cmd := exec.Command("go", "run", "./server", "-dir", dist, "-addr", "127.0.0.1:0")
	cmd.Dir = repo
	ownGroup(cmd)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	s := &site{cmd: cmd}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if m := servingLine.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
		io.Copy(io.Discard, stderr) // the request log, until the server ends
	}()
	select {
	case s.url = <-found:
		return s, nil
	case <-time.After(2 * time.Minute): // go run may have to compile the server
	case <-ctx.Done():
	}
	s.stop()
	return nil, fmt.Errorf("go run ./server printed no address")
}

// stop ends the server and go run.
func (s *site) stop() {
	if s.cmd.Process != nil {
		signalGroup(s.cmd, syscall.SIGTERM)
		done := make(chan struct{})
		go func() { s.cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			signalGroup(s.cmd, syscall.SIGKILL)
			<-done
		}
	}
}
