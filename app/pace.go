package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// sliceBudget is how long work on the page's thread runs before it gives
// the browser its turn: well under the 50 ms after which a task is "long"
// and input waits visibly.
const sliceBudget = 10 * time.Millisecond

// Pacer cuts long work on the page's thread into slices. The work calls
// Pause often (between two items, say); Pause returns at once until the
// slice's time is up, then lets the browser run (draw, handle input, pass
// the worker's messages) before the work goes on.
//
// WebAssembly runs on the page's thread: while Go code runs, the browser
// does nothing else, whichever goroutine runs it. Only when every goroutine
// waits does control go back to the browser, so a Pause waits for a
// browser task scheduled for the purpose. It must be called from a
// goroutine of its own (ctx.Async), never from the UI goroutine, which
// would then hold up the frames it yields for.
type Pacer struct {
	yield    func()
	report   func(fraction float64)
	since    time.Time
	fraction float64 // of the whole work done
	from, to float64 // the part of the whole that the current stage is
}

// NewPacer returns a pacer that yields to the browser, or, outside a
// browser (tests, pre-rendering), one that never pauses. report, if not
// nil, is called at each pause with the fraction of the work done (see
// Stage and Progress).
func NewPacer(report func(fraction float64)) *Pacer {
	p := &Pacer{report: report, since: time.Now(), to: 1}
	if app.IsClient {
		p.yield = yieldToBrowser
	}
	return p
}

// Pause lets the browser run if the current slice's time is up.
func (p *Pacer) Pause() {
	if p == nil || p.yield == nil || time.Since(p.since) < sliceBudget {
		return
	}
	if p.report != nil {
		p.report(p.fraction)
	}
	p.yield()
	p.since = time.Now()
}

// Yield lets the browser run now: work started from a browser event (a
// message, a click) begins with it, so that the event's own task ends
// quickly.
func (p *Pacer) Yield() {
	if p == nil || p.yield == nil {
		return
	}
	p.yield()
	p.since = time.Now()
}

// Stage says that the work from now on is the part from..to (fractions of
// the whole) of it.
func (p *Pacer) Stage(from, to float64) {
	if p != nil {
		p.from, p.to, p.fraction = from, to, from
	}
}

// Progress records how far the current stage is, in units of the
// caller's choice.
func (p *Pacer) Progress(done, total float64) {
	if p != nil && total > 0 {
		p.fraction = p.from + (p.to-p.from)*min(1, done/total)
	}
}

// yieldToBrowser waits for a browser task posted on a MessageChannel: the
// browser runs what was waiting first (a frame to draw, input, other
// messages), and the channel's messages, unlike nested timers, are not
// held back 4 ms each.
func yieldToBrowser() {
	done := make(chan struct{})
	ch := app.Window().Get("MessageChannel").New()
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		close(done)
		return nil
	})
	ch.Get("port1").Set("onmessage", f)
	ch.Get("port2").Call("postMessage", nil)
	<-done
	ch.Get("port1").Set("onmessage", nil)
	ch.Get("port1").Call("close")
	f.Release()
}
