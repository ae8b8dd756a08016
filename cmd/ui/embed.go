//go:build !wasm

package main

import (
	"fmt"
	"path/filepath"
	"strings"
)

// rootFiles are hand-written files of -web that the site also serves from
// outside /web/, at the URLs other sites use to embed Nutgraf
// (docs/embed.md): the script a site owner pastes is https://HOST/embed.js,
// and the engine frame must be under /embed/, the only paths other sites
// may frame (server/csp.go). They stay in OUT/web as well, with the rest of
// -web, so that the site's version hash covers them.
var rootFiles = []struct{ src, dst string }{
	{"embed.js", "embed.js"},
	{"embed-api.html", "embed/api.html"},
}

// copyRootFiles copies rootFiles from the web directory into the site out.
func copyRootFiles(web, out string) error {
	for _, f := range rootFiles {
		if err := copyFile(filepath.Join(web, f.src), filepath.Join(out, filepath.FromSlash(f.dst))); err != nil {
			return fmt.Errorf("copying %s to the site's root: %w", f.src, err)
		}
	}
	return nil
}

// offlinePages are the URLs, besides "/" (which go-app caches itself) and
// the files of /web/, that the service worker caches: the other routes'
// pages and the root files, so that the guide and the widget open offline
// as the analyzer does.
func offlinePages() []string {
	urls := []string{"/embed", "/embedding"}
	for _, f := range rootFiles {
		urls = append(urls, "/"+strings.TrimSuffix(f.dst, ".html"))
	}
	return urls
}
