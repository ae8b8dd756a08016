//go:build !wasm

package main

import (
	"bytes"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestCompressFileWritesSiblingsOnce(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "a.txt")
	data := bytes.Repeat([]byte("Putin points to NATO's non-cooperation. "), 200)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, enc := range encodings {
		raw, n, err := compressFile(name, enc)
		if err != nil {
			t.Fatal(err)
		}
		if raw != int64(len(data)) || n <= 0 || n >= raw {
			t.Errorf("%s: raw %d compressed %d", enc.suffix, raw, n)
		}
		sib, err := os.ReadFile(name + enc.suffix)
		if err != nil {
			t.Fatal(err)
		}
		if !decodesTo(sib, data, enc) {
			t.Errorf("%s sibling does not decode to the file", enc.suffix)
		}
		// An up-to-date sibling is kept as it is.
		before, _ := os.Stat(name + enc.suffix)
		if _, _, err := compressFile(name, enc); err != nil {
			t.Fatal(err)
		}
		after, _ := os.Stat(name + enc.suffix)
		if !after.ModTime().Equal(before.ModTime()) {
			t.Errorf("%s sibling rewritten though up to date", enc.suffix)
		}
		// A stale one is replaced.
		if err := os.WriteFile(name, append(data, '!'), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, _, err := compressFile(name, enc); err != nil {
			t.Fatal(err)
		}
		sib, _ = os.ReadFile(name + enc.suffix)
		if !decodesTo(sib, append(data, '!'), enc) {
			t.Errorf("%s sibling stale", enc.suffix)
		}
		os.WriteFile(name, data, 0o644)
	}
}

func TestCompressTreeChoosesFiles(t *testing.T) {
	dir := t.TempDir()
	files := map[string]bool{ // name: gets siblings
		"index.html":              true,
		"web/app.css":             true,
		"web/samples/article.txt": true,
		"web/icon.svg":            true,
		"manifest.webmanifest":    true,
		"web/icon-192.png":        false,
		"web/.hidden.js":          false,
	}
	for name := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("content of "+name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := compressTree(dir); err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		for _, suffix := range []string{".br", ".gz"} {
			_, err := os.Stat(filepath.Join(dir, name+suffix))
			if got := err == nil; got != want {
				t.Errorf("%s%s exists: %v, want %v", name, suffix, got, want)
			}
		}
	}
}

func TestHashTreeFollowsContent(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app.wasm", "one")
	h1, err := hashTree(dir)
	if err != nil {
		t.Fatal(err)
	}
	write("app.wasm.br", "a sibling does not count")
	if h2, _ := hashTree(dir); h2 != h1 {
		t.Error("a compressed sibling changed the version")
	}
	write("app.wasm", "two")
	if h3, _ := hashTree(dir); h3 == h1 {
		t.Error("new content kept the version")
	}
}

func TestIconsFromSVG(t *testing.T) {
	dir := t.TempDir()
	if err := writeIcons("../../web/icon.svg", dir); err != nil {
		t.Fatal(err)
	}
	for name, size := range iconSizes {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %v, want %dx%d", name, b, size, size)
		}
		// Full-bleed: the corner has the background's color, opaque.
		if c := color.RGBAModel.Convert(img.At(0, 0)).(color.RGBA); c != (color.RGBA{0x1d, 0x1d, 0x1b, 0xff}) {
			t.Errorf("%s corner %v", name, c)
		}
	}
	for _, bad := range []string{
		`<svg viewBox="0 0 64"><rect width="1" height="1" fill="#000"/></svg>`,
		`<svg viewBox="0 0 64 64"></svg>`,
		`<svg viewBox="0 0 64 64"><rect width="1" height="1" fill="red"/></svg>`,
	} {
		if _, err := parseIcon([]byte(bad)); err == nil {
			t.Errorf("no error for %s", bad)
		}
	}
}
