//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRootFilesAreServedFromTheRoot copies the real web directory's root
// files and checks that each lands at the URL other sites use, unchanged.
func TestRootFilesAreServedFromTheRoot(t *testing.T) {
	out := t.TempDir()
	if err := copyRootFiles("../../web", out); err != nil {
		t.Fatal(err)
	}
	for src, dst := range map[string]string{"embed.js": "embed.js", "embed-api.html": "embed/api.html"} {
		want, err := os.ReadFile(filepath.Join("../../web", src))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(dst)))
		if err != nil {
			t.Fatalf("%s was not copied to %s: %v", src, dst, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s", dst, src)
		}
	}
}
