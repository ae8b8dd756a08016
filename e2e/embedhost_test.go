package e2e

import (
	"html"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// hostSite is another web site, on another loopback port and so at
// another origin, that embeds Nutgraf as a site owner would: its pages
// load NUTGRAF/embed.js. Its own script (hostJS) records every message of
// Nutgraf's protocol the page gets and what the API's promises give. It
// sends no Content-Security-Policy: what is refused is refused by
// Nutgraf's own headers.
type hostSite struct {
	url string // "http://127.0.0.1:PORT"
}

// startHost serves the host's pages for a Nutgraf site at nutgraf until
// the test ends. Start it before the browser (newTab), so that it stops
// after the browser has.
func startHost(t *testing.T, nutgraf string) *hostSite {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatalf("the host site's listener: %v", err)
	}
	files := hostFiles(nutgraf)
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			f, ok := files[r.URL.Path]
			if !ok {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", f.ctype)
			w.Header().Set("Cache-Control", "no-store")
			w.Write([]byte(f.body))
		}),
		ReadHeaderTimeout: 5 * time.Second,
	}
	go srv.Serve(ln)
	// Closed, not shut down gracefully: a browser keeps spare connections
	// open, which Shutdown would wait for.
	t.Cleanup(func() { srv.Close() })
	return &hostSite{url: "http://" + ln.Addr().String()}
}

type hostFile struct{ ctype, body string }

// hostFiles are the host's pages for a Nutgraf site at nutgraf:
//
//	/             a page with the one-tag widget, between two paragraphs
//	/api.html     a page that only loads embed.js, for Nutgraf.analyze, with
//	              an unrelated frame of the host's own (/intruder.html)
//	/frames.html  a page that frames Nutgraf's pages directly
func hostFiles(nutgraf string) map[string]hostFile {
	embed := html.EscapeString(nutgraf + "/embed.js")
	page := func(title, body string) hostFile {
		return hostFile{"text/html; charset=utf-8", `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>` + title + `</title>
<link rel="icon" href="data:,">
<script src="/host.js"></script>
</head><body>
<h1>` + title + `</h1>
` + body + `
</body></html>
`}
	}
	frame := func(path string) string {
		return `<iframe src="` + html.EscapeString(nutgraf+path) + `" title="` + path + `"></iframe>`
	}
	return map[string]hostFile{
		"/": page("A host site with the widget", `<p id="before">Our article, and what Nutgraf makes of it:</p>
<script src="`+embed+`" data-nutgraf></script>
<p id="after">The end of our page.</p>`),
		"/api.html": page("A host site with its own UI", `<script src="`+embed+`"></script>
<iframe id="intruder" src="/intruder.html" title="Another part of the host"></iframe>`),
		"/frames.html": page("A host site framing Nutgraf's pages", strings.Join([]string{
			frame("/"), frame("/embedding"), frame("/embed/api"),
		}, "\n")),
		"/intruder.html": {"text/html; charset=utf-8", `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Intruder</title>
<link rel="icon" href="data:,">
<script src="/intruder.js"></script>
</head><body>Another window of the host's origin.</body></html>
`},
		"/host.js":     {"text/javascript; charset=utf-8", hostJS},
		"/intruder.js": {"text/javascript; charset=utf-8", intruderJS},
	}
}

// hostJS records, in window.__host:
//
//	messages  every message of the protocol (with a nutgraf field) this
//	          window got: which frame sent it (its src), the origin, the
//	          type, id, code, height and mode
//	results   what each promise given to settle(key, promise) gave:
//	          resolved (the schema, the entities' names, the quotes'
//	          count) or rejected (whether an Error, its code and message)
const hostJS = `"use strict";
(() => {
  const host = { messages: [], results: {} };
  window.__host = host;
  const frameOf = (source) => {
    for (const f of document.querySelectorAll("iframe")) {
      if (f.contentWindow === source) return f.src;
    }
    return "(another window)";
  };
  window.addEventListener("message", (event) => {
    const d = event.data;
    if (!d || typeof d !== "object" || !("nutgraf" in d)) return;
    host.messages.push({
      from: frameOf(event.source), origin: event.origin, nutgraf: d.nutgraf, type: d.type,
      id: d.id === undefined ? null : d.id, code: d.code === undefined ? null : d.code,
      height: d.height === undefined ? null : d.height, mode: d.mode === undefined ? null : d.mode,
    });
  });
  host.settle = (key, promise) => {
    host.results[key] = { state: "pending" };
    promise.then(
      (a) => {
        host.results[key] = {
          state: "resolved",
          schema: a && a.schema,
          entities: a && Array.isArray(a.entities) ? a.entities.map((e) => e.name) : null,
          quotes: a && Array.isArray(a.quotes) ? a.quotes.length : null,
        };
      },
      (err) => {
        host.results[key] = {
          state: "rejected", isError: err instanceof Error,
          code: err && err.code, message: String(err && err.message),
        };
      });
  };
  // analyze settles Nutgraf.analyze's promise under key; a call that
  // throws rather than rejecting is recorded as such.
  host.analyze = (key, text, options) => {
    let promise;
    try {
      promise = Nutgraf.analyze(text, options);
    } catch (err) {
      host.results[key] = { state: "threw", message: String(err) };
      return;
    }
    host.settle(key, promise);
  };
  // post sends a message of our own making straight to Nutgraf's engine
  // frame, as a host that speaks the protocol itself would.
  host.post = (message) => {
    const f = document.querySelector('iframe[src="' + Nutgraf.origin + '/embed/api"]');
    f.contentWindow.postMessage(message, Nutgraf.origin);
  };
})();
`

// intruderJS runs in a frame of the host's own origin that is not the page
// that framed Nutgraf: it reaches the engine frame through its parent (the
// same origin lets it) and asks it for an analysis, recording whatever
// comes back to it. The engine frame must answer neither it nor its
// parent.
const intruderJS = `"use strict";
window.__intruder = { received: [] };
window.addEventListener("message", (event) => {
  window.__intruder.received.push(event.data);
});
window.__intruder.ask = (id, text) => {
  const f = parent.document.querySelector('iframe[src="' + parent.Nutgraf.origin + '/embed/api"]');
  f.contentWindow.postMessage({ nutgraf: 1, id, type: "analyze", text }, "*");
};
`
