//go:build !wasm

package main

import "testing"

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
