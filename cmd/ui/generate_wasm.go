//go:build wasm

package main

// generate is native only: in the browser, main never gets this far. The
// stub keeps the site generator, brotli and image encoders out of app.wasm.
func generate([]string) error { return nil }
