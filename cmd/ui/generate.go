//go:build !wasm

package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// wasmLengthHeader is the response header in which the server sends a
// .wasm file's uncompressed size (server/headers.go), so that go-app's
// loader and the worker show a true percentage on compressed responses.
const wasmLengthHeader = "X-Wasm-Content-Length"

// generate writes the static site. See the package comment.
func generate(args []string) error {
	flags := flag.NewFlagSet("ui", flag.ContinueOnError)
	out := flags.String("out", "dist", "directory of the site to write; OUT/web must hold app.wasm and engine.wasm")
	web := flags.String("web", "web", "directory of the hand-written web assets")
	goroot := flags.String("goroot", "", "GOROOT of the Go that built the wasm modules (for its wasm_exec.js)")
	if err := flags.Parse(args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", flags.Args())
	}
	if *goroot == "" {
		return errors.New("-goroot is required: pass $(go env GOROOT)")
	}
	outWeb := filepath.Join(*out, "web")
	for _, name := range []string{"app.wasm", "engine.wasm"} {
		if _, err := os.Stat(filepath.Join(outWeb, name)); err != nil {
			return fmt.Errorf("%s is missing: build the wasm modules first (make wasm)", filepath.Join(outWeb, name))
		}
	}

	// The assets as written, then what is derived from them.
	if err := copyTree(*web, outWeb); err != nil {
		return err
	}
	// The wasm_exec.js of the Go that built the modules: the worker loads
	// it from /web/, and the page's own /wasm_exec.js (written by go-app
	// below) is replaced by it too, since wasm_exec.js must match the
	// compiler exactly and go-app embeds a copy that can fall behind.
	wasmExec := filepath.Join(*goroot, "lib", "wasm", "wasm_exec.js")
	if err := copyFile(wasmExec, filepath.Join(outWeb, "wasm_exec.js")); err != nil {
		return fmt.Errorf("copying Go's wasm_exec.js: %w", err)
	}
	if err := writeIcons(filepath.Join(*web, "icon.svg"), outWeb); err != nil {
		return err
	}

	cached, err := cacheable(outWeb)
	if err != nil {
		return err
	}
	cached = append(cached, offlinePages()...)
	version, err := writeSite(*out, wasmExec, func(version string) *app.Handler {
		return handler(version, cached)
	})
	if err != nil {
		return err
	}
	if err := copyRootFiles(*web, *out); err != nil {
		return err
	}

	sizes, err := compressTree(*out)
	if err != nil {
		return err
	}
	fmt.Printf("ui: wrote %s (version %s)\n", *out, version)
	for _, s := range sizes {
		if strings.HasSuffix(s.name, ".wasm") {
			fmt.Printf("ui:   %-16s %7.2f MiB   br %6.2f MiB (%d bytes)   gz %6.2f MiB\n",
				filepath.Base(s.name), mib(s.raw), mib(s.br), s.br, mib(s.gz))
		}
	}
	return nil
}

func mib(n int64) float64 { return float64(n) / (1 << 20) }

// handler is the go-app configuration of the site; cached lists the files
// under /web/ that its service worker caches (see cacheable).
func handler(version string, cached []string) *app.Handler {
	return &app.Handler{
		Name:        "Nutgraf",
		ShortName:   "Nutgraf",
		Title:       "Nutgraf: who says what in a news article",
		Description: "A private news-article analyzer: headline, dateline and byline, who and what the article is about, who is quoted saying what, and how hard it is to read. It runs entirely in your browser.",
		Lang:        "en",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png", // full-bleed, drawn within the safe zone
			SVG:      "/web/icon.svg",
		},
		BackgroundColor: "#faf8f3",
		ThemeColor:      "#1d1d1b",
		LoadingLabel:    "Loading Nutgraf… {progress}%",
		Styles:          []string{"/web/app.css"},
		// boot.js starts the engine's worker while the page loads, in
		// parallel with app.wasm, and answers the pre-rendered buttons
		// until the UI runs (see web/boot.js). async: it needs nothing
		// else on the page to start the worker.
		// embedframe.js answers the host page when a page is framed by
		// another site (/embed); on other pages it does nothing. go-app
		// gives every page the same scripts.
		Scripts: []string{"/web/boot.js async", "/web/embedframe.js defer"},
		// Cached by the service worker with the page, so that the analyzer
		// works offline once loaded.
		CacheableResources:      cached,
		ServiceWorkerTemplate:   serviceWorkerJS,
		Version:                 version,
		WasmContentLengthHeader: wasmLengthHeader,
	}
}

// hashTree returns a short hash of every file under dir, names and
// contents, leaving out the compressed siblings (they follow from the
// rest).
func hashTree(dir string) (string, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !isSibling(p) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	slices.Sort(names)
	h := sha256.New()
	for _, p := range names {
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s\x00", filepath.ToSlash(rel))
		f, err := os.Open(p)
		if err != nil {
			return "", err
		}
		_, err = io.Copy(h, f)
		f.Close()
		if err != nil {
			return "", err
		}
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// copyTree copies the regular files under src into dst, keeping their
// relative paths. Dot files are not part of the site.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != src && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		return copyFile(p, filepath.Join(dst, rel))
	})
}

// copyFile copies src to dst, creating dst's directory.
func copyFile(src, dst string) error {
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	return writeFile(dst, data)
}

// writeFile writes data to name through a temporary file, so that a server
// reading the site meanwhile never sees half a file.
func writeFile(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	if old, err := os.ReadFile(name); err == nil && bytes.Equal(old, data) {
		return nil // unchanged: keep the file and its modification time
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".tmp-"+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), name)
}
