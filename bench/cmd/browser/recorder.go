package main

// recorder runs in the page before any of its scripts (installed with
// Page.addScriptToEvaluateOnNewDocument) and notes, in the page's own
// clock (performance.now(): milliseconds since navigation start), when
// each state was reached. Timing inside the page makes the figures exact
// however slowly the bench polls, and catches states that come and go
// between two polls (a progress value that lasts one frame).
//
//	liveAt     go-app has removed its loader (#app-wasm-loader): app.wasm
//	           runs; before that the pre-rendered buttons do nothing
//	usableAt   #analyze-button is enabled and something handles a click:
//	           the UI (no loader) or, before it runs, web/boot.js
//	           (window.NutgrafBoot), which queues the request for the UI
//	readyAt    #engine-status says the engine is ready
//	clickAt    the Analyze click, as the page received it
//	resultsAt  #results appeared after the click
//	errorAt    the progress bar entered its error state after the click
//	progress   every change of #progress (state, value, max) after the click
//	long       every main-thread task over 50 ms: [start, duration]
//	pasteFrom, pasteTo   around setting the article, for its own long tasks
const recorder = `(() => {
  const rec = {liveAt: null, usableAt: null, readyAt: null, clickAt: null,
    resultsAt: null, errorAt: null, error: null, progress: [], long: [],
    pasteFrom: null, pasteTo: null, longtaskError: null};
  Object.defineProperty(window, '__nutgrafBench', {value: rec});
  try {
    // buffered: tasks from before the observer existed are reported too.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.long.push([e.startTime, e.duration]);
    }).observe({type: 'longtask', buffered: true});
  } catch (e) {
    rec.longtaskError = String(e);
  }
  let sawLoader = false;
  let last = null;
  const note = () => {
    const t = performance.now();
    const loader = !!document.getElementById('app-wasm-loader');
    if (loader) sawLoader = true;
    else if (sawLoader && rec.liveAt === null) rec.liveAt = t;
    // The pre-rendered button is disabled until boot.js or the UI takes
    // it; both conditions, so neither alone can mislead.
    const b = document.getElementById('analyze-button');
    const handled = !loader || !!window.NutgrafBoot;
    if (rec.usableAt === null && handled && b && !b.disabled) rec.usableAt = t;
    const s = document.getElementById('engine-status');
    if (rec.readyAt === null && s && /ready/i.test(s.textContent)) rec.readyAt = t;
    if (rec.clickAt === null) return;
    const p = document.getElementById('progress');
    if (p) {
      const state = p.getAttribute('data-state');
      // An indeterminate bar has no value attribute (its .value reads 0).
      const value = p.hasAttribute('value') ? p.value : null;
      const key = state + '|' + value + '|' + p.max;
      if (key !== last) {
        last = key;
        rec.progress.push([t, state, value, p.max]);
      }
      if (state === 'error' && rec.errorAt === null) {
        rec.errorAt = t;
        const e = document.getElementById('error');
        rec.error = e ? e.textContent.trim() : 'the progress bar is in its error state';
      }
    }
    if (rec.resultsAt === null && document.getElementById('results')) rec.resultsAt = t;
  };
  new MutationObserver(note).observe(document,
    {subtree: true, childList: true, attributes: true, characterData: true});
  document.addEventListener('click', (e) => {
    const b = e.target.closest && e.target.closest('#analyze-button');
    if (b && rec.clickAt === null) {
      rec.clickAt = performance.now();
      note();
    }
  }, true);
})();`

// pasteJS puts the text (a JSON string literal) into the article box the
// way a paste ends up: the value set, then an input event, which is what
// the UI listens to.
const pasteJS = `((text) => {
  const rec = window.__nutgrafBench;
  rec.pasteFrom = performance.now();
  const box = document.getElementById('article-input');
  box.value = text;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  // The UI handles the input event after this task: note the end in a
  // later one.
  setTimeout(() => { rec.pasteTo = performance.now(); }, 0);
  return box.value.length;
})(%s)`
