package e2e

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The tests in this file embed Nutgraf in another site (hostSite): a page
// at another origin loads /embed.js, mounts the widget and asks for
// analyses, as a site owner's page would. See docs/embed.md.

// hostMessage is one protocol message the host page got (see hostJS).
type hostMessage struct {
	From   string   `json:"from"`
	Origin string   `json:"origin"`
	Type   string   `json:"type"`
	ID     any      `json:"id"`
	Code   *string  `json:"code"`
	Height *float64 `json:"height"`
	Mode   *string  `json:"mode"`
}

// hostResult is what a promise gave the host page (see hostJS).
type hostResult struct {
	State    string   `json:"state"`
	Schema   string   `json:"schema"`
	Entities []string `json:"entities"`
	Quotes   int      `json:"quotes"`
	IsError  bool     `json:"isError"`
	Code     string   `json:"code"`
	Message  string   `json:"message"`
}

// openURL loads any URL into the tab and waits for its load event.
func (tb *tab) openURL(u string) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, chromedp.Navigate(u)); err != nil {
		tb.t.Fatalf("loading %s: %v", u, err)
	}
}

// hostMessages returns the protocol messages the host page got.
func (tb *tab) hostMessages() []hostMessage {
	tb.t.Helper()
	var ms []hostMessage
	raw := evalJS[string](tb, `JSON.stringify(window.__host.messages)`)
	if err := json.Unmarshal([]byte(raw), &ms); err != nil {
		tb.t.Fatalf("the host's messages: %v: %s", err, raw)
	}
	return ms
}

// waitSettled waits for the host's promise key to settle and returns what
// it gave.
func (tb *tab) waitSettled(key string) hostResult {
	tb.t.Helper()
	tb.waitUntil("the host's promise "+key+" to settle", engineTimeout+analyzeTimeout, fmt.Sprintf(`(() => {
	  const r = window.__host.results[%s];
	  if (!r) return 'the host never asked for ' + %[1]s;
	  return r.state === 'pending' ? '' : 'ok';
	})()`, jsString(key)))
	var r hostResult
	raw := evalJS[string](tb, fmt.Sprintf(`JSON.stringify(window.__host.results[%s])`, jsString(key)))
	if err := json.Unmarshal([]byte(raw), &r); err != nil {
		tb.t.Fatalf("the host's result %s: %v: %s", key, err, raw)
	}
	return r
}

// waitFrameReady waits until the frame of path said "ready" to the host.
func (tb *tab) waitFrameReady(nutgraf, path string) {
	tb.t.Helper()
	tb.waitUntil("the frame "+path+" to say ready", engineTimeout, fmt.Sprintf(`(() => {
	  const from = %s;
	  return window.__host.messages.some((m) => m.from === from && m.type === 'ready') ? 'ok' : '';
	})()`, jsString(nutgraf+path)))
}

// servedSample is the sample article as the site serves it.
func servedSample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dist, "web", "samples", "tass-putin-nato.txt"))
	if err != nil {
		t.Fatalf("the site's sample: %v", err)
	}
	return string(b)
}

// checkAnalysis checks what a promise gave: an Analysis of the sample.
func checkAnalysis(t *testing.T, what string, r hostResult) {
	t.Helper()
	if r.State != "resolved" {
		t.Fatalf("%s: the promise was %s (%s: %s), want resolved with the Analysis", what, r.State, r.Code, r.Message)
	}
	if r.Schema != schema.Version {
		t.Errorf("%s: the Analysis has schema %q, want %q", what, r.Schema, schema.Version)
	}
	if !slices.Contains(r.Entities, putinName) {
		t.Errorf("%s: the Analysis's entities %q lack %s", what, r.Entities, putinName)
	}
	if r.Quotes < putinQuotes {
		t.Errorf("%s: the Analysis has %d quotes, want at least %d", what, r.Quotes, putinQuotes)
	}
}

// checkNothingSent holds every request since the tab opened, as the
// browser and Nutgraf's server saw them, to what embedding may do: fetch
// (GET or HEAD, no body) from the host's site or Nutgraf's, with no piece
// of text in the URL or a header. The text goes from the host page to
// Nutgraf's frame by postMessage, and nowhere else.
func checkNothingSent(t *testing.T, tb *tab, fromLog int, text string, origins ...string) {
	t.Helper()
	tb.watch.flush(tb.ctx)
	all, sent := tb.watch.requestsSince(0)
	if len(all) == 0 {
		t.Fatal("the browser reported no requests at all: the network watch is broken")
	}
	leak := newLeakFinder(text)
	for _, r := range all {
		what := fmt.Sprintf("%s %s (from the %s)", r.method, truncate(r.url, 120), r.from)
		if r.method != "GET" && r.method != "HEAD" {
			t.Errorf("%s: a %s request; embedding must only fetch", what, r.method)
		}
		if !slices.ContainsFunc(origins, func(o string) bool { return sameOrigin(r.url, o) }) {
			t.Errorf("%s: a request outside %q", what, origins)
		}
		if r.hasBody || len(r.body) > 0 {
			t.Errorf("%s: a request with a body", what)
		}
		if s, ok := leak.in(r.url); ok {
			t.Errorf("%s: the URL carries the text (%q)", what, s)
		}
		for k, v := range r.headers {
			if s, ok := leak.in(k + ": " + fmt.Sprint(v)); ok {
				t.Errorf("%s: the header %s carries the text (%q)", what, k, s)
			}
		}
	}
	for _, h := range sent {
		for k, v := range h.headers {
			if s, ok := leak.in(k + ": " + fmt.Sprint(v)); ok {
				t.Errorf("a request from the %s went out with the header %s carrying the text (%q)", h.from, k, s)
			}
		}
	}
	for _, r := range tb.site.requestsSince(fromLog) {
		if r.method != "GET" && r.method != "HEAD" {
			t.Errorf("Nutgraf's server got %s %s", r.method, r.path)
		}
		if s, ok := leak.in(r.path); ok {
			t.Errorf("Nutgraf's server got %s %s, which carries the text (%q)", r.method, r.path, s)
		}
	}
}

// TestEmbedWidget mounts the widget on another origin with the one tag,
// and drives it through its handle: the frame comes where the tag is,
// loads Nutgraf's compact page, says it is ready, and follows its
// content's height; widget.analyze(sample) shows the analysis in the
// widget and resolves with it in the host page.
func TestEmbedWidget(t *testing.T) {
	host := startHost(t, needSite(t).origin)
	tb := newTab(t)
	sample := servedSample(t)
	fromLog := tb.site.mark()
	tb.openURL(host.url + "/")
	tb.waitFrameReady(tb.site.origin, "/embed")

	// The tag mounted one widget, right after itself, of Nutgraf's /embed.
	where := evalJS[string](tb, `(() => {
	  const f = document.querySelector('script[data-nutgraf] + iframe');
	  if (!f) return 'no iframe after the tag';
	  if (Nutgraf.mounted.length !== 1) return Nutgraf.mounted.length + ' widgets mounted';
	  if (Nutgraf.mounted[0].iframe !== f) return 'the handle is not the frame after the tag';
	  if (f.nextElementSibling !== document.getElementById('after')) return 'the frame is not before #after';
	  return f.src;
	})()`)
	if where != tb.site.origin+"/embed" {
		t.Fatalf("the widget: %s, want a frame of %s/embed after the tag", where, tb.site.origin)
	}

	// The request waits in the frame until the widget's UI runs.
	evalJS[bool](tb, `window.__host.settle('widget', Nutgraf.mounted[0].analyze(`+jsString(sample)+`)), true`)
	checkAnalysis(t, "widget.analyze(sample)", tb.waitSettled("widget"))

	// The widget shows what it analyzed: the text in its box, the
	// headline and Putin in its summary. (The frame is on another origin
	// than the host page, but in the same site, so the browser runs it in
	// the same process and the DevTools reach into it.)
	frames, err := chromedp.Run(tb.ctx, chromedp.Nodes(chromedp.CSS(`iframe[src="`+tb.site.origin+`/embed"]`)))
	if err != nil || len(frames) != 1 {
		t.Fatalf("finding the widget's frame: %v (%d found)", err, len(frames))
	}
	in := chromedp.FromNode(frames[0])
	headline, err := chromedp.Run(tb.ctx, chromedp.TextContent(chromedp.CSS("#embed-headline"), in))
	if err != nil {
		t.Fatalf("reading the widget's headline: %v", err)
	}
	if strings.TrimSpace(headline) != sampleHeadline {
		t.Errorf("the widget's headline is %q, want %q", headline, sampleHeadline)
	}
	names, err := chromedp.Run(tb.ctx, chromedp.TextContent(chromedp.CSS("#embed-entities"), in))
	if err != nil {
		t.Fatalf("reading the widget's entities: %v", err)
	}
	if !strings.Contains(names, putinName) {
		t.Errorf("the widget's entity list (%q) lacks %s", truncate(normalizeSpace(names), 200), putinName)
	}
	box, err := chromedp.Run(tb.ctx, chromedp.Value(chromedp.CSS("#article-input"), in))
	if err != nil {
		t.Fatalf("reading the widget's paste box: %v", err)
	}
	if box != sample {
		t.Errorf("the widget's paste box holds %d characters (%q…), want the %d analyzed", len(box), truncate(box, 60), len(sample))
	}

	// The frame is as tall as the widget says its content is, now that
	// it shows the results.
	tb.waitUntil("the frame's height to follow the widget's content", stepTimeout, `(() => {
	  const from = `+jsString(tb.site.origin+"/embed")+`;
	  const sizes = window.__host.messages.filter((m) => m.from === from && m.type === 'resize');
	  if (!sizes.length) return '';
	  const want = Math.round(Math.min(4000, Math.max(120, sizes[sizes.length - 1].height)));
	  const got = Nutgraf.mounted[0].iframe.getBoundingClientRect().height;
	  return Math.abs(got - want) < 1 && got > 600 ? 'ok' : '';
	})()`)

	for _, m := range tb.hostMessages() {
		if m.Origin != tb.site.origin {
			t.Errorf("the host got a %s message from the origin %s, want only %s", m.Type, m.Origin, tb.site.origin)
		}
	}
	checkNothingSent(t, tb, fromLog, sample, host.url, tb.site.origin)
}

// apiID matches the ids embed.js gives Nutgraf.analyze's requests.
var apiID = regexp.MustCompile(`^n[0-9]+$`)

// TestEmbedAnalyzeAPI calls Nutgraf.analyze from another origin, with no
// widget: the hidden engine frame answers with the Analysis; a text that
// is not a string, one too large, an empty one and a timeout reject with
// an Error and a code. Messages of the host's own making test the frame's
// checks: each malformed request with an id gets an error, and those
// with no usable id get nothing.
func TestEmbedAnalyzeAPI(t *testing.T) {
	host := startHost(t, needSite(t).origin)
	tb := newTab(t)
	sample := servedSample(t)
	fromLog := tb.site.mark()
	tb.openURL(host.url + "/api.html")
	if n := evalJS[int](tb, `document.querySelectorAll('iframe').length`); n != 1 {
		t.Fatalf("the page has %d frames before Nutgraf.analyze, want only its own: the engine frame is made on first use", n)
	}

	evalJS[bool](tb, `window.__host.analyze('sample', `+jsString(sample)+`), true`)
	checkAnalysis(t, "Nutgraf.analyze(sample)", tb.waitSettled("sample"))
	api := evalJS[string](tb, `(() => {
	  const fs = [...document.querySelectorAll('iframe')].filter((f) => f.id !== 'intruder');
	  return fs.length === 1 && fs[0].hidden ? fs[0].src : fs.length + ' frames';
	})()`)
	if api != tb.site.origin+"/embed/api" {
		t.Errorf("the engine frame: %s, want one hidden frame of %s/embed/api", api, tb.site.origin)
	}
	checkNothingSent(t, tb, fromLog, sample, host.url, tb.site.origin)

	// Errors reject, with an Error and a code.
	evalJS[bool](tb, `(() => {
	  const h = window.__host;
	  h.analyze('number', 42);
	  h.analyze('undefined', undefined);
	  h.analyze('too large', 'x'.repeat(5 * 1024 * 1024 + 1));
	  h.analyze('empty', '');
	  h.analyze('timeout', 'A text that takes longer than a millisecond.', {timeout: 1});
	  h.analyze('bad options', 'text', {timeout: 'soon'});
	  return true;
	})()`)
	for key, code := range map[string]string{
		"number":      "bad_request",
		"undefined":   "bad_request",
		"too large":   "too_large",
		"empty":       "empty", // the engine's own answer, through the frame
		"timeout":     "timeout",
		"bad options": "bad_request",
	} {
		r := tb.waitSettled(key)
		if r.State != "rejected" || !r.IsError || r.Code != code {
			t.Errorf("Nutgraf.analyze (%s): %s, an Error: %v, code %q (%s); want rejected with an Error, code %q", key, r.State, r.IsError, r.Code, r.Message, code)
		}
	}

	// The frame's own checks, with messages the host makes itself.
	before := len(tb.hostMessages())
	evalJS[bool](tb, `(() => {
	  const h = window.__host;
	  h.post('not an object');
	  h.post({nutgraf: 1, type: 'analyze', text: 'no id'});
	  h.post({nutgraf: 1, id: {}, type: 'analyze', text: 'an object for an id'});
	  h.post({nutgraf: 1, id: 'x'.repeat(65), type: 'analyze', text: 'an id too long'});
	  h.post({nutgraf: 1, id: 'raw-text', type: 'analyze', text: 42});
	  h.post({nutgraf: 1, id: 'raw-field', type: 'analyze', text: 'text', options: {}});
	  h.post({nutgraf: 1, id: 'raw-type', type: 'summarize', text: 'text'});
	  h.post({nutgraf: 2, id: 'raw-version', type: 'analyze', text: 'text'});
	  h.post({nutgraf: 1, id: 'raw-large', type: 'analyze', text: '\u00e9'.repeat(3 * 1024 * 1024)});
	  h.post({nutgraf: 1, id: 7, type: 'analyze', text: 'Putin spoke in St. Petersburg on Friday.'});
	  return true;
	})()`)
	tb.waitUntil("the answer to the last message", analyzeTimeout, `(() => {
	  const ms = window.__host.messages.slice(`+fmt.Sprint(before)+`);
	  return ms.some((m) => m.id === 7 && (m.type === 'result' || m.type === 'error')) ? 'ok' : '';
	})()`)
	want := map[string]string{ // id: the error code
		"raw-text":    "bad_request",
		"raw-field":   "bad_request",
		"raw-type":    "bad_request",
		"raw-version": "unsupported_version",
		"raw-large":   "too_large",
	}
	got := map[string]string{}
	for _, m := range tb.hostMessages()[before:] {
		id := fmt.Sprint(m.ID)
		if apiID.MatchString(id) {
			// A late answer to a request of Nutgraf.analyze's above: the
			// one that timed out on the host is still answered by the
			// frame, which does not know of the host's timeout.
			continue
		}
		switch {
		case m.Type == "progress":
		case m.Type == "result" && id == "7":
			got[id] = "result"
		case m.Type == "error" && m.Code != nil:
			got[id] = *m.Code
		default:
			got[id] = m.Type
		}
	}
	want["7"] = "result"
	for id, w := range want {
		if got[id] != w {
			t.Errorf("message %s: answered %q, want %q", id, got[id], w)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("message %s was answered (%q); a message without a usable id must not be", id, got[id])
		}
	}
}

// TestEmbedIgnoresOtherWindows has a window other than the host page ask
// the engine frame for an analysis: a frame of the host's own origin,
// which can reach the engine frame through the host page. The engine
// frame answers only the window that framed it, so neither the other
// window nor the host page may get an answer to it. The host's own
// request, sent just after, is answered (the frame answers in order, so
// the other window's answer, had there been one, would have come first).
func TestEmbedIgnoresOtherWindows(t *testing.T) {
	host := startHost(t, needSite(t).origin)
	tb := newTab(t)
	tb.openURL(host.url + "/api.html")
	evalJS[bool](tb, `window.__host.analyze('first', 'Putin spoke on Friday.'), true`)
	tb.waitFrameReady(tb.site.origin, "/embed/api")
	if r := tb.waitSettled("first"); r.State != "resolved" {
		t.Fatalf("the host's first request: %s (%s: %s)", r.State, r.Code, r.Message)
	}

	text := "Officials said on Monday that the talks would go on."
	evalJS[bool](tb, `(() => {
	  document.getElementById('intruder').contentWindow.__intruder.ask('intruder-1', `+jsString(text)+`);
	  window.__host.analyze('after', `+jsString(text)+`);
	  return true;
	})()`)
	if r := tb.waitSettled("after"); r.State != "resolved" {
		t.Fatalf("the host's request after the other window's: %s (%s: %s)", r.State, r.Code, r.Message)
	}
	for _, m := range tb.hostMessages() {
		if fmt.Sprint(m.ID) == "intruder-1" {
			t.Errorf("the host page got a %s for the other window's request", m.Type)
		}
	}
	got := evalJS[string](tb, `JSON.stringify(document.getElementById('intruder').contentWindow.__intruder.received)`)
	if got != "[]" {
		t.Errorf("the other window got messages: %s", truncate(got, 300))
	}
}

// TestEmbedFramingPolicy frames Nutgraf's pages from another origin:
// the analyzer (/) and the guide (/embedding) are refused (their
// frame-ancestors is 'none'), the engine frame (/embed/api) loads.
func TestEmbedFramingPolicy(t *testing.T) {
	host := startHost(t, needSite(t).origin)
	tb := newTab(t)
	refused := []string{tb.site.origin + "/", tb.site.origin + "/embedding"}
	exp := tb.watch.expect(func(line string) bool {
		return strings.Contains(line, "violates the following Content Security Policy directive: \"frame-ancestors 'none'\"")
	})
	tb.openURL(host.url + "/frames.html")
	tb.waitFrameReady(tb.site.origin, "/embed/api")

	tree, err := chromedp.Call(tb.ctx, page.GetFrameTree, cdp.Empty{})
	if err != nil {
		t.Fatalf("the frame tree: %v", err)
	}
	frames := map[string]*cdp.Frame{} // by the URL asked for
	for _, c := range tree.FrameTree.ChildFrames {
		f := c.Frame
		asked := f.URL
		if f.UnreachableURL != "" {
			asked = f.UnreachableURL
		}
		frames[asked] = f
	}
	for _, u := range refused {
		f := frames[u]
		switch {
		case f == nil:
			t.Errorf("no frame for %s: %v", u, frameURLs(tree.FrameTree))
		case f.UnreachableURL == "" || f.URL == u:
			t.Errorf("framing %s from another origin was allowed (the frame holds %s)", u, f.URL)
		}
	}
	if f := frames[tb.site.origin+"/embed/api"]; f == nil || f.UnreachableURL != "" {
		t.Errorf("the engine frame did not load: %v", frameURLs(tree.FrameTree))
	}
	tb.watch.flush(tb.ctx)
	if n := len(tb.watch.seenLines(exp)); n != len(refused) {
		t.Errorf("the browser reported %d refusals to frame, want %d (one for each of %q)", n, len(refused), refused)
	}
}

func frameURLs(tree *page.FrameTree) []string {
	var out []string
	for _, c := range tree.ChildFrames {
		out = append(out, c.Frame.URL+" (asked: "+c.Frame.UnreachableURL+")")
	}
	return out
}

// TestEmbedHeaders checks the headers of the embedding's files as the
// real server sends them from the built site: only /embed and its engine
// frame may be framed by other sites; the script is JavaScript.
func TestEmbedHeaders(t *testing.T) {
	srv := needSite(t)
	tests := []struct {
		path, ancestors, ctype, holds string
	}{
		{"/embed", "frame-ancestors *", "text/html; charset=utf-8", `data-nutgraf-frame="widget"`},
		{"/embed/api", "frame-ancestors *", "text/html; charset=utf-8", `data-nutgraf-frame="api"`},
		{"/embed.js", "frame-ancestors 'none'", "text/javascript; charset=utf-8", "Nutgraf.mount"},
		{"/web/embedframe.js", "frame-ancestors 'none'", "text/javascript; charset=utf-8", "NutgrafEmbedFrame"},
		{"/embedding", "frame-ancestors 'none'", "text/html; charset=utf-8", "/embed.js"},
		{"/", "frame-ancestors 'none'", "text/html; charset=utf-8", "article-input"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.url + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			body := new(strings.Builder)
			_, err = io.Copy(body, resp.Body)
			resp.Body.Close()
			if err != nil || resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: %s, %v", tt.path, resp.Status, err)
			}
			if csp := resp.Header.Get("Content-Security-Policy"); !strings.HasSuffix(csp, tt.ancestors) {
				t.Errorf("Content-Security-Policy %q, want it to end in %q", csp, tt.ancestors)
			}
			if got := resp.Header.Get("Content-Type"); got != tt.ctype {
				t.Errorf("Content-Type %q, want %q", got, tt.ctype)
			}
			if !strings.Contains(body.String(), tt.holds) {
				t.Errorf("the body lacks %q", tt.holds)
			}
		})
	}
}
