// Package textin turns the files the command line reads (plain text,
// Markdown, HTML) into the plain text the engine analyzes: the headline
// first, then the paragraphs, one blank line between blocks, which is how
// the engine finds an article's structure.
//
// It only reads: it never runs a script, follows a link or fetches a
// resource named in a page. It lives apart from package nlp, which stays
// free of file formats and of golang.org/x/net.
package textin

import (
	"bytes"
	"path/filepath"
	"strings"
)

// Format is how an input's bytes are to be read.
type Format int

const (
	// Text is read as it is.
	Text Format = iota
	// Markdown is reduced to its prose (see Markdown).
	Markdown
	// HTML is reduced to its article's text (see HTML).
	HTML
)

func (f Format) String() string {
	switch f {
	case Markdown:
		return "markdown"
	case HTML:
		return "html"
	}
	return "text"
}

// ParseFormat reads a format's name as a user writes it: text (or txt),
// markdown (or md), html (or htm).
func ParseFormat(s string) (Format, bool) {
	switch strings.ToLower(s) {
	case "text", "txt":
		return Text, true
	case "markdown", "md":
		return Markdown, true
	case "html", "htm":
		return HTML, true
	}
	return Text, false
}

// FormatOf tells a file's format from its name: .md is Markdown, .html and
// .htm are HTML, anything else is text.
func FormatOf(name string) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md":
		return Markdown
	case ".html", ".htm":
		return HTML
	}
	return Text
}

// Readable reports whether a directory walk should take the file: one of
// the extensions this package reads (.txt, .md, .html, .htm). A walk
// skips the rest (images, PDFs, notes of other kinds) instead of
// analyzing them as text.
func Readable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".html", ".htm":
		return true
	}
	return false
}

// Reduce returns the text to analyze from an input's bytes.
func Reduce(f Format, data []byte) (string, error) {
	switch f {
	case Markdown:
		return MarkdownText(string(data)), nil
	case HTML:
		return HTMLText(bytes.NewReader(data))
	}
	return string(data), nil
}
