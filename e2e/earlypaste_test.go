package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/chromedp"
)

// earlyText is what the reader pastes before the UI has started.
const earlyText = `Mayor opens the new bridge

The new bridge over the river opened on Saturday, city officials said.

"It has been a long wait," said Mayor Anna Berg at the ceremony.
`

// TestPasteBeforeUIStarts pastes into the article box as soon as the page
// shows it, while the UI's own WebAssembly (app.wasm, megabytes) is still
// on its way: a reader on a slow link does exactly that, since the box is
// in the pre-rendered page (DESIGN.md: the page is usable before the
// engine has loaded). Once the UI runs, the text must still be there and
// be analyzable. app.wasm is held back until the paste is done, so the
// test does not depend on how fast anything loads.
func TestPasteBeforeUIStarts(t *testing.T) {
	tb := newTab(t)
	ctx, cancel := context.WithTimeout(tb.ctx, engineTimeout)
	defer cancel()
	release := holdAppWasm(t, ctx)
	tb.open("/")
	tb.paste(earlyText)
	pastedAt := evalJS[float64](tb, `performance.now()`)

	release()

	tb.waitEngineReady()
	if r := tb.record(); *r.LiveAt < pastedAt {
		t.Fatalf("the UI started (%.0f ms) before the paste (%.0f ms): the test did not test an early paste", *r.LiveAt, pastedAt)
	}
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != earlyText {
		t.Fatalf("the text pasted before the UI started is lost: once it runs, #article-input holds %q", truncate(got, 80))
	}
	tb.analyze()
	if n := tb.count("#article-view .headline"); n != 1 {
		t.Errorf("the early paste's analysis shows %d headlines, want 1", n)
	}
}

// holdAppWasm holds back the page's request for the UI's app.wasm, so that
// a test can act on the pre-rendered page before the UI runs; the returned
// function lets the request through and ends the interception.
func holdAppWasm(t *testing.T, ctx context.Context) (release func()) {
	t.Helper()
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{
		Patterns: []*fetch.RequestPattern{{URLPattern: "*/web/app.wasm*"}},
	}); err != nil {
		t.Fatalf("holding back app.wasm: %v", err)
	}
	return func() {
		t.Helper()
		for ev, err := range paused {
			if err != nil {
				t.Fatalf("the page never requested /web/app.wasm: %v", err)
			}
			if _, err := chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID}); err != nil {
				t.Fatalf("releasing app.wasm: %v", err)
			}
			break
		}
		if _, err := chromedp.Call(ctx, fetch.Disable, cdp.Empty{}); err != nil {
			t.Fatalf("ending the interception: %v", err)
		}
	}
}
