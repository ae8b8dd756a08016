package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// TestWorksOffline is DESIGN.md's "works offline once loaded": after one
// visit, with the network off, a reload still brings up the page, the
// engine (fetched by its Web Worker, which the service worker must answer
// too) and the sample, and the sample is analyzed as online. Chromium's
// offline emulation does not stop every request (with engine.wasm left out
// of the cache, the engine's request still reached the server), so the
// site has a server of its own here, and the test fails if it gets a
// single request while the browser is offline: everything must come from
// the service worker's cache.
func TestWorksOffline(t *testing.T) {
	dir := needDist(t)
	srv := serveSite(t, dir)
	sw := readWorker(t, dir)
	tb := newTabOn(t, srv)
	tb.open("/")
	tb.waitEngineReady()
	tb.waitCached(sw)
	if tb.updateOffered() {
		t.Error("the first visit offers an update")
	}

	tb.goOffline()
	offlineFrom := srv.mark()
	tb.reload()
	if evalJS[bool](tb, `navigator.onLine`) {
		t.Fatal("navigator.onLine is still true: the test is not offline")
	}
	if !tb.controlled() {
		t.Error("offline, the reloaded page has no service worker")
	}
	tb.waitEngineReady()
	tb.loadSample()
	tb.analyze()
	checkEntityList(t, tb)

	// The worker reads the engine's size from X-Wasm-Content-Length to
	// show its download's progress; from the cache the header must still
	// be there and still be the size of the body (the cache holds it
	// decompressed, while Content-Length is the compressed size sent).
	info, err := os.Stat(filepath.Join(dir, "web", "engine.wasm"))
	if err != nil {
		t.Fatal(err)
	}
	got := evalJS[string](tb, `(async () => {
	  const res = await fetch('/web/engine.wasm');
	  const body = await res.arrayBuffer();
	  return res.headers.get('X-Wasm-Content-Length') + ' ' + body.byteLength;
	})()`)
	if size := strconv.FormatInt(info.Size(), 10); got != size+" "+size {
		t.Errorf("offline, /web/engine.wasm comes with X-Wasm-Content-Length and a body of %q bytes, want %s for both", got, size)
	}

	if tb.updateOffered() {
		t.Error("offline, with no new version, the page offers an update")
	}
	for _, r := range srv.requestsSince(offlineFrom) {
		t.Errorf("the server got %s %s while the browser was offline", r.method, r.path)
	}
}
