package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// faultText is the reader's article in the engine-fault tests.
const faultText = `Harbour ferry returns after repairs

OSLO, May 4 / NTB / The harbour ferry returned to service on Monday after three weeks of repairs, the city said.

"Passengers have been patient," said Kari Lund, who runs the ferry company.
`

// TestEngineLoadFailureOffersRetry serves a site whose engine.wasm is
// missing (a deploy gone wrong, a proxy refusing it): the page must say
// the engine could not be loaded, keep the reader's text, and offer
// Retry; once the file is back, Retry starts a new worker and analyzes the
// text the reader had asked for.
func TestEngineLoadFailureOffersRetry(t *testing.T) {
	live := copySite(t)
	engine := filepath.Join(live, "web", "engine.wasm")
	restore := hideFiles(t, engine, engine+".br", engine+".gz")
	tb := newTabOn(t, serveSite(t, live))
	// The browser reports the 404 itself, and the service worker that it
	// could not cache the site.
	tb.watch.expect(func(line string) bool {
		return strings.Contains(line, "404") || strings.Contains(line, "'addAll' on 'Cache'")
	})

	tb.open("/")
	tb.waitLive()
	tb.paste(faultText)
	tb.click("#analyze-button")
	tb.waitUntil("the page to say the engine could not be loaded, with Retry", engineTimeout, `(() => {
	  const e = document.getElementById('error');
	  if (!e || !document.getElementById('retry-button')) return '';
	  return /could not be loaded: \/web\/engine\.wasm: HTTP 404\..*Your text is kept/.test(e.textContent) ? 'ok' : '';
	})()`)
	checkTextKept(t, tb, faultText)

	restore()
	retry(t, tb)
}

// TestWorkerCrashOffersRetry makes the engine's worker crash as it is
// given the text (an uncaught error, as an engine out of memory throws):
// the page must say the engine stopped, keep the text, and offer Retry,
// which starts a new worker and analyzes the text.
//
// The crash is a listener put before the worker's own, in a copy of the
// site: while the file web/e2e-crash.txt exists it swallows the request
// and throws, the way a worker dies. It asks the server each time (a
// synchronous request with a fresh query): the worker script itself is
// cached by the service worker, so a test that rewrote it would not be
// heard.
func TestWorkerCrashOffersRetry(t *testing.T) {
	live := copySite(t)
	script := filepath.Join(live, "web", "worker.js")
	sound, err := os.ReadFile(script)
	if err != nil {
		t.Fatal(err)
	}
	const strict = "\"use strict\";\n"
	if !strings.Contains(string(sound), strict) {
		t.Fatalf("%s has no %q to put the crash after", script, strict)
	}
	const crash = `self.addEventListener("message", (event) => {
  if (!event.data || event.data.type !== "analyze") return;
  const armed = new XMLHttpRequest();
  armed.open("GET", "/web/e2e-crash.txt?" + Date.now() + Math.random(), false);
  armed.send();
  if (armed.status === 200) {
    event.stopImmediatePropagation();
    throw new Error("e2e: the worker crashed");
  }
});
`
	writeSiteFile(t, script, strings.Replace(string(sound), strict, strict+crash, 1))
	switchFile := filepath.Join(live, "web", "e2e-crash.txt")
	writeSiteFile(t, switchFile, "crash\n")
	tb := newTabOn(t, serveSite(t, live))
	tb.watch.expect(func(line string) bool {
		return strings.Contains(line, "e2e: the worker crashed") || strings.Contains(line, "e2e-crash.txt")
	})

	tb.open("/")
	tb.waitEngineReady()
	tb.paste(faultText)
	tb.click("#analyze-button")
	tb.waitUntil("the page to say the engine stopped, with Retry", analyzeTimeout, `(() => {
	  const e = document.getElementById('error');
	  if (!e || !document.getElementById('retry-button')) return '';
	  return /engine stopped: .*e2e: the worker crashed\..*Your text is kept/.test(e.textContent) ? 'ok' : '';
	})()`)
	checkTextKept(t, tb, faultText)

	if err := os.Remove(switchFile); err != nil {
		t.Fatal(err)
	}
	retry(t, tb)
}

// retry presses Retry and waits for the kept text's analysis.
func retry(t *testing.T, tb *tab) {
	t.Helper()
	tb.click("#retry-button")
	tb.waitUntil("the text's analysis after Retry", engineTimeout+analyzeTimeout, `(() => {
	  const e = document.getElementById('error');
	  if (e && e.textContent.trim() !== '' && !document.getElementById('retry-button')) return 'failed again: ' + e.textContent.trim();
	  const p = document.getElementById('progress');
	  if (!p || p.getAttribute('data-state') !== 'done') return '';
	  const h = document.querySelector('#article-view .headline');
	  return h && h.textContent.includes('Harbour ferry returns') ? 'ok' : '';
	})()`)
	if n := tb.count("#retry-button"); n != 0 {
		t.Errorf("Retry is still offered after the analysis succeeded")
	}
	if got := tb.textOf("#error"); got != "" {
		t.Errorf("#error still says %q after the analysis succeeded", got)
	}
}

// checkTextKept checks the reader's text is still in the box and in the
// kept draft after a failure.
func checkTextKept(t *testing.T, tb *tab, text string) {
	t.Helper()
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != text {
		t.Errorf("after the failure the box holds %q, want the pasted text", truncate(got, 80))
	}
	if got := evalJS[string](tb, `localStorage.getItem('nutgraf.draft') || ''`); got != text {
		t.Errorf("after the failure the kept draft is %q, want the pasted text", truncate(got, 80))
	}
}

// hideFiles moves files of a site copy away, so the server answers 404 for
// them, and returns a function that puts them back.
func hideFiles(t *testing.T, paths ...string) (restore func()) {
	t.Helper()
	var moved []string
	for _, p := range paths {
		if err := os.Rename(p, p+".hidden"); err == nil {
			moved = append(moved, p)
		} else if !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
	if len(moved) == 0 {
		t.Fatalf("none of %v exists to hide", paths)
	}
	return func() {
		t.Helper()
		for _, p := range moved {
			if err := os.Rename(p+".hidden", p); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// writeSiteFile replaces a file of a site copy, and drops its compressed
// siblings, which the server would serve in its place.
func writeSiteFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".br", ".gz"} {
		if err := os.Remove(path + ext); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
	}
}
