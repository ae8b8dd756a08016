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
}

// OnMount runs in the browser only: it starts the engine.
func (p *Page) OnMount(ctx app.Context) {
	p.tracker = NewTracker()
	p.pending = map[int]string{}
	ctx.Handle(ActionAnalyze, p.handleAnalyze)
	ctx.Handle(ActionError, p.handleError)
	b, err := StartBridge(WorkerURL, func(m Message) {
		ctx.Dispatch(func(ctx app.Context) { p.receive(ctx, m) })
	})
	if err != nil {
		p.tracker.LoadFailed(err.Error())
	}
	p.bridge = b
	p.publish(ctx)
}

// OnDismount stops the engine.
func (p *Page) OnDismount() {
	p.bridge.Close()
}

func (p *Page) handleAnalyze(ctx app.Context, a app.Action) {
	text, _ := a.Value.(string)
	if p.bridge == nil || p.tracker.Status().Engine == EngineFailed {
		p.tracker.Submit(0) // refused: says the engine failed
		p.publish(ctx)
		return
	}
	id := p.bridge.Analyze(text)
	clear(p.pending) // only the latest request's answer is shown
	p.pending[id] = text
	p.tracker.Submit(id)
	p.publish(ctx)
}

func (p *Page) handleError(ctx app.Context, a app.Action) {
	msg, _ := a.Value.(string)
	p.tracker.SetError(msg)
	p.publish(ctx)
}

// receive handles a message from the worker, on the UI goroutine.
func (p *Page) receive(ctx app.Context, m Message) {
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
		doc, err := NewDoc(text, m.Analysis)
		if err != nil {
			p.tracker.Failed(m.ID, "internal", err.Error())
			ctx.SetState(StateDoc, DocState{})
			break
		}
		p.tracker.Result(m.ID, doc.Analysis.Timings.Total)
		ctx.SetState(StateDoc, DocState{Doc: doc})
	case "error":
		if m.ID == 0 {
			p.tracker.LoadFailed(m.Message)
			break
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
			&Editor{},
			&ProgressBar{},
			&ErrorBox{},
			&Results{},
		),
		&Footer{},
	)
}
