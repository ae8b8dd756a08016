//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible lists the extensions that get .br and .gz siblings.
var compressible = []string{".wasm", ".js", ".css", ".html", ".txt", ".json", ".webmanifest", ".svg"}

// isSibling reports whether name is a compressed sibling.
func isSibling(name string) bool {
	return strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz")
}

// sizes are a file's size and its siblings'.
type sizes struct {
	name        string
	raw, br, gz int64
}

// encoding is one kind of sibling.
type encoding struct {
	suffix string
	encode func(w io.Writer) io.WriteCloser
	decode func(r io.Reader) (io.Reader, error)
}

var encodings = []encoding{
	{
		suffix: ".br",
		encode: func(w io.Writer) io.WriteCloser {
			// The best quality, with the largest window: slow (half a
			// minute for the engine) but done once per content, see
			// upToDate.
			return brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: brotli.BestCompression, LGWin: 24})
		},
		decode: func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil },
	},
	{
		suffix: ".gz",
		encode: func(w io.Writer) io.WriteCloser {
			zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression) // the level is valid
			return zw
		},
		decode: func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
	},
}

// compressTree writes a .br and a .gz sibling for every compressible file
// under dir, in parallel, and returns the sizes, by name.
func compressTree(dir string) ([]sizes, error) {
	var names []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && !strings.HasPrefix(d.Name(), ".") &&
			slices.Contains(compressible, strings.ToLower(filepath.Ext(p))) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// The largest first, so that the slow ones start at once.
	size := func(p string) int64 {
		info, err := os.Stat(p)
		if err != nil {
			return 0
		}
		return info.Size()
	}
	slices.SortFunc(names, func(a, b string) int { return int(size(b) - size(a)) })

	type job struct {
		i   int
		enc encoding
	}
	result := make([]sizes, len(names))
	jobs := make(chan job)
	errs := make(chan error, len(names)*len(encodings))
	var wg sync.WaitGroup
	var mu sync.Mutex
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				name := names[j.i]
				raw, n, err := compressFile(name, j.enc)
				if err != nil {
					errs <- err
					continue
				}
				mu.Lock()
				r := &result[j.i]
				r.name, r.raw = name, raw
				if j.enc.suffix == ".br" {
					r.br = n
				} else {
					r.gz = n
				}
				mu.Unlock()
			}
		}()
	}
	for i := range names {
		for _, enc := range encodings {
			jobs <- job{i, enc}
		}
	}
	close(jobs)
	wg.Wait()
	close(errs)
	if err := <-errs; err != nil {
		return nil, err
	}
	slices.SortFunc(result, func(a, b sizes) int { return strings.Compare(a.name, b.name) })
	return result, nil
}

// compressFile writes name's sibling for enc, unless the sibling there
// already decodes to name's content. It returns both sizes.
func compressFile(name string, enc encoding) (raw, compressed int64, err error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return 0, 0, err
	}
	sibling := name + enc.suffix
	if old, err := os.ReadFile(sibling); err == nil && decodesTo(old, data, enc) {
		return int64(len(data)), int64(len(old)), nil
	}
	var buf bytes.Buffer
	w := enc.encode(&buf)
	if _, err := w.Write(data); err != nil {
		return 0, 0, err
	}
	if err := w.Close(); err != nil {
		return 0, 0, err
	}
	if err := writeFile(sibling, buf.Bytes()); err != nil {
		return 0, 0, err
	}
	return int64(len(data)), int64(buf.Len()), nil
}

// decodesTo reports whether the compressed sibling holds exactly data.
func decodesTo(compressed, data []byte, enc encoding) bool {
	r, err := enc.decode(bytes.NewReader(compressed))
	if err != nil {
		return false
	}
	got, err := io.ReadAll(io.LimitReader(r, int64(len(data))+1))
	return err == nil && bytes.Equal(got, data)
}
