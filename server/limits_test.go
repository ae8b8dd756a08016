package main

import (
	"bufio"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Each timeout test shortens only the limit it tests and leaves the others
// at their production values, so that it fails if that one limit is removed.

// TestProductionLimits holds main to real limits: a zero in net/http means
// no limit at all.
func TestProductionLimits(t *testing.T) {
	srv := newServer(http.NotFoundHandler(), slog.New(slog.DiscardHandler), productionLimits)
	for name, v := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout,
		"ReadTimeout":       srv.ReadTimeout,
		"WriteTimeout":      srv.WriteTimeout,
		"IdleTimeout":       srv.IdleTimeout,
	} {
		if v <= 0 {
			t.Errorf("%s = %v: unlimited", name, v)
		}
	}
	if srv.MaxHeaderBytes != 64<<10 {
		t.Errorf("MaxHeaderBytes = %d, want 64 KiB", srv.MaxHeaderBytes)
	}
	if srv.ReadHeaderTimeout > 10*time.Second {
		t.Errorf("ReadHeaderTimeout %v leaves room for slowloris", srv.ReadHeaderTimeout)
	}
}

// TestOversizedHeadersRefused sends headers past MaxHeaderBytes to the
// server with its production limits and expects 431; headers well under the
// limit still get the file, so the 431 is the limit's doing.
func TestOversizedHeadersRefused(t *testing.T) {
	fx := newFixture(t)
	a := startServer(t, fx.dir, nil)
	tests := []struct {
		size   int
		status int
	}{
		{32 << 10, http.StatusOK},
		{productionLimits.maxHeaderBytes + 8<<10, http.StatusRequestHeaderFieldsTooLarge},
		{1 << 20, http.StatusRequestHeaderFieldsTooLarge},
	}
	for _, tt := range tests {
		req := "GET / HTTP/1.1\r\nHost: test\r\nConnection: close\r\nX-Big: " + strings.Repeat("a", tt.size) + "\r\n\r\n"
		resp := roundTrip(t, a, req)
		if resp.StatusCode != tt.status {
			t.Errorf("%d-byte header: status %d, want %d", tt.size, resp.StatusCode, tt.status)
		}
	}
}

// roundTrip writes req while reading the answer: a server that refuses a
// large request may answer and close before reading all of it.
func roundTrip(t *testing.T, addr, req string) *http.Response {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	go io.WriteString(conn, req) // errors show as a missing answer below
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("no answer: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

// TestSlowHeadersCutOff is slowloris: a client that keeps a connection
// open by sending its headers a byte at a time. The bytes come every 100ms,
// faster than the 300ms timeout, so only a bound on the whole header block
// (ReadHeaderTimeout), not on the gap between reads, stops it.
func TestSlowHeadersCutOff(t *testing.T) {
	fx := newFixture(t)
	lim := productionLimits
	lim.readHeader = 300 * time.Millisecond
	a := startServer(t, fx.dir, &lim)

	conn, start := dialSlow(t, a, "GET / HTTP/1.1\r\nHost: test\r\nX-Slow: ")
	got, elapsed := waitClosed(t, conn, start, 3*time.Second)
	if elapsed < lim.readHeader {
		t.Errorf("closed after %v, before the %v timeout", elapsed, lim.readHeader)
	}
	if strings.HasPrefix(got, "HTTP/1.1 200") {
		t.Errorf("a half-sent request was served: %.40q", got)
	}
}

// TestSlowBodyCutOff sends complete headers and then a small body a byte at
// a time. The handler never reads bodies, but net/http drains a small one
// (under 256 KiB) before answering so the connection can be reused; only
// ReadTimeout stops that drain from waiting on the client forever.
func TestSlowBodyCutOff(t *testing.T) {
	fx := newFixture(t)
	lim := productionLimits
	lim.read = 500 * time.Millisecond
	a := startServer(t, fx.dir, &lim)

	conn, start := dialSlow(t, a, "GET / HTTP/1.1\r\nHost: test\r\nContent-Length: 100000\r\n\r\n")
	_, elapsed := waitClosed(t, conn, start, 3*time.Second)
	if elapsed < lim.read {
		t.Errorf("closed after %v, before the %v timeout", elapsed, lim.read)
	}
}

// dialSlow connects, sends head at once and then one byte every 100ms until
// the connection fails.
func dialSlow(t *testing.T, addr, head string) (net.Conn, time.Time) {
	t.Helper()
	// Taken before dialing: the server's deadlines run from when it starts
	// reading, which may come before Dial returns here.
	start := time.Now()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	if _, err := io.WriteString(conn, head); err != nil {
		t.Fatal(err)
	}
	go func() {
		for {
			time.Sleep(100 * time.Millisecond)
			if _, err := conn.Write([]byte("a")); err != nil {
				return
			}
		}
	}()
	return conn, start
}

// waitClosed reads conn until the server closes it and returns what came
// and when; it fails the test if the server still holds it after limit.
func waitClosed(t *testing.T, conn net.Conn, start time.Time, limit time.Duration) (string, time.Duration) {
	t.Helper()
	conn.SetReadDeadline(start.Add(limit))
	got, err := io.ReadAll(conn)
	elapsed := time.Since(start)
	if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
		t.Fatalf("server still holds the connection after %v", elapsed)
	}
	return string(got), elapsed
}

// TestSlowReaderCutOff asks for a large file and does not read the answer:
// once the socket buffers are full the server's writes block, and
// WriteTimeout must end them rather than keep a goroutine and a file open
// for as long as the client likes.
func TestSlowReaderCutOff(t *testing.T) {
	fx := newFixture(t)
	const size = 64 << 20 // far more than loopback socket buffers hold
	big := filepath.Join(fx.dir, "web", "big.bin")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil { // sparse: no 64 MiB written to disk
		t.Fatal(err)
	}
	f.Close()
	lim := productionLimits
	lim.write = 300 * time.Millisecond
	a := startServer(t, fx.dir, &lim)

	conn, err := net.Dial("tcp", a)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /web/big.bin HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	time.Sleep(1500 * time.Millisecond) // the client stalls
	conn.SetReadDeadline(time.Now().Add(20 * time.Second))
	n, err := io.Copy(io.Discard, conn)
	if ne, ok := errors.AsType[net.Error](err); ok && ne.Timeout() {
		t.Fatalf("connection still open after reading %d bytes", n)
	}
	if n >= size {
		t.Fatalf("the stalled client got all %d bytes: no write timeout", n)
	}
}
