package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childEnv makes the test binary run the server's main instead of the
// tests, so that a test can run the real process, with its signal handling
// and exit status, without building a second binary.
const childEnv = "NUTGRAF_SERVER_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		main() // exits 1 itself on error
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// child is the server running as its own process.
type child struct {
	cmd    *exec.Cmd
	addr   string
	exited chan error    // cmd.Wait's result, once stderr is drained
	logc   chan childLog // what it wrote, sent before exited
}

// childLog sums up the server's stderr: one line per request served.
type childLog struct {
	served   int      // request lines with status=200
	other    []string // request lines with any other status
	warnings []string // level=WARN or ERROR: net/http's own errors
}

// startChild runs `server -dir dir -addr 127.0.0.1:0` and waits for it to
// say where it listens. The child is killed if the test ends before it
// exits.
func startChild(t *testing.T, dir string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-dir", dir, "-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, exited: make(chan error, 1), logc: make(chan childLog, 1)}
	t.Cleanup(func() { cmd.Process.Kill() })

	addrc := make(chan string, 1)
	go func() {
		var l childLog
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "nutgraf: serving "):
				_, url, _ := strings.Cut(line, " at http://")
				addrc <- strings.TrimSuffix(url, "/")
			case strings.Contains(line, "level=WARN"), strings.Contains(line, "level=ERROR"):
				l.warnings = append(l.warnings, line)
			case strings.Contains(line, "msg=request"):
				if strings.Contains(line, " status=200 ") {
					l.served++
				} else {
					l.other = append(l.other, line)
				}
			}
		}
		c.logc <- l
		c.exited <- cmd.Wait() // only once stderr is drained, as exec requires
	}()
	select {
	case c.addr = <-addrc:
		return c
	case err := <-c.exited:
		t.Fatalf("server exited before listening: %v", err)
	case <-time.After(10 * time.Second):
		t.Fatal("server did not start")
	}
	return nil
}

// stop sends SIGTERM and returns the log and the exit once the child exits.
func (c *child) stop() (childLog, error) {
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		return childLog{}, err
	}
	select {
	case err := <-c.exited:
		return <-c.logc, err
	case <-time.After(shutdownGrace + 5*time.Second):
		return childLog{}, fmt.Errorf("still running %v after SIGTERM", shutdownGrace+5*time.Second)
	}
}
