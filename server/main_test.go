package main

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRunGracefulShutdown runs the real server on a free port, cancels its
// context while a request is held in flight, and checks that the listener
// closes at once but the request still completes before run returns.
func TestRunGracefulShutdown(t *testing.T) {
	fx := newFixture(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	addrc := make(chan net.Addr, 1)
	started, release := make(chan struct{}), make(chan struct{})
	hk := hooks{
		ready: func(a net.Addr) { addrc <- a },
		// Holds requests marked X-Test-Slow until the test releases them,
		// then serves them normally.
		wrap: func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.Header.Get("X-Test-Slow") != "" {
					close(started)
					<-release
				}
				next.ServeHTTP(w, r)
			})
		},
	}
	var logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"-dir", fx.dir, "-addr", "127.0.0.1:0"}, &logs, hk)
	}()

	var address string
	select {
	case a := <-addrc:
		address = a.String()
	case err := <-done:
		t.Fatalf("run returned early: %v", err)
	case <-time.After(5 * time.Second):
		t.Fatal("server did not start")
	}
	base := "http://" + address

	resp, body := do(t, "GET", base+"/web/app.wasm?private=article-text", map[string]string{"Accept-Encoding": "br"})
	if resp.StatusCode != http.StatusOK || !bytes.Equal(body, fx.wasmBr) {
		t.Fatalf("before shutdown: status %d, %d bytes", resp.StatusCode, len(body))
	}

	type result struct {
		status int
		body   []byte
		err    error
	}
	slow := make(chan result, 1)
	go func() {
		req, _ := http.NewRequest("GET", base+"/web/app.wasm", nil)
		req.Header.Set("X-Test-Slow", "1")
		resp, err := client.Do(req)
		if err != nil {
			slow <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		slow <- result{resp.StatusCode, b, err}
	}()
	<-started
	cancel()

	// Shutdown has begun once new connections are refused.
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, err := net.Dial("tcp", address)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("listener still open after cancel")
		}
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case err := <-done:
		t.Fatalf("run returned (%v) while a request was in flight", err)
	default:
	}

	close(release)
	select {
	case r := <-slow:
		if r.err != nil || r.status != http.StatusOK || !bytes.Equal(r.body, fx.wasm) {
			t.Fatalf("in-flight request: status %d, %d bytes, err %v", r.status, len(r.body), r.err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("in-flight request never completed")
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("run: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run did not return after shutdown")
	}

	out := logs.String()
	if want := "nutgraf: serving " + fx.dir + " at http://" + address + "/\n"; !strings.HasPrefix(out, want) {
		t.Errorf("start line: got %q, want prefix %q", out, want)
	}
	for _, want := range []string{"method=GET", "path=/web/app.wasm", "status=200", "bytes=" + strconv.Itoa(len(fx.wasmBr)), "encoding=br", "encoding=identity", "duration="} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "private") || strings.Contains(out, "article-text") {
		t.Errorf("log holds the query string:\n%s", out)
	}
	if n := strings.Count(out, "msg=request"); n != 2 {
		t.Errorf("%d request lines, want 2:\n%s", n, out)
	}
}

func TestRunRefusesUnbuiltSite(t *testing.T) {
	var logs syncBuffer
	err := run(context.Background(), []string{"-dir", t.TempDir(), "-addr", "127.0.0.1:0"}, &logs, hooks{})
	if err == nil || !strings.Contains(err.Error(), "run make build first") {
		t.Fatalf("err = %v, want a hint to run make build", err)
	}
	if strings.Contains(logs.String(), "serving") {
		t.Errorf("claimed to serve: %q", logs.String())
	}
}

func TestRunRejectsBadArgs(t *testing.T) {
	fx := newFixture(t)
	for _, args := range [][]string{
		{"-nope"},
		{"-dir", fx.dir, "extra"},
		{"-dir", fx.dir, "-addr", "not-an-address"},
	} {
		var logs syncBuffer
		if err := run(context.Background(), args, &logs, hooks{}); err == nil {
			t.Errorf("run(%q) succeeded", args)
		}
	}
}
