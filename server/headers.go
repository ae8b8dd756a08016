package main

import "net/http"

// wasmLengthHeader carries a .wasm file's uncompressed size. go-app's loader
// reads it (app.Handler.WasmContentLengthHeader) to show a correct loading
// percentage: Content-Length is the compressed size when the response is
// encoded, while the bytes the loader counts are decompressed.
const wasmLengthHeader = "X-Wasm-Content-Length"

// withHeaders sets the headers every response carries, whatever its status,
// before the handler runs, so errors (404, 405, 400) get them too.
func withHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", cspFor(r.URL.Path))
		// Never let a browser guess a type: a pasted article must not become
		// HTML or script because of what it looks like.
		h.Set("X-Content-Type-Options", "nosniff")
		// Links out of the page leak nothing about what the reader was doing.
		h.Set("Referrer-Policy", "no-referrer")
		// No cross-origin window keeps a handle on ours.
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		// The analyzer needs none of these; deny them outright.
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		// Any response for a file may differ by Accept-Encoding (precompressed
		// siblings); caches must key on it.
		h.Set("Vary", "Accept-Encoding")
		next.ServeHTTP(w, r)
	})
}

// fileCacheControl is the Cache-Control of every file served.
//
// "no-cache" means "revalidate", not "do not store". It suits the pages,
// app.js, app-worker.js, wasm_exec.js, manifest.webmanifest and
// web/worker.js, which must never be stale, and every other asset too:
// go-app's file names (web/app.wasm, ...) carry no content hash, so any
// max-age could pair a fresh page with a stale wasm. Offline use and
// versioning are the service worker's job. Revalidation is cheap: every file
// has a strong ETag and an unchanged file costs a 304.
const fileCacheControl = "no-cache"

// errorCacheControl is for 4xx/5xx answers: nothing worth keeping.
const errorCacheControl = "no-store"
