package e2e

import (
	"fmt"
	"net/url"
	"strings"
	"testing"
	"time"
)

// canary is a string that appears nowhere but in the pasted article.
const canary = "Zqxcanary8842"

// TestArticleTextNeverSent pastes an article carrying a canary, analyzes
// it, and checks every request the page and its workers made, as the
// browser reported them: none carries the canary or any 20 characters of
// the article in its URL, headers or body; all go to the site's own origin
// (or are data:/blob:); none is anything but a GET or a HEAD. The
// server's log is a second witness: every request it got after the paste
// must be one the browser reported (so the watch did see the worker's
// requests), and must be a GET or HEAD without the canary.
//
// Workers are watched from their first instruction (see watch.attach), so
// the worker that receives the text is covered.
func TestArticleTextNeverSent(t *testing.T) {
	article := readArticle(t, "news-asylum.txt")
	// A paragraph of our own after the first, so the canary is in a body
	// paragraph and in a quote.
	parts := strings.SplitN(article, "\n\n", 3)
	if len(parts) < 3 {
		t.Fatalf("news-asylum.txt has fewer than three paragraphs")
	}
	text := parts[0] + "\n\n" + parts[1] + "\n\n\"We will not change course,\" " + canary +
		" said the minister on Tuesday, according to officials.\n\n" + parts[2]

	tb := newTab(t)
	fromStart := tb.site.mark()
	tb.open("/")
	tb.waitEngineReady()
	workers := tb.watch.workersReady(tb.ctx)
	for _, wk := range workers {
		t.Logf("watching the %s %s", wk.kind, wk.url)
	}

	fromReq, fromLog := tb.watch.requestCount(), tb.site.mark()
	tb.paste(text)
	tb.analyze()
	// A request sent after the result (a beacon, say) counts too.
	time.Sleep(time.Second)
	tb.watch.flush(tb.ctx)

	all, sent := tb.watch.requestsSince(0)
	after, _ := tb.watch.requestsSince(fromReq)
	t.Logf("%d requests in all, %d after the paste", len(all), len(after))
	if len(all) == 0 {
		t.Fatal("the browser reported no requests at all: the network watch is broken")
	}

	leak := newLeakFinder(text)
	for _, r := range all {
		what := fmt.Sprintf("%s %s (from the %s)", r.method, truncate(r.url, 120), r.from)
		if r.method != "GET" && r.method != "HEAD" {
			t.Errorf("%s: a %s request; the page must only fetch", what, r.method)
		}
		if !sameOrigin(r.url, tb.site.origin) {
			t.Errorf("%s: a request outside the site's origin %s", what, tb.site.origin)
		}
		if r.hasBody || len(r.body) > 0 {
			t.Errorf("%s: a request with a body (%d bytes)", what, len(r.body))
		}
		if s, ok := leak.in(r.url); ok {
			t.Errorf("%s: the URL carries the article (%q)", what, s)
		}
		if s, ok := leak.in(string(r.body)); ok {
			t.Errorf("%s: the body carries the article (%q)", what, s)
		}
		for k, v := range r.headers {
			if s, ok := leak.in(k + ": " + fmt.Sprint(v)); ok {
				t.Errorf("%s: the header %s carries the article (%q)", what, k, s)
			}
		}
	}
	for _, h := range sent {
		for k, v := range h.headers {
			if s, ok := leak.in(k + ": " + fmt.Sprint(v)); ok {
				t.Errorf("a request from the %s went out with the header %s carrying the article (%q)", h.from, k, s)
			}
		}
	}

	// The server's side.
	for _, r := range tb.site.requestsSince(fromStart) {
		what := fmt.Sprintf("the server got %s %s", r.method, r.path)
		if r.method != "GET" && r.method != "HEAD" {
			t.Errorf("%s: the page must only fetch", what)
		}
		if s, ok := leak.in(r.path); ok {
			t.Errorf("%s: the path carries the article (%q)", what, s)
		}
	}
	checkWatchSawServer(t, tb, all, fromLog)
}

// checkWatchSawServer fails for a request the server answered since its
// log mark fromLog whose path the browser did not report (all are the
// requests it did): then the watch misses a target's requests, and a test
// that found nothing sent would prove nothing. The server logs a request
// when it has answered it, so one the browser reported before the mark
// (a large download still going) may be logged after it. The browser
// itself re-fetches a service worker's script to check for an update: no
// target makes that request, so none reports it, and the worker's own
// URL counts as seen.
func checkWatchSawServer(t *testing.T, tb *tab, all []request, fromLog int) {
	t.Helper()
	seen := map[string]bool{}
	for _, r := range all {
		if u, err := url.Parse(r.url); err == nil && sameOrigin(r.url, tb.site.origin) {
			seen[u.EscapedPath()] = true
		}
	}
	for _, wk := range tb.watch.workersReady(tb.ctx) {
		if u, err := url.Parse(wk.url); err == nil && wk.kind == "service_worker" {
			seen[u.EscapedPath()] = true
		}
	}
	for _, r := range tb.site.requestsSince(fromLog) {
		if !seen[r.path] {
			t.Errorf("the server got %s %s after the paste, a request the browser did not report: the watch misses a target's requests", r.method, r.path)
		}
	}
}

// sameOrigin reports whether raw is on origin, or is a data: or blob: URL
// (which never leave the browser; a blob: URL names its creator's origin).
func sameOrigin(raw, origin string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data":
		return true
	case "blob":
		return sameOrigin(u.Opaque, origin)
	}
	return u.Scheme+"://"+u.Host == origin
}

// leakFinder finds the article, or any 20 characters of it, in a string.
// A string is searched as it is and percent-decoded, since text put in a
// URL would be encoded.
type leakFinder struct {
	windows map[string]bool
}

const leakWindow = 20 // characters

func newLeakFinder(text string) *leakFinder {
	f := &leakFinder{windows: map[string]bool{}}
	runes := []rune(text)
	for i := 0; i+leakWindow <= len(runes); i++ {
		f.windows[string(runes[i:i+leakWindow])] = true
	}
	return f
}

// in returns the first piece of the article found in s.
func (f *leakFinder) in(s string) (string, bool) {
	candidates := []string{s}
	if d, err := url.QueryUnescape(s); err == nil && d != s {
		candidates = append(candidates, d)
	}
	if d, err := url.PathUnescape(s); err == nil && d != s {
		candidates = append(candidates, d)
	}
	for _, c := range candidates {
		if strings.Contains(c, canary) {
			return canary, true
		}
		runes := []rune(c)
		for i := 0; i+leakWindow <= len(runes); i++ {
			if w := string(runes[i : i+leakWindow]); f.windows[w] {
				return w, true
			}
		}
	}
	return "", false
}
