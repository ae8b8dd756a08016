package e2e

import (
	"context"
	"testing"
)

// TestAnalyzeBeforeUIStarts clicks Analyze before the UI's own WebAssembly
// (app.wasm) has started: the page's boot script (web/boot.js) answers the
// pre-rendered button, sending the text to the engine's worker, which it
// started while the page loaded. The click must show at once that it was
// taken, and once the UI runs, the analysis must appear without another
// click: the UI adopts the worker and the request. app.wasm is held back
// until the click is done, so the test does not depend on how fast
// anything loads.
func TestAnalyzeBeforeUIStarts(t *testing.T) {
	tb := newTab(t)
	ctx, cancel := context.WithTimeout(tb.ctx, engineTimeout)
	defer cancel()
	release := holdAppWasm(t, ctx)
	tb.open("/")
	tb.paste(earlyText)
	tb.waitUntil("#analyze-button to be enabled before the UI runs", stepTimeout, `(() => {
	  const b = document.getElementById('analyze-button');
	  return b && !b.disabled ? 'ok' : '';
	})()`)
	before := tb.textOf("#progress-label")
	tb.click("#analyze-button")
	clickedAt := evalJS[float64](tb, `performance.now()`)
	if after := tb.textOf("#progress-label"); after == before {
		t.Errorf("clicking Analyze before the UI runs left #progress-label as it was (%q)", after)
	}

	release()

	tb.waitEngineReady()
	if r := tb.record(); *r.LiveAt < clickedAt {
		t.Fatalf("the UI started (%.0f ms) before the click (%.0f ms): the test did not test an early click", *r.LiveAt, clickedAt)
	}
	tb.waitUntil("the early click's result (progress data-state=done and #results shown), with no other click", analyzeTimeout, `(() => {
	  const p = document.getElementById('progress');
	  if (p && p.getAttribute('data-state') === 'error') {
	    const e = document.getElementById('error');
	    return 'the analysis failed: ' + (e ? e.textContent.trim() : '(no #error)');
	  }
	  return p && p.getAttribute('data-state') === 'done' && document.getElementById('results') ? 'ok' : '';
	})()`)
	if n := tb.count("#article-view .headline"); n != 1 {
		t.Errorf("the early click's analysis shows %d headlines, want 1", n)
	}
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != earlyText {
		t.Errorf("once the UI runs, #article-input holds %q, want the text pasted before", truncate(got, 80))
	}
	if n := len(tb.record().Clicks); n != 1 {
		t.Errorf("%d clicks recorded, want the one before the UI ran", n)
	}
}
