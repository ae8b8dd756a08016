package textin

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
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

// Markers the fuzzer's text is put around, as the content of a script and
// a style element.
const (
	scriptMark = "zqmarkscript"
	styleMark  = "zqmarkstyle"
)

// FuzzHTMLText: never an error, valid UTF-8 out of valid UTF-8 in, and no
// text of a script or style element in the output. The fuzzer writes the
// markup before and after a script and a style holding marker words;
// whether they are still script and style depends on that markup (an
// unclosed <textarea> or attribute swallows them), so the test asks the
// HTML parser, as a browser would parse it, and checks only the markers
// it puts in a script or style alone.
func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"<article><h1>a</h1><p>b", "<title>x | y</title>", "<table><td>", "<br><br>", "&amp", "<textarea>", "<a href=\"", "<!--", "<svg><script>", "<noscript>"} {
		f.Add(s, "</p>")
	}
	if data, err := os.ReadFile("testdata/pinochet.html"); err == nil {
		page := string(data)
		f.Add(page[:len(page)/2], page[len(page)/2:])
	}
	f.Fuzz(func(t *testing.T, before, after string) {
		page := before + "<script>" + scriptMark + "()</script><style>." + styleMark + "{}</style>" + after
		out, err := HTMLText(strings.NewReader(page))
		if err != nil {
			t.Fatalf("error on %q: %v", page, err)
		}
		if utf8.ValidString(page) && !utf8.ValidString(out) {
			t.Errorf("invalid UTF-8 out of %q", page)
		}
		if strings.Contains(before+after, "zqmark") {
			return // the fuzzer wrote a marker itself
		}
		hidden := hiddenMarks(t, page)
		for _, m := range []string{scriptMark, styleMark} {
			if hidden[m] && strings.Contains(out, m) {
				t.Errorf("the %s text is in the output of %q:\n%s", m, page, out)
			}
		}
	})
}

// hiddenMarks reports the markers that the parser puts only inside script
// or style elements.
func hiddenMarks(t *testing.T, page string) map[string]bool {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	inside, outside := map[string]bool{}, map[string]bool{}
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			hidden = true
		}
		if n.Type == html.TextNode {
			for _, m := range []string{scriptMark, styleMark} {
				if strings.Contains(n.Data, m) {
					if hidden {
						inside[m] = true
					} else {
						outside[m] = true
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(doc, false)
	out := map[string]bool{}
	for m := range inside {
		out[m] = !outside[m]
	}
	return out
}
