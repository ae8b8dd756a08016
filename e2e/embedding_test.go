package e2e

import (
	"strings"
	"testing"
)

// TestEmbeddingGuide opens the guide for site owners (/embedding): its
// snippet names this site's origin, and its live example is the real
// widget, mounted by /embed.js, which the page's button drives through
// the handle's analyze: the widget shows the sample's analysis and the
// promise resolves with it.
func TestEmbeddingGuide(t *testing.T) {
	tb := newTab(t)
	tb.open("/embedding")
	tb.waitLive()

	want := `<script src="` + tb.site.origin + `/embed.js" data-nutgraf></script>`
	if got := tb.textOf("#snippet-tag"); got != want {
		t.Errorf("the snippet is %q, want %q", got, want)
	}
	tb.waitUntil("the live widget to be mounted", engineTimeout, `(() => {
	  const f = document.querySelector('#live-embed > iframe');
	  const b = document.getElementById('live-analyze');
	  return f && b && !b.disabled ? 'ok' : '';
	})()`)
	if src := evalJS[string](tb, `document.querySelector('#live-embed > iframe').src`); src != tb.site.origin+"/embed" {
		t.Errorf("the live widget's frame is %s, want %s/embed", src, tb.site.origin)
	}

	tb.click("#live-analyze")
	tb.waitUntil("the live example's promise to settle", engineTimeout+analyzeTimeout, `(() => {
	  const r = document.getElementById('live-result').textContent;
	  if (/rejected|could not/.test(r)) return r;
	  return /resolved/.test(r) ? 'ok' : '';
	})()`)
	result := tb.textOf("#live-result")
	for _, part := range []string{"nutgraf.analysis/", putinName} {
		if !strings.Contains(result, part) {
			t.Errorf("the live example says %q, which lacks %q", result, part)
		}
	}
	// The widget is still there (the page redrew around it) and shows
	// the sample's headline.
	tb.waitUntil("the live widget to show the sample's headline", stepTimeout, `(() => {
	  const f = document.querySelector('#live-embed > iframe');
	  if (!f) return 'the live widget is gone';
	  const h = f.contentDocument && f.contentDocument.getElementById('embed-headline');
	  return h && h.textContent.trim() === `+jsString(sampleHeadline)+` ? 'ok' : '';
	})()`)
}

// TestAnalyzerAfterVisitingTheGuide goes from the analyzer to the guide by
// its footer link and back, within the app (go-app swaps the page without
// reloading it, and the analyzer stops its engine when it leaves): back
// on the analyzer, an analysis still works, on a new engine.
func TestAnalyzerAfterVisitingTheGuide(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	tb.click("#embedding-link")
	tb.waitUntil("the guide", stepTimeout, `document.getElementById('snippet-tag') ? 'ok' : ''`)
	if evalJS[string](tb, `location.pathname`) != "/embedding" {
		t.Fatalf("the footer link led to %s", evalJS[string](tb, `location.href`))
	}
	evalJS[bool](tb, `history.back(), true`)
	tb.waitUntil("the analyzer again", stepTimeout, `document.getElementById('article-input') && location.pathname === '/' ? 'ok' : ''`)
	tb.paste("Putin spoke in St. Petersburg on Friday. \"We are ready,\" he said.")
	tb.analyze()
	if n := tb.count("#entity-list .entity-item"); n == 0 {
		t.Errorf("the analysis after coming back lists no entities")
	}
}
