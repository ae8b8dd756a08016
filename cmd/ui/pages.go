//go:build !wasm

package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
)

// hostlessMeta matches the Open Graph tags go-app writes into every page
// whatever the settings: og:url and og:image are made absolute with
// Handler.Domain, and without one (the site may be served from any host)
// they come out as "https://" and the path ("https:///embed"), URLs with
// no host that point nowhere. It expects sortAttributes' order.
var hostlessMeta = regexp.MustCompile(`(?m)^[ \t]*<meta content="https?://(?:/[^"]*)?" property="og:[a-z_:]+">\r?\n`)

// tidyPages sorts the attributes of the pages under out (OUT/web is assets,
// not pages) and drops hostlessMeta's tags, so that a page is the same
// from build to build and names no URL outside the site.
func tidyPages(out string) error {
	web := filepath.Join(out, "web")
	return filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p == web {
			return filepath.SkipDir
		}
		if !d.Type().IsRegular() || filepath.Ext(p) != ".html" {
			return nil
		}
		page, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return writeFile(p, hostlessMeta.ReplaceAll(sortAttributes(page), nil))
	})
}

// startTag matches a start tag as go-app writes it: the name, then each
// attribute as ` name` or ` name="value"`, the value quoted by
// strconv.Quote. Text is escaped, so no "<" in it starts a match.
var startTag = regexp.MustCompile(`<[a-zA-Z][a-zA-Z0-9-]*((?: [^\s"'>/=]+(?:="(?:[^"\\]|\\.)*")?)+)>`)

// attribute matches one attribute of startTag's.
var attribute = regexp.MustCompile(` [^\s"'>/=]+(?:="(?:[^"\\]|\\.)*")?`)

// sortAttributes orders each tag's attributes by name. go-app writes them
// in the random order of a Go map, so that two builds of the same site
// would differ, and so would their version (see writeSite).
func sortAttributes(page []byte) []byte {
	return startTag.ReplaceAllFunc(page, func(tag []byte) []byte {
		m := startTag.FindSubmatchIndex(tag)
		attrs := attribute.FindAll(tag[m[2]:m[3]], -1)
		slices.SortFunc(attrs, bytes.Compare) // names are unique in a tag
		out := append([]byte(nil), tag[:m[2]]...)
		for _, a := range attrs {
			out = append(out, a...)
		}
		return append(out, tag[m[3]:]...)
	})
}
