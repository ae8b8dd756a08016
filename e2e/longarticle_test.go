package e2e

import (
	"strconv"
	"strings"
	"testing"
)

// TestLongArticle analyzes a book-length text (the sample, sixty times
// over): the page shows the article a part at a time, with buttons to the
// other parts, and the quote list shows each speaker's first quotes with a
// button for the rest, and so does the list of dates, since drawing all
// of a book at once would hold the page for seconds.
func TestLongArticle(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	sample := strings.TrimSpace(readArticle(t, sampleName))
	text := strings.Repeat(sample+"\n\n", 60)
	// Set the text as a paste would leave it; typing 160 KB through the
	// DevTools protocol takes minutes.
	evalJS[bool](tb, `(() => {
	  const box = document.getElementById('article-input');
	  box.focus();
	  box.value = `+jsString(text)+`;
	  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
	  return true;
	})()`)
	tb.analyze()

	label := tb.textOf("#article-view .article-pager .page-label")
	if !strings.HasPrefix(label, "Part 1 of ") {
		t.Fatalf("the long article's pager reads %q, want Part 1 of …", label)
	}
	blocks := strings.Count(text, "\n\n")
	if n := tb.count("#article-view .paragraph"); n == 0 || n >= blocks {
		t.Errorf("part 1 shows %d paragraphs of %d", n, blocks)
	}
	tb.click("#article-view .article-pager-top button.page-turn:last-of-type")
	tb.waitUntil("part 2 of the article", stepTimeout, `(() => {
	  const l = document.querySelector('#article-view .article-pager .page-label');
	  return l && l.textContent.startsWith('Part 2 of ') && document.querySelector('#article-view .paragraph') ? 'ok' : '';
	})()`)

	// Dates: the first few (the sample's three, sixty times over, are
	// 180), and a button that lists them all.
	tb.waitUntil("the dates and figures panel", stepTimeout,
		`document.querySelector('#values .value-group[data-kind="dates"]') ? 'ok' : ''`)
	if n := tb.count(`#values .value-group[data-kind="dates"] .value-item`); n != 8 {
		t.Errorf("the dates panel lists %d dates at first, want 8", n)
	}
	waitStill(tb)
	tb.click(`#values button.show-all-values[data-kind="dates"]`)
	tb.waitUntil("all the dates after pressing show-all", stepTimeout,
		`document.querySelectorAll('#values .value-group[data-kind="dates"] .value-item').length > 8 && !document.querySelector('#values button.show-all-values[data-kind="dates"]') ? 'ok' : ''`)

	if tb.count("#quote-list button.show-more") == 0 {
		t.Fatalf("#quote-list has no show-more button for a speaker quoted hundreds of times; it shows %d quotes", tb.count("#quote-list .quote-item"))
	}
	before := tb.count("#quote-list .quote-item")
	waitStill(tb) // turning the page scrolls it; a click during the scroll can miss
	tb.click("#quote-list button.show-more")
	tb.waitUntil("more quotes after pressing show-more", stepTimeout,
		`document.querySelectorAll('#quote-list .quote-item').length > `+strconv.Itoa(before)+` ? 'ok' : ''`)
}
