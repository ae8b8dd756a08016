package main

import (
	"crypto/sha256"
	"encoding/base64"
	"io"
	"io/fs"
	"os"
	"path"
	"sync"
	"time"
)

// candidates lists, in order, the files that may answer a cleaned request
// path. go-app pre-renders a route like /embed either as embed.html or as
// embed/index.html depending on how it is built, so both are tried.
func candidates(name string, trailingSlash bool) []string {
	switch {
	case name == "":
		return []string{"index.html"}
	case trailingSlash:
		return []string{name + "/index.html"}
	case path.Ext(name) == "":
		return []string{name, name + ".html", name + "/index.html"}
	}
	return []string{name}
}

// openRegular opens name under root if it is a regular file. Directories are
// refused (there are no listings), and so is anything os.Root will not
// reach: a symlink or ".." that leads outside the root fails to open.
func openRegular(root *os.Root, name string) (*os.File, fs.FileInfo, bool) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, false
	}
	info, err := f.Stat()
	if err != nil || !info.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, info, true
}

// lookup opens the first candidate file that exists. name is the file's path
// relative to the root.
func lookup(root *os.Root, cleaned string, trailingSlash bool) (f *os.File, info fs.FileInfo, name string, ok bool) {
	for _, c := range candidates(cleaned, trailingSlash) {
		if f, info, ok := openRegular(root, c); ok {
			return f, info, c, true
		}
	}
	return nil, nil, "", false
}

// etagCache remembers each file's ETag so that a file is hashed once, not on
// every request. An entry is valid while the file's modification time and
// size are unchanged; a rebuilt file is hashed again. One entry per name, so
// the cache never outgrows the site.
type etagCache struct {
	mu      sync.Mutex
	entries map[string]etagEntry
}

type etagEntry struct {
	modTime time.Time
	size    int64
	etag    string
}

func newETagCache() *etagCache {
	return &etagCache{entries: map[string]etagEntry{}}
}

// get returns the strong ETag of f (named name, described by info), hashing
// its content if needed. f is left positioned at its start.
func (c *etagCache) get(name string, f *os.File, info fs.FileInfo) (string, error) {
	c.mu.Lock()
	e, ok := c.entries[name]
	c.mu.Unlock()
	if ok && e.size == info.Size() && e.modTime.Equal(info.ModTime()) {
		return e.etag, nil
	}
	// Hash outside the lock: a large wasm must not stall other requests. Two
	// first requests may both hash; they agree.
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	// 144 bits of SHA-256 are plenty to tell versions apart.
	etag := `"` + base64.RawURLEncoding.EncodeToString(h.Sum(nil)[:18]) + `"`
	c.mu.Lock()
	c.entries[name] = etagEntry{modTime: info.ModTime(), size: info.Size(), etag: etag}
	c.mu.Unlock()
	return etag, nil
}
