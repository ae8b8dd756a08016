package main

import (
	"net/http"
	"strings"
	"testing"
)

// TestNoEscape sends, over a raw connection, paths that try to leave the
// site directory. None may succeed, and no answer may carry a byte of
// /etc/passwd or of the secret file beside the site.
func TestNoEscape(t *testing.T) {
	fx := newFixture(t)
	srv := serve(t, fx)
	targets := []string{
		"/../etc/passwd",
		"/..%2fetc/passwd",
		"/..%2Fetc%2Fpasswd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/%2E%2E/%2E%2E/etc/passwd",
		"/%252e%252e/etc/passwd",
		"/%252e%252e%252fetc%252fpasswd",
		"/web/..\\..\\x",
		"/web/%5c..%5c..%5cx",
		"/web/../../outside/secret.txt",
		"/web/%2e%2e/%2e%2e/outside/secret.txt",
		"/./index.html",
		"/index.html%00.png",
		"/leak.txt",     // symlink to ../outside/secret.txt
		"/leak-abs.txt", // symlink to the absolute path of the secret
		"/leakdir/secret.txt",
		"/leakdir",
		"/web/up.txt",
		"http://test/../outside/secret.txt", // absolute-form target
		"../outside/secret.txt",             // no leading slash
		"/..",
		"/.%2e/",
	}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			resp, body := raw(t, addr(srv), "GET", target)
			if resp.StatusCode != http.StatusBadRequest && resp.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 400 or 404", resp.StatusCode)
			}
			if s := string(body); strings.Contains(s, outsideSecret) || strings.Contains(s, "root:") {
				t.Fatalf("escaped the site: %q", s)
			}
		})
	}
}

func TestCleanPath(t *testing.T) {
	tests := []struct {
		in       string
		name     string
		trailing bool
		status   int
	}{
		{"/", "", true, 0},
		{"/web/app.wasm", "web/app.wasm", false, 0},
		{"//web//", "web", true, 0},
		{"/embed", "embed", false, 0},
		{"", "", false, 400},
		{"web", "", false, 400},
		{"/../x", "", false, 400},
		{"/a/./b", "", false, 400},
		{"/a/..", "", false, 400},
		{"/%2e%2e", "", false, 400}, // already decoded once: a "%" left means twice
		{"/a\\b", "", false, 400},
		{"/a\x00b", "", false, 400},
		{"/a\nb", "", false, 400},
		{"/.git/config", "", false, 404},
		{"/web/.env", "", false, 404},
		{"/a..b", "a..b", false, 0}, // dots inside a name are fine
	}
	for _, tt := range tests {
		name, trailing, status := cleanPath(tt.in)
		if status != tt.status || (status == 0 && (name != tt.name || trailing != tt.trailing)) {
			t.Errorf("cleanPath(%q) = %q, %v, %d; want %q, %v, %d", tt.in, name, trailing, status, tt.name, tt.trailing, tt.status)
		}
	}
}
