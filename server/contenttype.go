package main

import (
	"path"
	"strings"
)

// contentTypes maps extensions to media types. The table is ours rather than
// mime.TypeByExtension, whose answers depend on the host's mime.types files:
// a wrong type for .wasm breaks WebAssembly.instantiateStreaming, and with
// nosniff a wrong type for .js or .css stops the page.
var contentTypes = map[string]string{
	".html":        "text/html; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".mjs":         "text/javascript; charset=utf-8",
	".css":         "text/css; charset=utf-8",
	".json":        "application/json",
	".map":         "application/json",
	".webmanifest": "application/manifest+json",
	".wasm":        "application/wasm",
	".svg":         "image/svg+xml",
	".png":         "image/png",
	".jpg":         "image/jpeg",
	".jpeg":        "image/jpeg",
	".webp":        "image/webp",
	".ico":         "image/x-icon",
	".txt":         "text/plain; charset=utf-8",
	".xml":         "application/xml",
	".woff2":       "font/woff2",
	".woff":        "font/woff",
}

// contentType returns the media type for a file name. Unknown types are
// served as opaque bytes; nosniff keeps browsers from guessing.
func contentType(name string) string {
	if t, ok := contentTypes[strings.ToLower(path.Ext(name))]; ok {
		return t
	}
	return "application/octet-stream"
}
