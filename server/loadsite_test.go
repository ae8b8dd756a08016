package main

import (
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// loadTarget is one URL of the load and the exact body it must return.
type loadTarget struct {
	path     string
	encoding string // the Content-Encoding expected, "" for identity
	want     []byte
}

// loadSite returns the site the load tests serve and what they fetch from
// it: the engine's wasm with Accept-Encoding: br, and the page, both as a
// browser asks for them.
//
// With NUTGRAF_DIST set (make test-load sets it to a fresh `make build`),
// that is the real site. Without it, as in a plain `go test ./server/`, it is
// a fake of the same shape and size: brotli is not in the standard library,
// so the .br sibling is 1.5 MB of random bytes, as large as the real
// engine.wasm.br and as incompressible; the server copies bytes and never
// decodes them, so its work is the same.
func loadSite(t *testing.T) (dir, kind string, targets []loadTarget) {
	t.Helper()
	dir, kind = os.Getenv("NUTGRAF_DIST"), "built site"
	if dir == "" {
		dir, kind = fakeSite(t), "fake site"
	}
	return dir, kind, []loadTarget{
		expect(t, dir, "/web/engine.wasm", "web/engine.wasm"),
		expect(t, dir, "/", "index.html"),
	}
}

// identity is the engine wasm as sent to a client that accepts no coding:
// at 5 MB, more than loopback's kernel buffers take in at once.
func identity(t *testing.T, dir string) loadTarget {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "web", "engine.wasm"))
	if err != nil {
		t.Fatalf("the site lacks web/engine.wasm: %v", err)
	}
	return loadTarget{path: "/web/engine.wasm", want: b}
}

// expect reads what the server must send for name to a client accepting br:
// the .br sibling when there is one, else the file.
func expect(t *testing.T, dir, path, name string) loadTarget {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if b, err := os.ReadFile(p + ".br"); err == nil {
		return loadTarget{path: path, encoding: "br", want: b}
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("the site lacks %s: %v", name, err)
	}
	return loadTarget{path: path, want: b}
}

// fakeSite writes a site shaped like dist/ for the engine and the page.
func fakeSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	page := "<!doctype html><html><head><title>Nutgraf</title></head><body>" +
		strings.Repeat("<p>A private news-article analyzer.</p>", 100) + "</body></html>"
	files := map[string][]byte{
		"index.html":         []byte(page),
		"index.html.br":      randomBytes(1078),
		"web/engine.wasm":    randomBytes(5 << 20),
		"web/engine.wasm.br": randomBytes(1_500_000),
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func randomBytes(n int) []byte {
	b := make([]byte, n)
	rand.Read(b)
	return b
}
