package main

import (
	"context"
	"io"
	"net"
	"testing"
	"time"
)

// startServer runs the real server (run: flags, listener, http.Server and
// its limits, handler) on a free loopback port and shuts it down when the
// test ends. lim nil means productionLimits.
func startServer(t *testing.T, dir string, lim *limits) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan net.Addr, 1)
	done := make(chan error, 1)
	hk := hooks{ready: func(a net.Addr) { addrc <- a }, limits: lim}
	go func() {
		done <- run(ctx, []string{"-dir", dir, "-addr", "127.0.0.1:0"}, io.Discard, hk)
	}()
	select {
	case a := <-addrc:
		t.Cleanup(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("run: %v", err)
			}
		})
		return a.String()
	case err := <-done:
		cancel()
		t.Fatalf("run returned before listening: %v", err)
	case <-time.After(5 * time.Second):
		cancel()
		t.Fatal("server did not start")
	}
	return ""
}
