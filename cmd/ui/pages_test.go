//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSortAttributes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<meta name="viewport" content="width=device-width">`, `<meta content="width=device-width" name="viewport">`},
		{`<script src="/web/boot.js" async></script>`, `<script async src="/web/boot.js"></script>`},
		{`<img src="/web/icon.svg" class="brand-icon" aria-hidden>`, `<img aria-hidden class="brand-icon" src="/web/icon.svg">`},
		// A quoted value may hold spaces, ">", "=" and escaped quotes.
		{`<textarea rows="14" placeholder="a > b = \"c\" d" id="x">`, `<textarea id="x" placeholder="a > b = \"c\" d" rows="14">`},
		// Text, end tags and bare tags are left as they are.
		{"<p>x=\"1\" y</p>\n<div>", "<p>x=\"1\" y</p>\n<div>"},
		{`<html lang="en">`, `<html lang="en">`},
	}
	for _, tt := range tests {
		if got := string(sortAttributes([]byte(tt.in))); got != tt.want {
			t.Errorf("sortAttributes(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestTidyPages(t *testing.T) {
	out := t.TempDir()
	page := `<head>
    <meta property="og:title" content="Nutgraf">
    <meta property="og:url" content="https://">
    <meta content="https://" property="og:image">
    <meta property="og:url" content="https:///embed">
    <meta property="og:url" content="https://example.org/">
</head>
`
	want := `<head>
    <meta content="Nutgraf" property="og:title">
    <meta content="https://example.org/" property="og:url">
</head>
`
	asset := `<meta property="og:url" content="https://">` // under web/: not a page
	for name, content := range map[string]string{"index.html": page, "embed/index.html": page, "web/asset.html": asset} {
		p := filepath.Join(out, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := tidyPages(out); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"index.html": want, "embed/index.html": want, "web/asset.html": asset} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s after tidyPages:\n%s\nwant:\n%s", name, got, want)
		}
	}
}
