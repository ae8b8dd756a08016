package e2e

import (
	"strings"
	"testing"
	"time"
)

// markupArticle is an article with live markup pasted among its
// sentences: each payload, if the page ever parsed the article as HTML,
// would set window.__pwned. Two payloads sit inside a quote the engine
// finds, so that the quote list shows them too.
const markupArticle = `Council approves the budget after a long night

LONDON, March 3 / Reuters / The city council voted on Tuesday to approve next year's budget, officials said.

"We have done the hard work," said Mayor Anna Berg. <img src=x onerror="window.__pwned=1"> The vote was close.

Critics were not convinced. <script>window.__pwned=2</script>

"This budget is a mistake <b>for everyone</b> <img src=x onerror='window.__pwned=5'>," said John Reed, a councillor.

Some residents posted <svg onload="window.__pwned=3"> on social media, and others shared <a href="javascript:window.__pwned=4">x</a> links to the debate.

The budget takes effect in April, the council said.
`

// TestPastedMarkupIsText pastes an article full of live markup and checks
// the page shows it as text: nothing runs (the canary stays unset), no
// element is made from it, and the markup is there to read, literally.
func TestPastedMarkupIsText(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	if v := evalJS[string](tb, `typeof window.__pwned`); v != "undefined" {
		t.Fatalf("window.__pwned is %s before anything was pasted", v)
	}
	tb.paste(markupArticle)
	tb.analyze()
	// Event handlers of injected elements run asynchronously (an image
	// fails to load, then onerror): give them time to fire.
	time.Sleep(500 * time.Millisecond)

	if v := evalJS[string](tb, `typeof window.__pwned === 'undefined' ? 'undefined' : String(window.__pwned)`); v != "undefined" {
		t.Errorf("pasted markup ran: window.__pwned = %s", v)
	}
	if n := tb.count("#article-view"); n != 1 {
		t.Fatalf("there are %d #article-view, want 1", n)
	}
	for _, tag := range []string{"img", "script", "svg", "a", "b"} {
		if n := tb.count("#article-view " + tag); n != 0 {
			t.Errorf("#article-view has %d <%s> elements: pasted markup became HTML", n, tag)
		}
	}
	// Anywhere on the page: the quote list and the entity list show pasted
	// text too.
	for _, sel := range []string{`img[src="x"]`, "svg[onload]", `a[href^="javascript:"]`, "[onerror]"} {
		if n := tb.count(sel); n != 0 {
			t.Errorf("the page has %d elements matching %s: pasted markup became HTML", n, sel)
		}
	}
	if n := evalJS[int](tb, `[...document.scripts].filter((s) => s.textContent.includes('__pwned')).length`); n != 0 {
		t.Errorf("the page has %d <script> elements with the pasted script", n)
	}

	text := evalJS[string](tb, `document.getElementById('article-view').textContent`)
	for _, literal := range []string{
		"<script>window.__pwned=2</script>",
		`<img src=x onerror="window.__pwned=1">`,
		`<svg onload="window.__pwned=3">`,
		`<a href="javascript:window.__pwned=4">x</a>`,
	} {
		if !strings.Contains(text, literal) {
			t.Errorf("#article-view does not show %s as text", literal)
		}
	}
	if quotes := evalJS[string](tb, `(document.getElementById('quote-list') || {textContent: ''}).textContent`); !strings.Contains(quotes, "<img src=x onerror='window.__pwned=5'>") {
		t.Errorf("#quote-list does not show the quoted markup as text (%q…)", truncate(normalizeSpace(quotes), 300))
	}
}
