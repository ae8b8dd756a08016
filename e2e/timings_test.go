package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestTimings measures what a reader waits for and logs it as
// "TIMING name_ms=N" lines (grep TIMING in go test -v's output). It
// asserts only that each step completes: speed targets belong to the
// benchmarks (make bench), where runs are repeated and compared, not to a
// test on a shared CI runner.
//
//	cold_input_ms         navigation start → paste box and sample button shown
//	cold_live_ms          navigation start → the UI runs (app.wasm started)
//	cold_ready_ms         navigation start → engine ready (fresh profile); Analyze
//	                      is enabled as soon as there is text
//	cold_result_ms        click Analyze → result shown, first analysis of the sample
//	warm_result_ms        the same again in the same page
//	reload_live_ms        navigation start → the UI runs, after a reload (caches warm)
//	reload_ready_ms       navigation start → engine ready, after the reload
//	reload_result_ms      click Analyze → result shown, after the reload
func TestTimings(t *testing.T) {
	tb := newTab(t)
	logTiming := func(name string, d time.Duration) {
		t.Logf("TIMING %s_ms=%d", name, d.Milliseconds())
	}

	tb.open("/")
	tb.waitEngineReady()
	r := tb.record()
	logTiming("cold_input", ms(*r.InputAt))
	logTiming("cold_live", ms(*r.LiveAt))
	logTiming("cold_ready", ms(*r.ReadyAt))

	tb.loadSample()
	logTiming("cold_result", tb.analyze())
	logTiming("warm_result", tb.analyze())

	ctx, cancel := context.WithTimeout(tb.ctx, engineTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reloading: %v", err)
	}
	tb.waitEngineReady()
	r = tb.record()
	logTiming("reload_live", ms(*r.LiveAt))
	logTiming("reload_ready", ms(*r.ReadyAt))
	tb.loadSample()
	logTiming("reload_result", tb.analyze())
}

// loadSample presses "Try a sample" and waits for the article box to fill.
func (tb *tab) loadSample() {
	tb.t.Helper()
	tb.waitLive()
	tb.click("#sample-button")
	tb.waitUntil("the sample in #article-input", stepTimeout,
		`document.getElementById('article-input').value.trim() !== '' ? 'ok' : ''`)
}
