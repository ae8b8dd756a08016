package e2e

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// testTimeout bounds each browser test. Loading the ~10 MB engine takes a
// few seconds and an analysis about one; a minute is ample on a slow CI
// runner and still ends a hung test long before go test's own timeout.
const testTimeout = 60 * time.Second

// chromeFlags are the browser's switches, all of them (chromedp adds only
// --remote-debugging-pipe and the first page). None loosens security:
// the tests must see the page exactly as the CSP and the sandboxing of a
// normal browser let a reader see it. --no-sandbox is needed to run as
// root in CI containers; it does not change what the page may do.
var chromeFlags = []chromedp.ExecAllocatorOption{
	chromedp.Flag("headless", true),
	chromedp.Flag("no-sandbox", true),
	chromedp.Flag("disable-gpu", true),
	chromedp.Flag("disable-quic", true),
	chromedp.Flag("no-first-run", true),
	chromedp.Flag("disable-background-networking", true),
	chromedp.Flag("disable-component-update", true),
	chromedp.Flag("disable-sync", true),
	chromedp.NoDefaultBrowserCheck,
}

// tab is one test's browser: a fresh Chromium with a fresh profile (so
// nothing is cached from another test), its first tab, and a watch on
// everything the page and its workers report.
type tab struct {
	t     *testing.T
	ctx   context.Context // for actions: the tab, with the test's deadline
	root  context.Context // the tab without a deadline, for cleanup
	watch *watch
	site  *server
}

// newTab starts a browser for t and returns its tab on the shared site,
// not yet navigated. The browser stops when the test ends; before that the
// watch fails the test on console errors, uncaught exceptions and CSP
// violations.
func newTab(t *testing.T) *tab {
	t.Helper()
	return newTabOn(t, needSite(t))
}

// newTabOn is newTab on a server of the test's own (a site that changes
// under the browser, or whose every request the test counts).
func newTabOn(t *testing.T, srv *server) *tab {
	t.Helper()
	if chromeErr != nil {
		t.Fatalf("e2e: %v", chromeErr)
	}
	profile := t.TempDir() // removed after the browser has exited (cleanups run last-in first-out)

	var output syncBuffer
	opts := append([]chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chrome),
		chromedp.UserDataDir(profile),
		chromedp.CombinedOutput(&output),
	}, chromeFlags...)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	root, cancelTab := chromedp.NewContext(allocCtx,
		chromedp.WithErrorf(func(format string, args ...any) { output.printf("chromedp: "+format, args...) }))
	t.Cleanup(func() {
		cancelTab()
		cancelAlloc()
		if t.Failed() {
			t.Logf("browser output (tail):\n%s", tail(quiet(output.String()), 3000))
		}
	})

	w := newWatch(t)
	startCtx, cancelStart := context.WithTimeout(root, 20*time.Second)
	defer cancelStart()
	// The first action starts the browser; it must get root, not a context
	// with a deadline, or the browser would die with that deadline.
	if err := chromedp.Do(root); err != nil {
		t.Fatalf("starting %s: %v\n%s", chrome, err, tail(quiet(output.String()), 3000))
	}
	if err := w.start(startCtx, root); err != nil {
		t.Fatalf("watching the tab: %v", err)
	}
	if err := addRecorder(startCtx); err != nil {
		t.Fatalf("installing the recorder: %v", err)
	}
	// The reader prefers reduced motion: the page then jumps where a
	// smooth scroll would glide, so that what a test checks after a
	// scroll does not depend on how fast a busy machine animates it.
	if _, err := chromedp.Call(startCtx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
	}); err != nil {
		t.Fatalf("emulating reduced motion: %v", err)
	}
	ctx, cancel := context.WithTimeout(root, testTimeout)
	t.Cleanup(cancel)
	// Registered last, so it runs first: the browser is still there to
	// flush its console before the verdict.
	t.Cleanup(w.verdict)
	return &tab{t: t, ctx: ctx, root: root, watch: w, site: srv}
}

// cspWatch runs in every document before the page's own scripts. It
// reports each Content-Security-Policy violation to the console with a
// prefix the watch recognizes, so a violation fails the test even when the
// page handles its own failure gracefully. (Scripts added through the
// DevTools protocol are not subject to the page's CSP.)
const cspWatch = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('` + cspPrefix + `' + e.effectiveDirective + ' blocked ' + (e.blockedURI || '(inline)') +
    ' in ' + (e.sourceFile || e.documentURI) + ':' + e.lineNumber + (e.sample ? ' sample: ' + e.sample : ''));
}, true);`

const cspPrefix = "nutgraf-e2e CSP violation: "

// addCSPWatch installs cspWatch for the documents the tab loads next.
func addCSPWatch(ctx context.Context) error {
	_, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatch})
	return err
}

// syncBuffer collects the browser's output from its own goroutine.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) printf(format string, args ...any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf.WriteString(strings.TrimRight(fmt.Sprintf(format, args...), "\n") + "\n")
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// quiet drops the lines Chromium always prints in a container (no D-Bus,
// no CPU frequency files), which would bury the ones that matter.
func quiet(s string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.Contains(line, "dbus") && !strings.Contains(line, "crashpad") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return "…" + s[len(s)-n:]
}
