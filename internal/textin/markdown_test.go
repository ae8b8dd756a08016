package textin

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestMarkdownArticle: the Markdown article in testdata keeps its prose,
// quotes and paragraphs, and loses its markup.
func TestMarkdownArticle(t *testing.T) {
	data, err := os.ReadFile("testdata/arafat.md")
	if err != nil {
		t.Fatal(err)
	}
	got := MarkdownText(string(data))
	paras := paragraphs(got)
	if paras[0] != "Brazilian delegation returns from Arafat funeral" || strings.Count(got, "returns from Arafat funeral") != 1 {
		t.Errorf("the heading should open the text once (the front matter's title is not repeated):\n%s", got)
	}
	for _, want := range []string{
		"November 13, 2004",
		`"Yasser Arafat was a Palestinian leader who became a world projection leader".`,
		"Jamil Murad, deputy (PCdoB)",
	} {
		if !slices.Contains(paras, want) {
			t.Errorf("no paragraph %q", want)
		}
	}
	for _, want := range []string{"representing Brazil at", "\nYasser Arafat returned", "\nJosé Dirceu was", "According to Jamil Murad:", "Luiz Inácio\nLula", "leader [sic]."} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	for _, markup := range []string{"layout:", "](", "**", "_José", "![", "[murad]", "https://en.wikipedia.org", "\n> ", "## ", "- José", "```", "&aacute;", `\[`} {
		if strings.Contains(got, markup) {
			t.Errorf("markup %q left in the text", markup)
		}
	}
	if !strings.Contains(got, "contact <news@example.org>") {
		t.Error("a code block should stay as written")
	}
}

func TestMarkdownText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"# Title #\n\nText.", "Title\n\nText."},
		{"#Not a heading", "#Not a heading"},
		{"Title\n=====\nText.", "Title\n\nText."},
		{"Title\n---\nText.", "Title\n\nText."},
		{"**Bold** and *italic* and __strong__ and _em_ and ***both*** and ~~gone~~.", "Bold and italic and strong and em and both and gone."},
		{"snake_case_name and 2 * 3 * 4 and a lone * star and file_*", "snake_case_name and 2 * 3 * 4 and a lone * star and file_*"},
		{"It was *not*, he said.", "It was not, he said."},
		{"`code *stays*` and ``a ` b``", "code *stays* and a ` b"},
		{"[a [nested] link](http://x.org/a_(b)) and [ref][r] and [sic] and [empty]()", "a [nested] link and ref and [sic] and empty"},
		{"Image ![alt](x.png) gone; ![ref][img] too.", "Image  gone;  too."},
		{`\*not emphasis\* and \[not a link\](x)`, "*not emphasis* and [not a link](x)"},
		{"AT&T and R&D &amp; caf&eacute; &#8217; &#x2019; &bogus; &ampx;", "AT&T and R&D & café ’ ’ &bogus; &ampx;"},
		{"See <https://example.org/a> or <a@b.org>; 3 < 4 > 2.", "See https://example.org/a or a@b.org; 3 < 4 > 2."},
		{"> Quoted\n> > nested\n>\n> after", "Quoted\nnested\n\nafter"},
		{"- one\n- two\n  more\n* three\n1. four\n2) five", "one\n\ntwo\nmore\n\nthree\n\nfour\n\nfive"},
		{"It happened in\n2016. Then more.", "It happened in\n2016. Then more."},
		{"Text\n\n***\n\n- - -\nMore", "Text\n\nMore"},
		{"Text\n\n[ref]: http://example.org\n[^1]: a footnote", "Text\n\n[^1]: a footnote"},
		{"```go\nx := *p\n\n# not a heading\n```\nAfter", "x := *p\n\n# not a heading\n\nAfter"},
		{"~~~\ncode\n~~~~\n", "code"},
		{"---\ntitle: 'From front matter'\n---\nBody text.", "From front matter\n\nBody text."},
		{"+++\ntitle = \"TOML title\"\n+++\n# Heading\nBody.", "Heading\n\nBody."},
		{"---\nA rule, then prose.\n---\nMore", "A rule, then prose.\n\nMore"},
		{"Line one\r\nLine two\r\n\r\nNext", "Line one\nLine two\n\nNext"},
		{"", ""},
	} {
		if got := MarkdownText(c.in); got != c.want {
			t.Errorf("MarkdownText(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}
