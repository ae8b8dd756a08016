package main

import (
	"net/http"
	"strings"
	"testing"
)

// TestNoEscape sends, over a raw connection to the real server, paths that
// try to leave the site directory or reach its dot files, in every form a
// client can write them: raw, percent-encoded, double-encoded, with
// backslashes, NUL, overlong UTF-8, absolute-form targets and symlinks.
// None may succeed, and no answer may carry a byte of /etc/passwd, of the
// secret file beside the site, or of a dot file inside it.
func TestNoEscape(t *testing.T) {
	fx := newFixture(t)
	a := startServer(t, fx.dir, nil)
	targets := []string{
		// raw
		"/../etc/passwd",
		"/web/../../etc/passwd",
		"/web/../../outside/secret.txt",
		"/./index.html",
		"/..",
		"/../",
		"../outside/secret.txt", // no leading slash
		// percent-encoded once
		"/..%2fetc/passwd",
		"/..%2Fetc%2Fpasswd",
		"/%2e%2e/%2e%2e/etc/passwd",
		"/%2E%2E/%2E%2E/etc/passwd",
		"/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
		"/web/%2e%2e/%2e%2e/outside/secret.txt",
		"/.%2e/",
		"/%2e./outside/secret.txt",
		// percent-encoded twice
		"/%252e%252e/etc/passwd",
		"/%252e%252e%252fetc%252fpasswd",
		"/web/%252e%252e%252f%252e%252e%252foutside%252fsecret.txt",
		"/%25%32%65%25%32%65/etc/passwd",
		// backslashes
		"/web/..\\..\\outside\\secret.txt",
		"/web/%5c..%5c..%5coutside%5csecret.txt",
		"/web/%5C..%5C..%5Coutside%5Csecret.txt",
		"/..%5c..%5cetc%5cpasswd",
		// NUL and other control bytes
		"/index.html%00.png",
		"/web/../../outside/secret.txt%00.html",
		"/%00/../outside/secret.txt",
		"/index.html%0a",
		// overlong UTF-8 for "." and "/": not dots to a strict decoder, but
		// they must not become a way out either
		"/%c0%ae%c0%ae/outside/secret.txt",
		"/%c0%ae%c0%ae%c0%afoutside%c0%afsecret.txt",
		"/%e0%80%ae%e0%80%ae/outside/secret.txt",
		"/web/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
		// absolute-form request targets
		"http://test/../outside/secret.txt",
		"http://test/%2e%2e/outside/secret.txt",
		"http://evil.example/../../etc/passwd",
		"file:///etc/passwd",
		// symlinks inside the site that point out of it
		"/leak.txt",     // to ../outside/secret.txt
		"/leak-abs.txt", // to the absolute path of the secret
		"/leakdir/secret.txt",
		"/leakdir",
		"/web/up.txt",
		// dot files
		"/web/.secret",
		"/web/%2esecret",
		"/.git/config",
		"/.env",
		"/%2eenv",
		"/web/./.secret",
	}
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			resp, body := raw(t, a, "GET", target)
			if resp.StatusCode != http.StatusBadRequest && resp.StatusCode != http.StatusNotFound {
				t.Errorf("status %d, want 400 or 404", resp.StatusCode)
			}
			s := string(body)
			if strings.Contains(s, outsideSecret) || strings.Contains(s, "root:") {
				t.Fatalf("escaped the site: %q", s)
			}
			if strings.Contains(s, "DOTFILE") {
				t.Fatalf("served a dot file: %q", s)
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
