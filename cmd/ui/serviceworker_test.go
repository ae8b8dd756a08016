//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCacheableListsTheWebDirectory(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"engine.wasm", "engine.wasm.br", "engine.wasm.gz", "worker.js",
		"samples/tass-putin-nato.txt", ".tmp-app.css-123", ".drafts/x.js",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := cacheable(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"/web/engine.wasm", "/web/samples/tass-putin-nato.txt", "/web/worker.js"}
	if !slices.Equal(got, want) {
		t.Errorf("cacheable = %q, want %q", got, want)
	}
}
