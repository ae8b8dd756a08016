package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// How long the page may take for each step. The engine is ~10 MB of wasm
// to download, compile and start, which takes seconds on a slow runner.
const (
	engineTimeout  = 40 * time.Second
	analyzeTimeout = 30 * time.Second
	stepTimeout    = 10 * time.Second
)

// recorder runs in every document before the page's scripts and notes,
// in the page's own clock (performance.now(), milliseconds since the
// navigation started), when the UI reached each state the tests wait for.
// Timing in the page rather than by polling from Go makes the timings
// exact and lets a test see a state that came and went between two polls
// (a fast second analysis goes analyzing → done in a few milliseconds).
//
//	inputAt  the paste box and the sample button are on the page (they
//	         come with the pre-rendered HTML)
//	liveAt   the UI runs: go-app removes its loader (#app-wasm-loader) once
//	         app.wasm has started; before that the pre-rendered buttons
//	         are inert
//	readyAt  #engine-status says the engine is ready
//	states   every data-state of progress#progress, with whether #results
//	         was shown
//	clicks   every click on a button with an id
const recorder = `(() => {
  const rec = {states: [], clicks: [], inputAt: null, liveAt: null, readyAt: null};
  Object.defineProperty(window, '__nutgrafE2E', {value: rec});
  let loader = false;
  const note = () => {
    const t = performance.now();
    const p = document.getElementById('progress');
    const st = p ? p.getAttribute('data-state') : null;
    const last = rec.states.length ? rec.states[rec.states.length - 1][0] : undefined;
    if (st !== last) rec.states.push([st, t, !!document.getElementById('results')]);
    if (rec.inputAt === null && document.getElementById('article-input') && document.getElementById('sample-button')) rec.inputAt = t;
    if (document.getElementById('app-wasm-loader')) loader = true;
    else if (loader && rec.liveAt === null) rec.liveAt = t;
    const s = document.getElementById('engine-status');
    if (rec.readyAt === null && s && /ready/i.test(s.textContent)) rec.readyAt = t;
  };
  new MutationObserver(note).observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('button');
    if (b && b.id) rec.clicks.push([b.id, performance.now()]);
  }, true);
  note();
})();`

// record is what recorder has noted so far.
type record struct {
	States  [][]any  `json:"states"` // [data-state, ms, results shown]
	Clicks  [][]any  `json:"clicks"` // [button id, ms]
	InputAt *float64 `json:"inputAt"`
	LiveAt  *float64 `json:"liveAt"`
	ReadyAt *float64 `json:"readyAt"`
}

// addRecorder installs recorder for the documents the tab loads next.
func addRecorder(ctx context.Context) error {
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: recorder})
	return err
}

// open loads path from the site into the tab and waits for its load
// event.
func (tb *tab) open(path string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(tb.site.url+path)); err != nil {
		tb.t.Fatalf("loading %s: %v", path, err)
	}
}

// record returns the recorder's notes.
func (tb *tab) record() record {
	tb.t.Helper()
	var r record
	raw := evalJS[string](tb, `JSON.stringify(window.__nutgrafE2E)`)
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		tb.t.Fatalf("the recorder's notes: %v: %s", err, raw)
	}
	return r
}

// evalJS evaluates a JavaScript expression in the page and returns its
// value (a promise's, once settled), failing the test if it throws.
func evalJS[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v\npage: %s", truncate(expr, 300), err, tb.snapshot())
	}
	return v
}

// waitUntil polls expr, a JavaScript expression giving "" while the page is
// not there yet, "ok" when it is, and anything else when it can no longer
// get there (that text is the failure); a promise of one of those is
// awaited. what names the state, for the failure message.
func (tb *tab) waitUntil(what string, limit time.Duration, expr string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, limit)
	defer cancel()
	var last error
	for {
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		switch {
		case err == nil && v == "ok":
			return
		case err == nil && v != "":
			tb.t.Fatalf("waiting for %s: %s\npage: %s", what, v, tb.snapshot())
		case err != nil:
			last = err // a navigation can destroy the context mid-call: retry
		}
		select {
		case <-ctx.Done():
			msg := fmt.Sprintf("timed out after %s waiting for %s", limit, what)
			if last != nil {
				msg += fmt.Sprintf(" (last error: %v)", last)
			}
			tb.t.Fatalf("%s\npage: %s", msg, tb.snapshot())
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// snapshot describes the UI's visible state, for failure messages.
func (tb *tab) snapshot() string {
	ctx, cancel := context.WithTimeout(tb.root, 3*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`(() => {
	  const q = (s) => document.querySelector(s);
	  const text = (s) => q(s) ? q(s).textContent.trim().slice(0, 200) : null;
	  return JSON.stringify({
	    url: location.href,
	    progress: q('#progress') ? q('#progress').getAttribute('data-state') : null,
	    label: text('#progress-label'),
	    engine: text('#engine-status'),
	    error: text('#error'),
	    results: !!q('#results'),
	    analyzeDisabled: q('#analyze-button') ? q('#analyze-button').disabled : null,
	    states: window.__nutgrafE2E ? window.__nutgrafE2E.states : null,
	  });
	})()`))
	if err != nil {
		s = "(unavailable: " + err.Error() + ")"
	}
	return s + "\nworkers: " + tb.watch.describe()
}

// click clicks the element sel with the mouse, as a reader would: it
// waits until it is visible and scrolls it into view.
func (tb *tab) click(sel string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel))); err != nil {
		tb.t.Fatalf("clicking %s: %v\npage: %s", sel, err, tb.snapshot())
	}
}

// paste puts text into the article box the way pasting does: the box is
// focused, its content selected and replaced by one insertText, which
// fires the same beforeinput and input events a paste does. It checks the
// box then holds exactly text.
func (tb *tab) paste(text string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	err := chromedp.Do(ctx,
		chromedp.Focus(chromedp.CSS("#article-input")),
		chromedp.Evaluate[chromedp.Void](`document.getElementById('article-input').select()`),
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
			return err
		}),
	)
	if err != nil {
		tb.t.Fatalf("pasting into #article-input: %v", err)
	}
	got := evalJS[string](tb, `document.getElementById('article-input').value`)
	if got != text {
		tb.t.Fatalf("after pasting, #article-input holds %d characters (%q…), want the %d pasted", len(got), truncate(got, 80), len(text))
	}
}

// waitLive waits until the UI runs (app.wasm started), so that its
// buttons do something.
func (tb *tab) waitLive() {
	tb.t.Helper()
	tb.waitUntil("the UI to start (go-app removing #app-wasm-loader)", engineTimeout, `(() => {
	  const l = document.getElementById('app-wasm-loader');
	  if (l && /error|fail/i.test(l.textContent)) return 'go-app could not start: ' + l.textContent.trim();
	  return window.__nutgrafE2E.liveAt !== null ? 'ok' : '';
	})()`)
}

// waitEngineReady waits until the UI runs and says the engine is ready.
func (tb *tab) waitEngineReady() {
	tb.t.Helper()
	tb.waitLive()
	tb.waitUntil("the engine to be ready (#engine-status saying ready)", engineTimeout, `(() => {
	  const p = document.getElementById('progress');
	  if (p && p.getAttribute('data-state') === 'error') {
	    const e = document.getElementById('error');
	    return 'the progress bar is in the error state: ' + (e ? e.textContent.trim() : '(no #error)');
	  }
	  return window.__nutgrafE2E.readyAt !== null ? 'ok' : '';
	})()`)
}

// analyze presses Analyze and waits for the result: the progress bar
// reaching done after the click, with #results shown. It returns the
// click-to-result time in the page's clock.
func (tb *tab) analyze() time.Duration {
	tb.t.Helper()
	tb.waitUntil("#analyze-button to be enabled", stepTimeout, `(() => {
	  const b = document.getElementById('analyze-button');
	  return b && !b.disabled ? 'ok' : '';
	})()`)
	before := len(tb.record().Clicks)
	tb.click("#analyze-button")
	// The click as the page saw it, then a "done" after it.
	expr := fmt.Sprintf(`(() => {
	  const r = window.__nutgrafE2E;
	  const clicks = r.clicks.slice(%d).filter((c) => c[0] === 'analyze-button');
	  if (!clicks.length) return '';
	  const at = clicks[0][1];
	  for (const [state, t] of r.states) {
	    if (t < at) continue;
	    if (state === 'error') {
	      const e = document.getElementById('error');
	      return 'the analysis failed: ' + (e ? e.textContent.trim() : '(no #error)');
	    }
	    if (state === 'done' && document.getElementById('results')) return 'ok';
	  }
	  return '';
	})()`, before)
	tb.waitUntil("a result (progress data-state=done and #results shown after clicking Analyze)", analyzeTimeout, expr)
	r := tb.record()
	var clickAt, doneAt float64
	for _, c := range r.Clicks[before:] {
		if c[0] == "analyze-button" {
			clickAt = c[1].(float64)
			break
		}
	}
	for _, s := range r.States {
		if t := s[1].(float64); s[0] == "done" && t >= clickAt {
			doneAt = t
			break
		}
	}
	return ms(doneAt - clickAt)
}

func ms(v float64) time.Duration { return time.Duration(v * float64(time.Millisecond)) }

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// textOf returns the trimmed text of the first element matching sel, or
// fails the test if there is none.
func (tb *tab) textOf(sel string) string {
	tb.t.Helper()
	v := evalJS[*string](tb, fmt.Sprintf(`(() => { const e = document.querySelector(%s); return e ? e.textContent.trim() : null; })()`, jsString(sel)))
	if v == nil {
		tb.t.Fatalf("no element matches %s\npage: %s", sel, tb.snapshot())
	}
	return *v
}

// count returns how many elements match sel.
func (tb *tab) count(sel string) int {
	tb.t.Helper()
	return evalJS[int](tb, fmt.Sprintf(`document.querySelectorAll(%s).length`, jsString(sel)))
}

func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// openFile opens path through the page's "Open a file" input, as a reader
// choosing it in the file picker would, and waits until the box has
// changed.
func (tb *tab) openFile(path string) {
	tb.t.Helper()
	before := evalJS[string](tb, `document.getElementById('article-input').value`)
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.CSS("#file-input"), []string{path})); err != nil {
		tb.t.Fatalf("opening %s: %v", path, err)
	}
	tb.waitUntil("the box to take "+filepath.Base(path), stepTimeout, `document.getElementById('article-input').value !== `+jsString(before)+` ? 'ok' : ''`)
}
