package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// cacheTimeout bounds the service worker's install: it caches the whole
// site (about 15 MB of wasm) before it takes control of the page.
const cacheTimeout = 40 * time.Second

// siteWorker is what a built site's service worker (app-worker.js) says of
// itself: its version and the URL paths it caches at install.
type siteWorker struct {
	version string
	cached  []string
}

var (
	workerVersion = regexp.MustCompile(`const cacheName = "app-" \+ "([^"]+)";`)
	workerCached  = regexp.MustCompile(`const resourcesToCache = (\[[^\]]*\]);`)
)

// readWorker reads the service worker of the site in dir.
func readWorker(t testing.TB, dir string) siteWorker {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(dir, "app-worker.js"))
	if err != nil {
		t.Fatalf("the site's service worker: %v", err)
	}
	v, list := workerVersion.FindSubmatch(src), workerCached.FindSubmatch(src)
	if v == nil || list == nil {
		t.Fatalf("%s/app-worker.js names no cacheName or no resourcesToCache:\n%s", dir, truncate(string(src), 2000))
	}
	sw := siteWorker{version: string(v[1])}
	if err := json.Unmarshal(list[1], &sw.cached); err != nil {
		t.Fatalf("app-worker.js's resourcesToCache: %v", err)
	}
	return sw
}

// waitCached waits until the service worker of version sw is active and
// its cache holds everything it lists: from the next page load on, the
// site needs no network. (The page of a first visit stays uncontrolled;
// see cmd/ui/app-worker.js.)
func (tb *tab) waitCached(sw siteWorker) {
	tb.t.Helper()
	want, _ := json.Marshal(sw.cached)
	tb.waitUntil(fmt.Sprintf("service worker %s to be active with its cache filled", sw.version), cacheTimeout, fmt.Sprintf(`(async () => {
	  const reg = await navigator.serviceWorker.getRegistration();
	  if (!reg || !reg.active || reg.active.state !== 'activated') return '';
	  const name = 'app-' + %s;
	  if (!(await caches.has(name))) return '';
	  const have = new Set((await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname));
	  return %s.every((path) => have.has(path)) ? 'ok' : '';
	})()`, jsString(sw.version), want))
}

// goOffline cuts the tab off the network as DevTools' "Offline" does:
// requests from the page, its workers and its service worker fail, and
// navigator.onLine is false.
func (tb *tab) goOffline() {
	tb.t.Helper()
	offline := true
	if _, err := chromedp.Call(tb.ctx, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
		EmulateOfflineServiceWorker: &offline,
		MatchedNetworkConditions:    []*network.Conditions{{Offline: true, DownloadThroughput: -1, UploadThroughput: -1}},
	}); err != nil {
		tb.t.Fatalf("emulating the network offline: %v", err)
	}
	if _, err := chromedp.Call(tb.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
		Offline: true, DownloadThroughput: -1, UploadThroughput: -1,
	}); err != nil {
		tb.t.Fatalf("setting navigator.onLine: %v", err)
	}
}

// reload reloads the page and waits for its load event.
func (tb *tab) reload() {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Reload()); err != nil {
		tb.t.Fatalf("reloading: %v\npage: %s", err, tb.snapshot())
	}
}

// controlled reports whether a service worker answers the page's requests.
func (tb *tab) controlled() bool {
	tb.t.Helper()
	return evalJS[bool](tb, `navigator.serviceWorker.controller !== null`)
}

// updateOffered reports whether the page offers an update (app.UpdateNotice).
func (tb *tab) updateOffered() bool {
	tb.t.Helper()
	return evalJS[bool](tb, `(() => {
	  const n = document.querySelector('.update-notice');
	  return !!n && n.checkVisibility();
	})()`)
}

// pageVersion is the version of the site the page runs, as go-app's
// app.js (served with the page) has it.
func (tb *tab) pageVersion() string {
	tb.t.Helper()
	return evalJS[string](tb, `goappGetenv('GOAPP_VERSION')`)
}
