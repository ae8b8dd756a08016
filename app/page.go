package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Page is the analyzer's page and its root component. It owns the bridge to
// the engine: it starts the engine loading as soon as it is mounted, sends
// the texts the Editor asks it to analyze, and publishes what comes back
// as StateStatus and StateDoc for the other components to draw.
type Page struct {
	app.Compo

	bridge  *Bridge
	tracker *Tracker
	pending map[int]string // text of each request still expected
	took    float64        // the engine's time for the Doc being drawn, ms
	gc      GCHold         // held while a result is read and drawn
	// lost is the text of the last request the engine failed to answer
	// (it stopped, or never loaded): Retry analyzes it again.
	lost string

	// forward, when set, is also given every message from the worker,
	// before the page handles it (see EmbedPage). It is set before
	// OnMount, which replays the messages the worker sent early.
	forward func(Message)
}

// Of the drawing stage (StageDrawing) of an analysis, reading the engine's
// answer into a Doc is the first part, drawing it the rest.
const readingPart = 0.8

// OnMount runs in the browser only: it starts the engine.
func (p *Page) OnMount(ctx app.Context) {
	p.tracker = NewTracker()
	p.pending = map[int]string{}
	ctx.Handle(ActionAnalyze, p.handleAnalyze)
	ctx.Handle(ActionError, p.handleError)
	ctx.Handle(ActionDrawn, p.handleDrawn)
	ctx.Handle(ActionRetry, p.handleRetry)
	p.start(ctx)
	// A request made before the UI ran (web/boot.js) is this page's own
	// from now on; the worker's answers to it are still to be handled.
	if r := p.bridge.Early(); r != nil {
		if p.tracker.Submit(r.ID) {
			p.pending[r.ID] = r.Text
		} else {
			p.lost = r.Text
		}
	}
	p.publish(ctx)
}

// start starts the engine's worker (adopting boot.js's the first time).
func (p *Page) start(ctx app.Context) {
	b, err := StartBridge(WorkerURL, func(m Message) {
		ctx.Dispatch(func(ctx app.Context) { p.receive(ctx, m) })
	})
	if err != nil {
		p.tracker.LoadFailed(err.Error())
	}
	p.bridge = b
}

// handleRetry stops the failed worker, starts a new one, and sends it the
// text the old one failed to analyze, if any: the reader's text was kept
// (in the paste box and here) for this.
func (p *Page) handleRetry(ctx app.Context, _ app.Action) {
	p.bridge.Close()
	p.bridge = nil
	clear(p.pending)
	p.tracker = NewTracker()
	ctx.SetState(StateDoc, DocState{})
	p.start(ctx)
	if text := p.lost; text != "" {
		p.lost = ""
		p.submit(ctx, text)
		return
	}
	p.publish(ctx)
}

// OnDismount stops the engine.
func (p *Page) OnDismount() {
	p.bridge.Close()
}

func (p *Page) handleAnalyze(ctx app.Context, a app.Action) {
	text, _ := a.Value.(string)
	p.submit(ctx, text)
}

// submit sends text to the engine, to be shown once analyzed, and returns
// the request's ID; 0 when the engine failed and the request is refused.
func (p *Page) submit(ctx app.Context, text string) int {
	if msg := TooLarge(len(text)); msg != "" {
		p.tracker.Refuse(msg)
		ctx.SetState(StateDoc, DocState{})
		p.publish(ctx)
		return 0
	}
	if p.bridge == nil || p.tracker.Status().Engine == EngineFailed {
		p.tracker.Submit(0) // refused: says the engine failed
		p.lost = text
		p.publish(ctx)
		return 0
	}
	id := p.bridge.Analyze(text)
	clear(p.pending) // only the latest request's answer is shown
	p.pending[id] = text
	p.tracker.Submit(id)
	p.publish(ctx)
	return id
}

func (p *Page) handleError(ctx app.Context, a app.Action) {
	msg, _ := a.Value.(string)
	p.tracker.SetError(msg)
	p.publish(ctx)
}

// receive handles a message from the worker, on the UI goroutine.
func (p *Page) receive(ctx app.Context, m Message) {
	if p.forward != nil {
		p.forward(m)
	}
	switch m.Type {
	case "progress":
		if m.ID == 0 {
			p.tracker.Loading(m.Done, m.Total)
		} else {
			p.tracker.Progress(m.ID, m.Stage, m.Done, m.Total)
		}
	case "ready":
		p.tracker.Ready(m.Version)
	case "result":
		text, ok := p.pending[m.ID]
		if !ok || m.ID != p.tracker.Current() {
			return // an answer to a request since replaced
		}
		delete(p.pending, m.ID)
		p.gc.Hold()
		p.tracker.Progress(m.ID, StageDrawing, 0, 1)
		p.prepare(ctx, m.ID, text, m.Analysis)
	case "error":
		if m.ID == 0 {
			// The request in flight, if any, is lost with the engine.
			if text, ok := p.pending[p.tracker.Current()]; ok {
				p.lost = text
			}
			clear(p.pending)
			p.tracker.LoadFailed(m.Message)
			break
		}
		if text, ok := p.pending[m.ID]; ok && m.Code == "load_failed" {
			p.lost = text
		}
		delete(p.pending, m.ID)
		if p.tracker.Failed(m.ID, m.Code, m.Message) {
			ctx.SetState(StateDoc, DocState{})
		}
	default:
		return
	}
	p.publish(ctx)
}

// prepare reads the engine's answer to request id into a Doc, off the UI
// goroutine and a slice at a time (see Pacer): for a long article the
// answer is megabytes of JSON. The progress bar follows.
func (p *Page) prepare(ctx app.Context, id int, text string, analysis []byte) {
	ctx.Async(func() {
		pace := NewPacer(func(fraction float64) {
			ctx.Dispatch(func(ctx app.Context) {
				p.tracker.Progress(id, StageDrawing, readingPart*fraction, 1)
				p.publish(ctx)
			})
		})
		pace.Yield()
		doc, err := PrepareDoc(text, analysis, pace)
		// Results draws the Doc in a task of its own, not at the end of
		// the last slice of preparing it.
		pace.Yield()
		ctx.Dispatch(func(ctx app.Context) {
			// Results holds the collector's pace too while it draws the
			// Doc, from its next update on: hand over then.
			ctx.Defer(func(app.Context) { p.gc.Release() })
			if id != p.tracker.Current() {
				return // replaced by a newer request meanwhile
			}
			if err != nil {
				p.tracker.Failed(id, "internal", err.Error())
				ctx.SetState(StateDoc, DocState{})
			} else {
				// The analysis is done once Results has drawn it (see
				// handleDrawn).
				doc.Request = id
				p.took = doc.Analysis.Timings.Total
				p.tracker.Progress(id, StageDrawing, readingPart, 1)
				ctx.SetState(StateDoc, DocState{Doc: doc})
			}
			p.publish(ctx)
		})
	})
}

// handleDrawn follows Results drawing the Doc of the request in flight:
// the analysis is complete when the Doc is drawn.
func (p *Page) handleDrawn(ctx app.Context, a app.Action) {
	d, ok := a.Value.(Drawn)
	if !ok || d.Request == 0 || d.Request != p.tracker.Current() {
		return
	}
	if d.Fraction >= 1 {
		p.tracker.Result(d.Request, p.took)
	} else {
		p.tracker.Progress(d.Request, StageDrawing, readingPart+(1-readingPart)*d.Fraction, 1)
	}
	p.publish(ctx)
}

func (p *Page) publish(ctx app.Context) {
	ctx.SetState(StateStatus, p.tracker.Status())
}

// Render lays out the page. The page's parts are components that draw
// themselves from the states the Page publishes.
func (p *Page) Render() app.UI {
	return app.Div().ID("page").Class("page").Body(
		app.Header().Class("masthead").Body(
			app.Div().Class("masthead-inner").Body(
				app.H1().Class("brand").Body(
					app.Img().Class("brand-icon").Src("/web/icon.svg").Aria("hidden", "true"),
					app.Span().Text("Nutgraf"),
				),
				app.P().Class("tagline").Text("Paste a news article to see who and what it is about, who is quoted saying what, and how hard it is to read."),
			),
		),
		app.Main().ID("main").Class("main").Body(
			&UpdateNotice{},
			&Editor{Keep: true},
			&ProgressBar{},
			&ErrorBox{},
			&Results{GC: &p.gc},
		),
		&Footer{},
	)
}
