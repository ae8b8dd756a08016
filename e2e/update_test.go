package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// updateTimeout bounds how long a reloaded page may take to offer an
// update: the browser checks app-worker.js a moment after the page loads,
// then the new service worker caches the whole new version first.
const updateTimeout = cacheTimeout

// TestUpdateOffered deploys a new version under a reader who has the site
// cached: the reloaded page still comes from the cache (that is what makes
// it work offline), but it must offer the update rather than keep the old
// code silently, and its Update button must bring up the new version.
//
// The new version is a real build (cmd/ui over a copy of web/ with one
// stylesheet rule added), so its version comes from content as a deploy's
// does.
func TestUpdateOffered(t *testing.T) {
	const rule = "\n.e2e-next-version { color: inherit; }\n"
	next, nextVersion := buildNextVersion(t, func(web string) {
		f, err := os.OpenFile(filepath.Join(web, "app.css"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.WriteString(rule); err != nil {
			t.Fatal(err)
		}
	})
	live := copySite(t)
	first := readWorker(t, live)
	if nextVersion == first.version {
		t.Fatalf("the new build has the old version %s: a changed stylesheet must change the version", nextVersion)
	}

	srv := serveSite(t, live)
	tb := newTabOn(t, srv)
	tb.open("/")
	tb.waitEngineReady()
	tb.waitCached(first)

	// The deploy: the server's directory now holds the next version.
	old := live + ".old"
	if err := os.Rename(live, old); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(next, live); err != nil {
		t.Fatal(err)
	}

	tb.reload()
	tb.waitLive()
	if v := tb.pageVersion(); v != first.version {
		t.Fatalf("the reloaded page runs version %s, want the cached %s (is the page served from the service worker's cache?)", v, first.version)
	}
	tb.waitUntil("the page to offer the update (.update-notice shown)", updateTimeout, `(() => {
	  const n = document.querySelector('.update-notice');
	  return n && n.checkVisibility() ? 'ok' : '';
	})()`)
	button := ".update-notice button"
	if label := strings.TrimSpace(tb.textOf(button)); label != "Update" {
		t.Errorf("the update notice's button reads %q, want \"Update\"", label)
	}

	tb.click(button)
	tb.waitUntil("the page to run the new version "+nextVersion, stepTimeout, `(() => {
	  if (document.getElementById('app-wasm-loader')) return '';
	  return typeof goappGetenv === 'function' && goappGetenv('GOAPP_VERSION') === `+jsString(nextVersion)+` ? 'ok' : '';
	})()`)
	if tb.updateOffered() {
		t.Error("the new version still offers an update")
	}
	// The new version's own files, from its cache.
	css := evalJS[string](tb, `fetch('/web/app.css').then((r) => r.text())`)
	if !strings.Contains(css, rule) {
		t.Error("after the update the page gets the old /web/app.css")
	}
	tb.waitEngineReady()
}
