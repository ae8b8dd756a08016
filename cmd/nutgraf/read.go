package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"

	"github.com/nutgraf/nutgraf/internal/textin"
	"github.com/nutgraf/nutgraf/nlp"
)

// maxMarkupBytes bounds a Markdown or HTML file. Markup is reduced before
// the engine sees it, and a page's scripts and styles often outweigh its
// article, so the raw file may be larger than the engine's limit; the
// reduced text is still held to nlp.MaxInputBytes by the engine.
const maxMarkupBytes = 4 * nlp.MaxInputBytes

// binarySniff is how much of a file is checked for NUL bytes, as git
// does to tell binary files from text.
const binarySniff = 8000

// reader reads the inputs' texts.
type reader struct {
	// format forces every input's format; nil reads each file's from its
	// extension, and standard input as text.
	format *textin.Format
	stdin  io.Reader
	// stdinMu serializes reads of standard input, in case - is named
	// twice and two workers reach it at once (the second reads nothing).
	stdinMu sync.Mutex
}

// text reads an input and reduces it to the text to analyze. It returns
// the number of bytes read too, for the progress bar.
func (r *reader) text(in input) (string, int64, textin.Format, error) {
	f := textin.Text
	switch {
	case r.format != nil:
		f = *r.format
	case in.name != stdinName:
		f = textin.FormatOf(in.name)
	}
	limit := int64(nlp.MaxInputBytes)
	if f != textin.Text {
		limit = maxMarkupBytes
	}
	data, err := r.read(in.name, limit)
	if err != nil {
		return "", int64(len(data)), f, err
	}
	if bytes.IndexByte(data[:min(len(data), binarySniff)], 0) >= 0 {
		return "", int64(len(data)), f, errors.New("not a text file (it holds NUL bytes)")
	}
	text, err := textin.Reduce(f, data)
	return text, int64(len(data)), f, err
}

// read reads a file, or standard input, refusing one over limit bytes
// before reading it all into memory.
func (r *reader) read(name string, limit int64) ([]byte, error) {
	var src io.Reader
	if name == stdinName {
		r.stdinMu.Lock()
		defer r.stdinMu.Unlock()
		src = r.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil {
			if st.IsDir() {
				return nil, errors.New("a directory: use -r to analyze the files in it")
			}
			if st.Mode().IsRegular() && st.Size() > limit {
				return nil, tooLarge(st.Size(), limit)
			}
		}
		src = f
	}
	data, err := io.ReadAll(io.LimitReader(src, limit+1))
	if err != nil {
		return data, err
	}
	if int64(len(data)) > limit {
		return data, tooLarge(-1, limit)
	}
	return data, nil
}

// tooLarge describes a file over the limit; size is -1 when only "more
// than the limit" is known (standard input is not read past it).
func tooLarge(size, limit int64) error {
	mb := func(n int64) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) + " MB" }
	if size < 0 {
		return fmt.Errorf("too large (over the limit of %s)", mb(limit))
	}
	return fmt.Errorf("too large (%s; the limit is %s)", mb(size), mb(limit))
}
