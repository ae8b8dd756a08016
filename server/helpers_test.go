package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// outsideSecret is the content of a file beside, not inside, the served
// directory. No response may ever contain it.
const outsideSecret = "NUTGRAF-OUTSIDE-SECRET"

// fixture is a built site in a temp dir, with a secret file outside it.
type fixture struct {
	dir    string // the site root, as -dir
	wasm   []byte // web/app.wasm
	wasmBr []byte // web/app.wasm.br (not real brotli: stdlib has none)
	wasmGz []byte // web/app.wasm.gz (real gzip of wasm)
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	base := t.TempDir()
	site := filepath.Join(base, "site")
	outside := filepath.Join(base, "outside")

	wasm := append([]byte("\x00asm\x01\x00\x00\x00"), bytes.Repeat([]byte("nutgraf wasm body "), 2000)...)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(wasm)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	fx := &fixture{dir: site, wasm: wasm, wasmBr: []byte("BROTLI-FIXTURE-BYTES"), wasmGz: gz.Bytes()}

	files := map[string][]byte{
		"index.html":            []byte("<!doctype html><title>index</title>INDEX PAGE"),
		"embed.html":            []byte("<!doctype html><title>embed</title>EMBED PAGE"),
		"embed/api.html":        []byte("<!doctype html><title>engine</title>EMBED API PAGE"),
		"embed.js":              []byte("// Nutgraf embed script"),
		"embedding.html":        []byte("<!doctype html><title>embedding</title>EMBEDDING PAGE"),
		"about/index.html":      []byte("<!doctype html><title>about</title>ABOUT PAGE"),
		"app.js":                []byte("// app.js"),
		"app-worker.js":         []byte("// app-worker.js"),
		"wasm_exec.js":          []byte("// wasm_exec.js"),
		"app.css":               []byte("body{}"),
		"manifest.webmanifest":  []byte(`{"name":"Nutgraf"}`),
		"favicon.ico":           []byte("ICO"),
		"robots.txt":            []byte("User-agent: *"),
		"web/app.wasm":          fx.wasm,
		"web/app.wasm.br":       fx.wasmBr,
		"web/app.wasm.gz":       fx.wasmGz,
		"web/worker.js":         []byte("// worker.js"),
		"web/icon.svg":          []byte("<svg/>"),
		"web/icon.png":          []byte("\x89PNG"),
		"web/data.json":         []byte(`{}`),
		"web/blob.bin":          []byte("BLOB"),
		"web/.secret":           []byte("DOTFILE"),
		"../outside/secret.txt": []byte(outsideSecret),
	}
	for name, data := range files {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"leak.txt":     "../outside/secret.txt",              // relative, out
		"leak-abs.txt": filepath.Join(outside, "secret.txt"), // absolute, out
		"leakdir":      "../outside",                         // a directory, out
		"web/up.txt":   "../../outside/secret.txt",           // deeper, out
		"inner.html":   "index.html",                         // stays inside
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(site, filepath.FromSlash(name))); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	return fx
}

// serve starts the real handler on a loopback port.
func serve(t *testing.T, fx *fixture) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(newHandler(fx.dir, slog.New(slog.DiscardHandler)))
	t.Cleanup(srv.Close)
	return srv
}

// client never decompresses (so we see the encoded bytes) and never follows
// redirects (there should be none).
var client = &http.Client{
	Transport: &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error {
		return http.ErrUseLastResponse
	},
	Timeout: 5 * time.Second,
}

// do sends one request and returns the response with its body read.
func do(t *testing.T, method, url string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, body
}

// raw sends a request exactly as written, request-target and all, over a
// plain connection: Go's client would normalise the paths we want to test.
// It returns the parsed response and every byte after the header block.
func raw(t *testing.T, addr, method, target string) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(5 * time.Second))
	if _, err := io.WriteString(conn, method+" "+target+" HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n"); err != nil {
		t.Fatal(err)
	}
	all, err := io.ReadAll(conn)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(all)), &http.Request{Method: method})
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", method, target, err, all)
	}
	resp.Body.Close()
	_, rest, ok := bytes.Cut(all, []byte("\r\n\r\n"))
	if !ok {
		t.Fatalf("no header end in %q", all)
	}
	return resp, rest
}

// addr returns host:port of a test server.
func addr(srv *httptest.Server) string {
	return strings.TrimPrefix(srv.URL, "http://")
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines to write
// while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
