package main

import (
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"path"
	"strconv"
	"strings"
)

// site serves the files under dir, and nothing else.
type site struct {
	dir   string
	etags *etagCache
}

// newHandler returns the whole server's handler: logging outermost, so it
// sees the final status, then the headers every response carries, then the
// files.
func newHandler(dir string, logger *slog.Logger) http.Handler {
	s := &site{dir: dir, etags: newETagCache()}
	return withLog(logger, withHeaders(s))
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		plainError(w, http.StatusMethodNotAllowed)
		return
	}
	cleaned, trailingSlash, status := cleanPath(r.URL.Path)
	if status != 0 {
		plainError(w, status)
		return
	}
	// The root is opened per request rather than once at start: `make build`
	// may delete and recreate dist/, and a root opened once would keep
	// serving the deleted directory. It costs one open and close.
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		plainError(w, http.StatusInternalServerError)
		return
	}
	defer root.Close()

	f, info, name, ok := lookup(root, cleaned, trailingSlash)
	if !ok {
		plainError(w, http.StatusNotFound)
		return
	}
	defer f.Close()
	s.serveFile(w, r, root, f, info, name)
}

// serveFile sends name, or its precompressed sibling if the client accepts
// one. Conditional requests, ranges and HEAD are left to http.ServeContent.
func (s *site) serveFile(w http.ResponseWriter, r *http.Request, root *os.Root, f *os.File, info fs.FileInfo, name string) {
	h := w.Header()
	h.Set("Content-Type", contentType(name)) // of the original, whatever the encoding
	h.Set("Cache-Control", fileCacheControl)
	if path.Ext(name) == ".wasm" {
		h.Set(wasmLengthHeader, strconv.FormatInt(info.Size(), 10))
	}

	body, bodyInfo, bodyName, encoding := f, info, name, ""
	for _, c := range acceptedCodings(r.Header.Values("Accept-Encoding")) {
		sf, si, ok := openRegular(root, name+c.suffix)
		if !ok {
			continue
		}
		defer sf.Close()
		body, bodyInfo, bodyName, encoding = sf, si, name+c.suffix, c.token
		break
	}

	// Each representation has its own ETag: the br and identity bodies
	// differ, and a strong validator must name exact bytes.
	etag, err := s.etags.get(bodyName, body, bodyInfo)
	if err != nil {
		plainError(w, http.StatusInternalServerError)
		return
	}
	h.Set("ETag", etag)

	if encoding != "" {
		h.Set("Content-Encoding", encoding)
		// ServeContent leaves Content-Length out once Content-Encoding is
		// set; the sibling's size is exact, and the loader wants it.
		h.Set("Content-Length", strconv.FormatInt(bodyInfo.Size(), 10))
		r = withoutRange(r)
	}
	http.ServeContent(w, r, name, bodyInfo.ModTime(), body)
}

// withoutRange returns r without range headers. Ranges are served only on
// identity: a byte range of a compressed body is of no use to a browser and
// easy to get wrong in caches.
func withoutRange(r *http.Request) *http.Request {
	if r.Header.Get("Range") == "" && r.Header.Get("If-Range") == "" {
		return r
	}
	r2 := *r
	r2.Header = r.Header.Clone()
	r2.Header.Del("Range")
	r2.Header.Del("If-Range")
	return &r2
}

// cleanPath checks a decoded URL path and returns it as a name relative to
// the site root, with whether it ended in "/". A non-zero status refuses it.
//
// Go's server has already percent-decoded the path once, so %2e%2e arrives
// here as "..". Anything still holding "%" was encoded twice (%252e): no file
// of ours has "%" in its name, so it is refused rather than decoded again.
// Backslashes (a separator on Windows) and control characters, NUL included,
// are refused too. os.Root is the last line: even a path that passed here
// cannot open anything outside the directory.
func cleanPath(p string) (name string, trailingSlash bool, status int) {
	if p == "" || p[0] != '/' {
		return "", false, http.StatusBadRequest
	}
	for i := 0; i < len(p); i++ {
		if c := p[i]; c < 0x20 || c == 0x7f || c == '\\' || c == '%' {
			return "", false, http.StatusBadRequest
		}
	}
	var parts []string
	for seg := range strings.SplitSeq(p[1:], "/") {
		switch {
		case seg == "":
			continue // "//" collapses, as path.Clean would
		case seg == "." || seg == "..":
			return "", false, http.StatusBadRequest
		case seg[0] == '.':
			// Dot files (.git, .env, ...) are never part of the site.
			return "", false, http.StatusNotFound
		}
		parts = append(parts, seg)
	}
	return strings.Join(parts, "/"), strings.HasSuffix(p, "/"), 0
}

// plainError writes a short plain-text error. The security headers are
// already set by withHeaders.
func plainError(w http.ResponseWriter, status int) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", errorCacheControl)
	w.WriteHeader(status)
	w.Write([]byte(strconv.Itoa(status) + " " + http.StatusText(status) + "\n"))
}
