//go:build !wasm

package main

import (
	_ "embed"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// serviceWorkerJS is the template of the site's service worker: go-app's,
// made to cache the site whole or not at all (see app-worker.js).
//
//go:embed app-worker.js
var serviceWorkerJS string

// cacheable returns the URL path of every file of the built web directory
// dir (OUT/web), compressed siblings and dot files left out. The service
// worker caches them all at install, besides go-app's own files and the
// page: the engine and its models, its worker, Go's wasm_exec.js, the
// sample "Try a sample" fetches, the icons. Listing the directory rather
// than naming files keeps an asset added later from being forgotten, which
// would only show once a reader is offline.
func cacheable(dir string) ([]string, error) {
	var urls []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p != dir && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || isSibling(p) {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		urls = append(urls, path.Join("/web", filepath.ToSlash(rel)))
		return nil
	})
	slices.Sort(urls)
	return urls, err
}
