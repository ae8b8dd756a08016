package main

import (
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// sigtermAfter is how long the load runs before SIGTERM: long enough for
// all 200 clients to hold connections with requests in flight.
const sigtermAfter = 3 * time.Second

// slowClients download the 5 MB identity wasm at 1 MB/s, begun just before
// the signal, so that at the signal the server is still writing to each of
// them (see slowclient_test.go); they finish well inside shutdownGrace.
const slowClients = 10

// TestLoadSIGTERM runs the server as its own process under the load of
// TestLoad200Clients, plus a few slow clients downloading the 5 MB identity
// wasm, sends it SIGTERM, and requires a graceful shutdown: every request
// the server took in is answered whole, the only errors are requests turned
// away after the signal (see load.fetch), and the process exits 0 within its
// grace period. The server's own log must count exactly the
// requests the clients received: none served and lost on the way.
func TestLoadSIGTERM(t *testing.T) {
	dir, kind, targets := loadSite(t)
	c := startChild(t, dir)

	var signaled atomic.Bool
	stop := make(chan struct{})
	results := make(chan loadResult, 1)
	go func() {
		results <- load{base: "http://" + c.addr, clients: loadClients, targets: targets, signaled: &signaled}.run(stop)
	}()
	time.Sleep(sigtermAfter)
	// The slow downloads start now, and the signal waits until the server
	// has begun to answer each: a request not yet read from its socket when
	// the signal comes could be closed as idle, which RFC 9112 allows and
	// clients retry, but then the test would not show what it means to.
	base := "http://" + c.addr
	slow := make(chan error, slowClients)
	wasm := identity(t, dir)
	var answering []chan struct{}
	for range slowClients {
		a := make(chan struct{})
		answering = append(answering, a)
		go func() { slow <- slowFetch(slowHTTPClient(), base, wasm, a) }()
	}
	for _, a := range answering {
		select {
		case <-a:
		case <-time.After(10 * time.Second):
			t.Fatal("a slow download got no answer in 10s")
		}
	}

	signaled.Store(true)
	sent := time.Now()
	if err := c.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	var exitErr error
	select {
	case exitErr = <-c.exited:
	case <-time.After(shutdownGrace + 5*time.Second):
		close(stop)
		t.Fatalf("still running %v after SIGTERM", time.Since(sent))
	}
	took := time.Since(sent)
	close(stop)
	r := <-results
	l := <-c.logc
	var slowFailed []string
	for range slowClients {
		if err := <-slow; err != nil {
			slowFailed = append(slowFailed, err.Error())
		}
	}

	t.Log(r.summary(loadClients, kind+", SIGTERM after "+sigtermAfter.String()))
	t.Logf("sigterm: exited %v after the signal (%v); %d fast and %d slow requests in flight at the signal completed; server logged %d served",
		took.Round(time.Millisecond), exitErr, r.straddled, slowClients-len(slowFailed), l.served)
	if exitErr != nil {
		t.Errorf("exit: %v, want status 0", exitErr)
	}
	if took > shutdownGrace {
		t.Errorf("took %v to exit, more than the %v grace", took, shutdownGrace)
	}
	if r.failed > 0 {
		t.Errorf("%d requests failed, other than turned away after the signal; first:\n%s", r.failed, strings.Join(r.failures, "\n"))
	}
	if len(slowFailed) > 0 {
		t.Errorf("%d of %d slow downloads in flight at the signal failed:\n%s", len(slowFailed), slowClients, strings.Join(slowFailed, "\n"))
	}
	if r.straddled == 0 {
		t.Error("no request was in flight at the signal: the test tested nothing")
	}
	if received := len(r.latencies) + slowClients - len(slowFailed); l.served != received {
		t.Errorf("server logged %d requests served, clients received %d", l.served, received)
	}
	if len(l.other) > 0 || len(l.warnings) > 0 {
		t.Errorf("server log: %d non-200 requests, warnings:\n%s\n%s", len(l.other), strings.Join(l.other, "\n"), strings.Join(l.warnings, "\n"))
	}
}
