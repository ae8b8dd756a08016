package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// watch records what a tab and its workers report through the DevTools
// protocol: console errors, uncaught exceptions, CSP violations (each a
// test failure) and every network request. The engine runs in a Web
// Worker, which is a target of its own: its console and its requests reach
// us only if we attach to it, so the watch attaches to every worker the
// page starts (and to service workers).
type watch struct {
	t    *testing.T
	root context.Context

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every change
	problems []string
	messages []string // every console line, for diagnostics
	requests []request
	headers  []sentHeaders
	workers  map[target.ID]*worker
	pending  int // workers being attached
	flushes  int
	expected []*expectation // errors a test provokes on purpose
}

// request is one network request as the browser reported it.
type request struct {
	from    string // "page" or "worker URL"
	method  string
	url     string
	headers network.Headers
	body    []byte
	hasBody bool
}

// sentHeaders are the headers a request really went out with (cookies
// included), which Chrome reports in a separate event.
type sentHeaders struct {
	from    string
	headers network.Headers
}

type worker struct {
	kind, url string
	ctx       context.Context // attached; nil while attaching or if it failed
	cancel    context.CancelFunc
	err       error
}

func newWatch(t *testing.T) *watch {
	return &watch{t: t, changed: make(chan struct{}), workers: map[target.ID]*worker{}}
}

// start begins watching the tab of root; ctx bounds the setup.
func (w *watch) start(ctx, root context.Context) error {
	w.root = root
	if err := addCSPWatch(ctx); err != nil {
		return err
	}
	if err := chromedp.Listen(root, w.handler(func() string { return "page" })); err != nil {
		return err
	}
	// Dedicated workers are attached to the page automatically (chromedp
	// asks for it): we hear of them here, but open no session of our own
	// on them (see attach). Their requests show in the server's log, and
	// the page's own log reports a worker's CSP violations. (Making
	// workers wait for the debugger would be worse: in Chromium it now and
	// then leaves the whole page hung.)
	if err := chromedp.Listen(root, func(ev any) {
		if ev, ok := ev.(*target.EventAttachedToTarget); ok {
			go w.attach(ev.TargetInfo)
		}
	}); err != nil {
		return err
	}
	// Service workers and shared workers are not the page's children:
	// the browser announces them.
	return chromedp.ListenBrowser(root, func(ev any) {
		if ev, ok := ev.(*target.EventTargetCreated); ok {
			go w.attach(ev.TargetInfo)
		}
	})
}

// attach opens a session of our own on a worker, so that its console and
// network events reach the watch. Detaching (not closing) on cancel leaves
// the worker running.
//
// Dedicated workers (the engine's) are not attached: a session of our own
// on the engine's worker while it starts left the whole page hung for
// over 40 s in about one browser test in twenty (measured: the three
// early tests alone failed 2 of 24 runs with it, 0 of 48 without). The
// engine worker's requests after a paste still show in the server's log,
// which the privacy test holds against what the browser reported, and its
// connections elsewhere are refused by the CSP (connect-src 'self').
func (w *watch) attach(info *target.Info) {
	switch info.Type {
	case "shared_worker", "service_worker":
	default:
		return
	}
	w.mu.Lock()
	if _, seen := w.workers[info.TargetID]; seen || w.root.Err() != nil {
		w.mu.Unlock()
		return
	}
	wk := &worker{kind: info.Type, url: info.URL}
	w.workers[info.TargetID] = wk
	w.pending++
	w.mu.Unlock()

	ctx, cancel := chromedp.NewContext(w.root,
		chromedp.WithTargetID(info.TargetID),
		chromedp.WithDetachOnCancel(),
		// From the first message, so that no request is missed between
		// attaching and enabling the Network domain.
		chromedp.WithListener(w.handler(func() string { return wk.kind + " " + wk.url })),
	)
	err := chromedp.Do(ctx) // attaches, enables Runtime, Log and Network
	if err == nil && wk.url == "" {
		// Chrome announces a dedicated worker before it knows its URL;
		// the URL only labels the worker's lines, so a failure is no matter.
		uctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		if url, err := chromedp.Run(uctx, chromedp.Evaluate[string]("self.location.href")); err == nil {
			w.mu.Lock()
			wk.url = url
			w.mu.Unlock()
		}
		cancel()
	}

	if err != nil && gone(w.root, info.TargetID) {
		// It ended before we could attach (a page reloading, say); any
		// request it made to the site is in the server's log.
		w.add(func() {
			w.messages = append(w.messages, fmt.Sprintf("%s %s ended before the watch attached", info.Type, info.URL))
		})
		err = errGone
	}

	w.mu.Lock()
	defer w.mu.Unlock()
	w.pending--
	wk.cancel = cancel
	switch {
	case err == errGone:
		cancel()
		wk.err = err
	case err != nil:
		cancel()
		wk.err = err
		// A worker that cannot be watched is a hole in what the tests
		// claim to check.
		w.problems = append(w.problems, fmt.Sprintf("could not attach to the %s %s: %v", info.Type, info.URL, err))
	default:
		wk.ctx = ctx
	}
	w.notify()
}

var errGone = errors.New("ended before the watch attached")

// gone reports whether the target no longer exists.
func gone(ctx context.Context, id target.ID) bool {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	infos, err := chromedp.Targets(ctx)
	if err != nil {
		return false
	}
	for _, info := range infos {
		if info.TargetID == id {
			return false
		}
	}
	return true
}

// notify wakes whoever waits for a change; w.mu must be held.
func (w *watch) notify() {
	close(w.changed)
	w.changed = make(chan struct{})
}

// handler returns the event func for one target. It runs on chromedp's
// reading goroutine, so it only records.
func (w *watch) handler(label func() string) func(ev any) {
	return func(ev any) {
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			text := argsText(ev.Args)
			bad := ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert
			w.console(label, string(ev.Type), text, bad, stackPlace(ev.StackTrace))
		case *runtime.EventExceptionThrown:
			w.console(label, "exception", exceptionText(ev.ExceptionDetails), true, "")
		case *log.EventEntryAdded:
			e := ev.Entry
			w.console(label, "log "+string(e.Level)+" ("+string(e.Source)+")", e.Text, e.Level == log.EntryLevelError, e.URL)
		case *network.EventRequestWillBeSent:
			r := ev.Request
			req := request{method: r.Method, url: r.URL + r.URLFragment,
				headers: r.Headers, hasBody: r.HasPostData}
			for _, e := range r.PostDataEntries {
				req.body = append(req.body, e.Bytes...)
			}
			w.add(func() { req.from = label(); w.requests = append(w.requests, req) })
		case *network.EventRequestWillBeSentExtraInfo:
			h := sentHeaders{headers: ev.Headers}
			w.add(func() { h.from = label(); w.headers = append(w.headers, h) })
		case *network.EventWebSocketCreated:
			req := request{method: "WEBSOCKET", url: ev.URL}
			w.add(func() { req.from = label(); w.requests = append(w.requests, req) })
		}
	}
}

func (w *watch) add(f func()) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f()
	w.notify()
}

// console records one console line, and a problem if bad.
func (w *watch) console(label func() string, kind, text string, bad bool, place string) {
	line := kind + ": " + text
	if place != "" {
		line += " (" + place + ")"
	}
	w.add(func() {
		line = label() + ": " + line
		w.messages = append(w.messages, line)
		if bad || strings.Contains(text, cspPrefix) {
			if e := w.expectedLocked(line); e != nil {
				e.seen = append(e.seen, line)
			} else {
				w.problems = append(w.problems, line)
			}
		}
	})
}

// expectation is a console error that a test provokes on purpose (a
// page refused by the CSP, say): it is not a problem, and the test can
// check that it did come.
type expectation struct {
	match func(line string) bool
	seen  []string
}

// expect makes the console errors that match an expectation, from now on.
func (w *watch) expect(match func(line string) bool) *expectation {
	w.mu.Lock()
	defer w.mu.Unlock()
	e := &expectation{match: match}
	w.expected = append(w.expected, e)
	return e
}

// seenLines returns the lines that met e.
func (w *watch) seenLines(e *expectation) []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), e.seen...)
}

func (w *watch) expectedLocked(line string) *expectation {
	for _, e := range w.expected {
		if e.match(line) {
			return e
		}
	}
	return nil
}

// flush makes sure every event each target sent so far has been
// recorded: it logs a marker on each and waits to see it come back, since
// events arrive in order.
func (w *watch) flush(ctx context.Context) {
	w.mu.Lock()
	targets := map[string]context.Context{"page": w.root}
	for _, wk := range w.workers {
		if wk.ctx != nil && wk.ctx.Err() == nil {
			targets[wk.kind+" "+wk.url] = wk.ctx
		}
	}
	w.mu.Unlock()
	for from, tctx := range targets {
		w.mu.Lock()
		w.flushes++
		marker := fmt.Sprintf("nutgraf-e2e flush %d", w.flushes)
		w.mu.Unlock()
		ectx, cancel := context.WithTimeout(tctx, 3*time.Second)
		err := chromedp.Do(ectx, chromedp.Evaluate[chromedp.Void](fmt.Sprintf("console.debug(%q)", marker)))
		if err == nil {
			w.waitFor(ectx, func() bool { return w.sawLocked(from + ": debug: " + marker) })
		}
		cancel()
	}
}

func (w *watch) sawLocked(prefix string) bool {
	for i := len(w.messages) - 1; i >= 0; i-- {
		if strings.HasPrefix(w.messages[i], prefix) {
			return true
		}
	}
	return false
}

// waitFor waits until cond (called with w.mu held) is true or ctx ends.
func (w *watch) waitFor(ctx context.Context, cond func() bool) bool {
	for {
		w.mu.Lock()
		ok := cond()
		ch := w.changed
		w.mu.Unlock()
		if ok {
			return true
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return false
		}
	}
}

// workersReady waits until every worker announced so far is attached,
// and returns them.
func (w *watch) workersReady(ctx context.Context) []*worker {
	w.waitFor(ctx, func() bool { return w.pending == 0 })
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []*worker
	for _, wk := range w.workers {
		out = append(out, wk)
	}
	return out
}

// verdict fails the test for every console error, uncaught exception and
// CSP violation. None is expected: a page that works logs no errors, and
// one that logs them has a bug even when it recovers.
func (w *watch) verdict() {
	ctx, cancel := context.WithTimeout(w.root, 5*time.Second)
	w.flush(ctx)
	cancel()
	w.mu.Lock()
	defer w.mu.Unlock()
	if bad := w.problems; len(bad) > 0 {
		const show = 20
		w.t.Errorf("the page reported %d console errors, uncaught exceptions or CSP violations:\n\t%s",
			len(bad), strings.Join(bad[:min(show, len(bad))], "\n\t"))
	}
	if w.t.Failed() {
		w.t.Logf("console (last 40 lines):\n\t%s", strings.Join(w.messages[max(0, len(w.messages)-40):], "\n\t"))
	}
}

// requestsSince returns the requests seen after the first n.
func (w *watch) requestsSince(n int) ([]request, []sentHeaders) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]request(nil), w.requests[min(n, len(w.requests)):]...), append([]sentHeaders(nil), w.headers...)
}

func (w *watch) requestCount() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return len(w.requests)
}

// argsText renders console arguments roughly as DevTools shows them.
func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		switch {
		case a.Type == runtime.RemoteObjectTypeString && len(a.Value) > 0:
			var s string
			if err := json.Unmarshal(a.Value, &s); err == nil {
				parts = append(parts, s)
				continue
			}
			parts = append(parts, string(a.Value))
		case len(a.Value) > 0:
			parts = append(parts, string(a.Value))
		case a.Description != "":
			parts = append(parts, a.Description)
		default:
			parts = append(parts, string(a.Type))
		}
	}
	return strings.Join(parts, " ")
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	s := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		s += " " + d.Exception.Description
	}
	if d.URL != "" {
		s += fmt.Sprintf(" at %s:%d:%d", d.URL, d.LineNumber+1, d.ColumnNumber+1)
	}
	return s
}

func stackPlace(st *runtime.StackTrace) string {
	if st == nil || len(st.CallFrames) == 0 {
		return ""
	}
	f := st.CallFrames[0]
	return fmt.Sprintf("%s:%d", f.URL, f.LineNumber+1)
}

// describe lists the workers the watch knows, for failure messages.
func (w *watch) describe() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var parts []string
	for id, wk := range w.workers {
		state := "attached"
		switch {
		case wk.err != nil:
			state = "failed: " + wk.err.Error()
		case wk.ctx == nil:
			state = "attaching"
		}
		parts = append(parts, fmt.Sprintf("%s %s (%.8s…): %s", wk.kind, wk.url, id, state))
	}
	if len(parts) == 0 {
		return "no workers"
	}
	return strings.Join(parts, "; ")
}
