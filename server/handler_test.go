package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

func TestContentTypesAndCaching(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	tests := []struct {
		path, ctype string
	}{
		{"/", "text/html; charset=utf-8"},
		{"/index.html", "text/html; charset=utf-8"},
		{"/app.js", "text/javascript; charset=utf-8"},
		{"/embed.js", "text/javascript; charset=utf-8"}, // other sites load it: nosniff needs the type
		{"/app-worker.js", "text/javascript; charset=utf-8"},
		{"/wasm_exec.js", "text/javascript; charset=utf-8"},
		{"/web/worker.js", "text/javascript; charset=utf-8"},
		{"/app.css", "text/css; charset=utf-8"},
		{"/web/data.json", "application/json"},
		{"/manifest.webmanifest", "application/manifest+json"},
		{"/web/icon.svg", "image/svg+xml"},
		{"/web/icon.png", "image/png"},
		{"/favicon.ico", "image/x-icon"},
		{"/robots.txt", "text/plain; charset=utf-8"},
		{"/web/app.wasm", "application/wasm"},
		{"/web/blob.bin", "application/octet-stream"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, _ := do(t, "GET", srv.URL+tt.path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
				t.Errorf("Cache-Control %q, want no-cache", got)
			}
			if resp.Header.Get("Last-Modified") == "" {
				t.Error("no Last-Modified")
			}
			if etag := resp.Header.Get("ETag"); !strings.HasPrefix(etag, `"`) {
				t.Errorf("ETag %q is not a strong tag", etag)
			}
		})
	}
}

func TestEncodingNegotiation(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	tests := []struct {
		accept string // "" sends no header
		want   string // Content-Encoding, "" for identity
	}{
		{"", ""},
		{"identity", ""},
		{"br", "br"},
		{"BR", "br"},
		{"gzip", "gzip"},
		{"x-gzip", "gzip"},
		{"gzip, deflate, br, zstd", "br"},
		{"br;q=0, gzip", "gzip"},
		{"br; q=0.0, gzip;q=0.1", "gzip"},
		{"gzip;q=1.0, br;q=0.5", "gzip"},
		{"gzip;q=0.5, br;q=0.5", "br"},
		{"br;q=0, gzip;q=0", ""},
		{"*", "br"},
		{"*;q=0", ""},
		{"*, br;q=0", "gzip"},
		{"br;q=nonsense, gzip", "gzip"},
		{"deflate", ""},
	}
	for _, tt := range tests {
		t.Run(tt.accept, func(t *testing.T) {
			header := map[string]string{"Accept-Encoding": tt.accept}
			if tt.accept == "" {
				header = nil
			}
			resp, body := do(t, "GET", srv.URL+"/web/app.wasm", header)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			h := resp.Header
			if got := h.Get("Content-Encoding"); got != tt.want {
				t.Fatalf("Content-Encoding %q, want %q", got, tt.want)
			}
			if got := h.Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q", got)
			}
			if got := h.Get("Content-Type"); got != "application/wasm" {
				t.Errorf("Content-Type %q", got)
			}
			if got := h.Get("X-Wasm-Content-Length"); got != strconv.Itoa(len(fx.wasm)) {
				t.Errorf("X-Wasm-Content-Length %q, want %d", got, len(fx.wasm))
			}
			if got := h.Get("Content-Length"); got != strconv.Itoa(len(body)) {
				t.Errorf("Content-Length %q, body %d bytes", got, len(body))
			}
			switch tt.want {
			case "br":
				if !bytes.Equal(body, fx.wasmBr) {
					t.Errorf("br body is not the .br file")
				}
			case "gzip":
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				plain, err := io.ReadAll(zr)
				if err != nil || !bytes.Equal(plain, fx.wasm) {
					t.Errorf("gzip body does not decompress to the original (err %v)", err)
				}
			case "":
				if !bytes.Equal(body, fx.wasm) {
					t.Errorf("identity body is not the original")
				}
			}
		})
	}

	// A file without siblings is sent as it is, still with Vary.
	resp, body := do(t, "GET", srv.URL+"/", map[string]string{"Accept-Encoding": "br, gzip"})
	if resp.Header.Get("Content-Encoding") != "" || !bytes.Contains(body, []byte("INDEX PAGE")) {
		t.Errorf("index.html: encoding %q, body %q", resp.Header.Get("Content-Encoding"), body)
	}
	if resp.Header.Get("Vary") != "Accept-Encoding" || resp.Header.Get("X-Wasm-Content-Length") != "" {
		t.Errorf("index.html: Vary %q, X-Wasm-Content-Length %q", resp.Header.Get("Vary"), resp.Header.Get("X-Wasm-Content-Length"))
	}
}

func TestETagAndConditionalRequests(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	url := srv.URL + "/web/app.wasm"

	resp, _ := do(t, "GET", url, nil)
	etag := resp.Header.Get("ETag")
	if len(etag) < 10 || etag[0] != '"' || strings.HasPrefix(etag, "W/") {
		t.Fatalf("ETag %q is not strong", etag)
	}
	respBr, _ := do(t, "GET", url, map[string]string{"Accept-Encoding": "br"})
	etagBr := respBr.Header.Get("ETag")
	if etagBr == etag || etagBr == "" {
		t.Fatalf("br ETag %q must differ from identity %q", etagBr, etag)
	}
	again, _ := do(t, "GET", url, nil)
	if again.Header.Get("ETag") != etag {
		t.Fatalf("ETag not stable: %q then %q", etag, again.Header.Get("ETag"))
	}

	tests := []struct {
		name        string
		inm, accept string
		want        int
	}{
		{"same tag", etag, "", http.StatusNotModified},
		{"weak form matches", "W/" + etag, "", http.StatusNotModified},
		{"in a list", `"other", ` + etag, "", http.StatusNotModified},
		{"star", "*", "", http.StatusNotModified},
		{"other tag", `"other"`, "", http.StatusOK},
		{"br tag for br", etagBr, "br", http.StatusNotModified},
		{"identity tag for br", etag, "br", http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := map[string]string{"If-None-Match": tt.inm}
			if tt.accept != "" {
				h["Accept-Encoding"] = tt.accept
			}
			resp, body := do(t, "GET", url, h)
			if resp.StatusCode != tt.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusNotModified {
				if len(body) != 0 {
					t.Errorf("304 with a %d-byte body", len(body))
				}
				if resp.Header.Get("ETag") == "" || resp.Header.Get("Vary") != "Accept-Encoding" {
					t.Errorf("304 lacks ETag or Vary: %v", resp.Header)
				}
				checkSecurityHeaders(t, resp.Header, csp)
			}
		})
	}

	// A rebuilt file gets a new tag: the cache is keyed by modtime and size.
	p := filepath.Join(fx.dir, "web", "app.wasm")
	if err := os.WriteFile(p, []byte("\x00asm rebuilt"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	resp, body := do(t, "GET", url, map[string]string{"If-None-Match": etag})
	if resp.StatusCode != http.StatusOK || string(body) != "\x00asm rebuilt" || resp.Header.Get("ETag") == etag {
		t.Errorf("after rebuild: status %d, ETag %q (old %q), body %q", resp.StatusCode, resp.Header.Get("ETag"), etag, body)
	}
}

func TestRangeOnlyOnIdentity(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	url := srv.URL + "/web/app.wasm"

	resp, body := do(t, "GET", url, map[string]string{"Range": "bytes=0-3"})
	if resp.StatusCode != http.StatusPartialContent || string(body) != "\x00asm" {
		t.Errorf("identity range: status %d, body %q", resp.StatusCode, body)
	}
	resp, body = do(t, "GET", url, map[string]string{"Range": "bytes=0-3", "Accept-Encoding": "gzip"})
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(body, fx.wasmGz) {
		t.Errorf("gzip with range: status %d, encoding %q, %d bytes; want the whole .gz",
			resp.StatusCode, resp.Header.Get("Content-Encoding"), len(body))
	}
}

func TestRouting(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	tests := []struct {
		target string
		status int
		body   string // a substring the body must hold
	}{
		{"/", 200, "INDEX PAGE"},
		{"/index", 200, "INDEX PAGE"},
		{"/embed", 200, "EMBED PAGE"},
		{"/embed.html", 200, "EMBED PAGE"},
		{"/embed/api", 200, "EMBED API PAGE"},
		{"/embed.js", 200, "Nutgraf embed script"},
		{"/embedding", 200, "EMBEDDING PAGE"},
		{"/about", 200, "ABOUT PAGE"},
		{"/about/", 200, "ABOUT PAGE"},
		{"/inner.html", 200, "INDEX PAGE"}, // a symlink inside the dir is fine
		{"//web//app.wasm", 200, "nutgraf wasm body"},
		{"/web/app.wasm?v=1", 200, "nutgraf wasm body"},
		{"/web/", 404, "Not Found"},
		{"/web", 404, "Not Found"},
		{"/about/index.html/", 404, "Not Found"},
		{"/missing", 404, "Not Found"},
		{"/missing.js", 404, "Not Found"},
		{"/web/.secret", 404, "Not Found"},
		{"/embed/x", 404, "Not Found"},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			resp, body := raw(t, addr(srv), "GET", tt.target)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d; body %q", resp.StatusCode, tt.status, body)
			}
			if !strings.Contains(string(body), tt.body) {
				t.Errorf("body %q lacks %q", body, tt.body)
			}
			if tt.status == 404 {
				if got := resp.Header.Get("Content-Type"); got != "text/plain; charset=utf-8" {
					t.Errorf("404 Content-Type %q", got)
				}
				if len(body) > 100 {
					t.Errorf("404 body too long: %q", body)
				}
			}
		})
	}
}

func TestSecurityHeadersOnEveryStatus(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	tests := []struct {
		method, target string
		status         int
		csp            string
	}{
		{"GET", "/", 200, csp},
		{"GET", "/web/app.wasm", 200, csp},
		{"GET", "/missing", 404, csp},
		{"POST", "/", 405, csp},
		{"GET", "/%2e%2e/x", 400, csp},
		{"GET", "/embed", 200, embedCSP},
		{"GET", "/embed.html", 200, embedCSP},
		// The engine frame of Nutgraf.analyze is framed by other sites too;
		// the script they load, and the guide about it, are not frameable.
		{"GET", "/embed/api", 200, embedCSP},
		{"GET", "/embed.js", 200, csp},
		{"GET", "/embedding", 200, csp},
		{"GET", "/embedding.html", 200, csp},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			resp, _ := raw(t, addr(srv), tt.method, tt.target)
			if resp.StatusCode != tt.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.status)
			}
			checkSecurityHeaders(t, resp.Header, tt.csp)
			if tt.status >= 400 && resp.Header.Get("Cache-Control") != "no-store" {
				t.Errorf("error Cache-Control %q", resp.Header.Get("Cache-Control"))
			}
		})
	}
	if !strings.Contains(embedCSP, "frame-ancestors *") || strings.Replace(embedCSP, "frame-ancestors *", "frame-ancestors 'none'", 1) != csp {
		t.Errorf("embedCSP must differ from csp in frame-ancestors only: %q", embedCSP)
	}
}

func checkSecurityHeaders(t *testing.T, h http.Header, wantCSP string) {
	t.Helper()
	want := map[string]string{
		"Content-Security-Policy":    wantCSP,
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "no-referrer",
		"Cross-Origin-Opener-Policy": "same-origin",
		"Permissions-Policy":         "camera=(), microphone=(), geolocation=()",
		"Vary":                       "Accept-Encoding",
	}
	for k, v := range want {
		if got := h.Values(k); len(got) != 1 || got[0] != v {
			t.Errorf("%s: %q, want %q", k, got, v)
		}
	}
}

// TestMethods sends every other method to the real server, over a raw
// connection so that the request-target forms Go's client will not write
// (OPTIONS *, CONNECT host:port) are covered too. Only GET and HEAD serve
// files; the rest get 405 with Allow and no byte of the file.
func TestMethods(t *testing.T) {
	fx := newFixture(t)
	a := startServer(t, fx.dir, nil)
	tests := []struct{ method, target string }{
		{"POST", "/web/app.wasm"},
		{"PUT", "/web/app.wasm"},
		{"DELETE", "/web/app.wasm"},
		{"PATCH", "/web/app.wasm"},
		{"OPTIONS", "/web/app.wasm"},
		{"OPTIONS", "*"},
		{"TRACE", "/web/app.wasm"},
		{"CONNECT", "test:443"},
		{"PROPFIND", "/web/app.wasm"},
		{"get", "/web/app.wasm"}, // methods are case-sensitive
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			resp, body := raw(t, a, tt.method, tt.target)
			if resp.StatusCode != http.StatusMethodNotAllowed {
				t.Fatalf("status %d", resp.StatusCode)
			}
			if got := resp.Header.Get("Allow"); got != "GET, HEAD" {
				t.Errorf("Allow %q", got)
			}
			if bytes.Contains(body, fx.wasm[:8]) {
				t.Error("405 carried the file")
			}
			checkSecurityHeaders(t, resp.Header, csp)
		})
	}
}

func TestHeadHasNoBody(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	for _, target := range []string{"/", "/web/app.wasm", "/missing"} {
		t.Run(target, func(t *testing.T) {
			resp, rest := raw(t, addr(srv), "HEAD", target)
			if len(rest) != 0 {
				t.Errorf("HEAD sent %d body bytes", len(rest))
			}
			if resp.StatusCode == 200 && resp.Header.Get("Content-Length") == "" {
				t.Error("HEAD 200 without Content-Length")
			}
		})
	}
	resp, rest := raw(t, addr(srv), "HEAD", "/web/app.wasm")
	if resp.Header.Get("Content-Length") != strconv.Itoa(len(fx.wasm)) || len(rest) != 0 {
		t.Errorf("HEAD wasm: Content-Length %q, %d body bytes", resp.Header.Get("Content-Length"), len(rest))
	}
}

// TestOnlyEmbedPagesAreFrameable holds cspFor to its list: the widget and
// the engine frame may be framed by any site, nothing else by any.
func TestOnlyEmbedPagesAreFrameable(t *testing.T) {
	tests := []struct {
		path      string
		frameable bool
	}{
		{"/embed", true},
		{"/embed.html", true},
		{"/embed/", true},
		{"/embed/api", true},
		{"/", false},
		{"/index.html", false},
		{"/embed.js", false},
		{"/embedding", false},
		{"/embedding.html", false},
		{"/embedx", false},
		{"/web/embedframe.js", false},
		{"/web/embed-api.html", false},
		{"/web/embed/api", false},
	}
	for _, tt := range tests {
		got := cspFor(tt.path)
		want := csp
		if tt.frameable {
			want = embedCSP
		}
		if got != want {
			t.Errorf("cspFor(%q) ends %q, want %q", tt.path, got[strings.LastIndex(got, ";")+2:], want[strings.LastIndex(want, ";")+2:])
		}
	}
}
