//go:build !wasm

package main

import (
	"fmt"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// versionPlaceholder is the version the site is first rendered with, to be
// hashed; any fixed string would do.
const versionPlaceholder = "unversioned"

// writeSite writes go-app's part of the site into out, whose web directory
// is complete, and returns the site's version.
//
// The version is a hash of the whole site as a reader gets it, rendered
// once with a placeholder for the version: the assets, but also the pages,
// app.js, the manifest and the service worker, which follow from the
// handler's settings and from go-app itself rather than from any file under
// web/. A change to any of them is a new version, hence a new service
// worker, which is how a browser that has the site cached learns of it;
// hashing web/ alone would leave a new title, or a new file to cache,
// unseen by every reader who has visited before.
func writeSite(out, wasmExec string, handler func(version string) *app.Handler) (string, error) {
	if err := renderSite(out, wasmExec, handler(versionPlaceholder)); err != nil {
		return "", err
	}
	version, err := hashTree(out)
	if err != nil {
		return "", err
	}
	return version, renderSite(out, wasmExec, handler(version))
}

// renderSite writes the pages and go-app's files with h, then Go's
// wasm_exec.js over go-app's copy of it (see generate).
func renderSite(out, wasmExec string, h *app.Handler) error {
	if err := app.GenerateStaticWebsite(out, h); err != nil {
		return fmt.Errorf("generating the pages: %w", err)
	}
	if err := tidyPages(out); err != nil {
		return err
	}
	if err := copyFile(wasmExec, filepath.Join(out, "wasm_exec.js")); err != nil {
		return fmt.Errorf("copying Go's wasm_exec.js: %w", err)
	}
	return nil
}
