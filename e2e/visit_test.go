package e2e

import (
	"strings"
	"testing"
	"time"
)

// visitText is the reader's own article in the whole-visit test: the
// canary sits in a quote, so it is in every export too.
const visitText = `Port authority delays the new terminal

ROTTERDAM, June 9 / ANP / The port authority has delayed the opening of its new container terminal by a year, its chairman said on Monday.

"We would rather open late than open badly, ` + canary + `," said Pieter de Vries, the chairman, at a press conference.

Shipping lines had expected the terminal to open in the spring.
`

// TestWholeVisitSendsNothing follows a reader through a whole visit: the
// analyzer loads, the sample is fetched and analyzed, the reader's own
// article is pasted and analyzed, every export is downloaded (JSON, quotes
// CSV, Markdown report), then the embedding guide's live widget analyzes
// the sample and the reader's article. Every request the browser reported
// and the server logged must be a plain fetch from the site's own origin
// (or data:/blob:) carrying nothing of the article (see checkNothingSent),
// and every request the server got after the paste must be one the
// browser reported, so that the watch is known to see them all.
//
// The engine's dedicated workers are not attached (see watch.attach): the
// browser reports their requests only now and then. What they fetch from
// the site is in the server's log, which checkNothingSent holds to the
// same rules (method, and no text in the path); a header they set is not
// seen there, and connect-src 'self' keeps them from any other host.
func TestWholeVisitSendsNothing(t *testing.T) {
	tb := newTab(t)
	fromStart := tb.site.mark()
	tb.open("/")
	tb.waitEngineReady()

	tb.click("#sample-button")
	tb.waitUntil("the sample in the box", stepTimeout, `document.getElementById('article-input').value.length > 1000 ? 'ok' : ''`)
	tb.analyze()

	fromReq, fromLog := tb.watch.requestCount(), tb.site.mark()
	tb.paste(visitText)
	tb.analyze()
	if h := tb.textOf("#article-view .headline"); !strings.Contains(h, "Port authority delays") {
		t.Fatalf("after analyzing the reader's text the page shows the headline %q", h)
	}
	for _, sel := range []string{"button#download-json", "button#download-quotes-csv", "button#download-report"} {
		name, data, ok := download(t, tb, sel)
		// The export is the reader's: it must have the article (so the
		// test did export it), and must have been made in the page.
		if ok && !strings.Contains(string(data), canary) {
			t.Errorf("%s (%s) does not have the article's quote: not the reader's export:\n%s", sel, name, truncate(string(data), 600))
		}
	}

	// The guide, reached within the app, and its live widget: the sample,
	// then the reader's text typed into the widget's own box.
	tb.click("#embedding-link")
	tb.waitUntil("the live widget to be mounted", engineTimeout, `(() => {
	  const f = document.querySelector('#live-embed > iframe');
	  const b = document.getElementById('live-analyze');
	  return f && b && !b.disabled ? 'ok' : '';
	})()`)
	tb.click("#live-analyze")
	tb.waitUntil("the live example's promise to settle", engineTimeout+analyzeTimeout, `(() => {
	  const r = document.getElementById('live-result').textContent;
	  if (/rejected|could not/.test(r)) return r;
	  return /resolved/.test(r) ? 'ok' : '';
	})()`)
	evalJS[bool](tb, `(() => {
	  const d = document.querySelector('#live-embed > iframe').contentDocument;
	  const box = d.getElementById('article-input');
	  box.value = `+jsString(visitText)+`;
	  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
	  d.getElementById('analyze-button').click();
	  return true;
	})()`)
	tb.waitUntil("the live widget to show the reader's headline", analyzeTimeout, `(() => {
	  const f = document.querySelector('#live-embed > iframe');
	  const h = f && f.contentDocument && f.contentDocument.getElementById('embed-headline');
	  return h && h.textContent.includes('Port authority delays') ? 'ok' : '';
	})()`)
	// A request sent after the last result (a beacon, say) counts too.
	time.Sleep(time.Second)

	checkNothingSent(t, tb, fromStart, visitText, tb.site.origin)

	after, _ := tb.watch.requestsSince(fromReq)
	all, _ := tb.watch.requestsSince(0)
	t.Logf("%d requests in all, %d after the paste", len(all), len(after))
	checkWatchSawServer(t, tb, all, fromLog)
}
