package textin

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// TestHTMLArticlePage: the article page in testdata, a news story in a
// site's furniture, reduces to the story alone.
func TestHTMLArticlePage(t *testing.T) {
	data, err := os.ReadFile("testdata/pinochet.html")
	if err != nil {
		t.Fatal(err)
	}
	got, err := HTMLText(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	paras := paragraphs(got)
	if paras[0] != "Pinochet arrested after Supreme Court ruling" {
		t.Errorf("first line %q, want the article's <h1>, its white space collapsed", paras[0])
	}
	if n := strings.Count(got, "Pinochet arrested after"); n != 1 {
		t.Errorf("headline written %d times, want once", n)
	}
	for _, want := range []string{
		"January 6, 2005", // the article's own <header> is kept
		"Augusto Pinochet, pictured in 1995.",
		"the country’s Supreme Court", // &rsquo;
		"Gen. Pinochet’s home",        // &#8217;
		"“The crimes were allegedly committed as part of Operation Condor,” the commission wrote.",
		"President Salvador Allende & his government.",
	} {
		if !slices.Contains(paras, want) && !strings.Contains(got, want) {
			t.Errorf("missing %q", want)
		}
	}
	// <br> splits a paragraph in two.
	if !slices.Contains(paras, "A government commission, the Rettig Commission, listed 2,095 deaths and 1,102 disappearances during his 17-year rule.") {
		t.Error("the text before <br> is not a paragraph of its own")
	}
	for _, furniture := range []string{
		"dataLayer", "track(", "STYLE TEXT", "Wikinews, the free", "Skip to content",
		"World", "Search", "Related news", "Chile holds elections", "Enable JavaScript",
		"Advertisement", "Filed under", "Kissinger papers", "Short teaser", "TEMPLATE TEXT",
		"SVG TEXT", "©", "public domain", "Augusto Pinochet in 1995", // the image's alt text
	} {
		if strings.Contains(got, furniture) {
			t.Errorf("page furniture %q is in the text", furniture)
		}
	}
}

func TestHTMLText(t *testing.T) {
	for _, c := range []struct {
		name, html string
		want       []string
	}{
		{"no article: main", `<body><header><h1>Site</h1></header><main><h1>Floods close roads</h1><p>Rain fell.</p></main><footer>About</footer></body>`,
			[]string{"Floods close roads", "Rain fell."}},
		{"no article or main: body, title without the site", `<html><head><title>Floods close roads | Daily Bugle</title></head><body><header>Daily Bugle</header><p>Rain   fell
			all night.</p><p>Roads closed.</p></body></html>`,
			[]string{"Floods close roads", "Rain fell all night.", "Roads closed."}},
		{"og:title before title", `<head><meta property="og:title" content="Floods close roads"><title>Home - Bugle</title></head><p>Rain fell.</p>`,
			[]string{"Floods close roads", "Rain fell."}},
		{"longest article", `<article><p>Teaser.</p></article><article><h1>Main story</h1><p>The story is longer than the teaser.</p></article>`,
			[]string{"Main story", "The story is longer than the teaser."}},
		{"inline elements join without spaces", `<p>Pino<b>chet</b> was <a href="#">arrested</a>.</p>`,
			[]string{"Pinochet was arrested."}},
		{"blocks and lists", `<h1>Title</h1><div>One<div>Two</div>Three</div><ul><li>Four</li><li>Five</li></ul>`,
			[]string{"Title", "One", "Two", "Three", "Four", "Five"}},
		{"table rows are lines, cells a space apart", `<h1>Results</h1><table><tr><th>Party</th><th>Seats</th></tr><tr><td>Labour</td><td>412</td></tr></table>`,
			[]string{"Results", "Party Seats", "Labour 412"}},
		{"malformed markup", `<h1>Title<p>First <i>para<p>Second</b> para`,
			[]string{"Title", "First para", "Second para"}},
		{"entities", `<p>AT&amp;T &lt;b&gt; &quot;yes&quot; caf&eacute; 5&nbsp;km</p>`,
			[]string{"AT&T <b> \"yes\" café 5\u00a0km"}},
		{"hidden", `<p>Seen.</p><p hidden>Unseen.</p><div aria-hidden="true">Icon</div>`,
			[]string{"Seen."}},
		{"no text", `<html><head><title></title><script>document.write("Hi")</script></head><body><div id="app"></div></body></html>`,
			nil},
		{"empty", ``, nil},
	} {
		got, err := HTMLText(strings.NewReader(c.html))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if p := paragraphs(got); !slices.Equal(p, c.want) {
			t.Errorf("%s: got %q, want %q", c.name, p, c.want)
		}
	}
}
