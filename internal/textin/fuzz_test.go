package textin

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// The command line reads whatever files it is given: the reductions must
// not panic, and valid UTF-8 in gives valid UTF-8 out.

func FuzzMarkdownText(f *testing.F) {
	for _, s := range []string{"# a\n\n*b* [c](d) `e`", "---\ntitle: x\n---\n", "![x](", "[a][", "\\", "&#x;", "<a:", "1. \n- ", "```"} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/arafat.md"); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := MarkdownText(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 out of %q", s)
		}
	})
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"<article><h1>a</h1><p>b", "<title>x | y</title>", "<table><td>", "<br><br>", "&amp"} {
		f.Add(s)
	}
	if data, err := os.ReadFile("testdata/pinochet.html"); err == nil {
		f.Add(string(data))
	}
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := HTMLText(strings.NewReader(s)); err != nil {
			t.Errorf("error on %q: %v", s, err)
		}
	})
}
