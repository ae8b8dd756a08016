package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// framePortName is the global through which web/embedframe.js, the frame's
// side of the embedding protocol, takes a backend for the requests it has
// checked (see docs/embed.md).
const framePortName = "NutgrafEmbedFrame"

// EmbedPage is the compact analyzer that other sites frame (/embed): the
// paste box, the progress bar and a summary of the results. It is the Page,
// drawn smaller, that also answers the page that framed it. Talking to
// that page is web/embedframe.js's job: it checks every message and
// answers only the window and origin that asked; here the requests it
// passes on are analyzed like the reader's own, shown in the widget, and
// answered through it.
type EmbedPage struct {
	Page

	serve  app.Func
	hosted map[int]app.Value // the host's requests, by the engine request that answers each
}

// OnMount starts the engine (Page.OnMount) and takes the host page's
// requests from web/embedframe.js.
func (e *EmbedPage) OnMount(ctx app.Context) {
	e.hosted = map[int]app.Value{}
	e.forward = e.answer
	e.Page.OnMount(ctx)
	e.serve = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) > 0 {
			req := args[0]
			ctx.Dispatch(func(ctx app.Context) { e.analyzeFor(ctx, req) })
		}
		return nil
	})
	if port := app.Window().Get(framePortName); port.Truthy() {
		port.Call("serve", e.serve)
	}
}

// OnDismount stops taking requests; those not answered yet fail.
func (e *EmbedPage) OnDismount() {
	if port := app.Window().Get(framePortName); port.Truthy() {
		port.Call("serve", nil)
	}
	e.serve.Release()
	for id, req := range e.hosted {
		req.Call("error", "internal", "the widget closed before answering")
		delete(e.hosted, id)
	}
	e.Page.OnDismount()
}

// analyzeFor analyzes a request of the host page: the text is put in the
// paste box and analyzed as if the reader had pressed Analyze, and the
// answer goes back to the host (see answer). req is web/embedframe.js's
// request: its text has been checked there.
func (e *EmbedPage) analyzeFor(ctx app.Context, req app.Value) {
	text := req.Get("text")
	if text.Type() != app.TypeString {
		req.Call("error", "bad_request", "text must be a string")
		return
	}
	s := text.String()
	ctx.NewActionWithValue(ActionSetText, s)
	id := e.submit(ctx, s)
	if id == 0 && TooLarge(len(s)) != "" {
		req.Call("error", "too_large", TooLarge(len(s)))
		return
	}
	if id == 0 {
		req.Call("error", "load_failed", "the analysis engine could not be loaded")
		return
	}
	e.hosted[id] = req
}

// answer passes the engine's messages about the host's requests back to
// it. It runs on the UI goroutine, before the page handles the message: a
// host's request is answered even when a later one has replaced it in
// the widget.
func (e *EmbedPage) answer(m Message) {
	if m.ID == 0 {
		if m.Type == "error" { // the engine failed to load
			for id, req := range e.hosted {
				req.Call("error", m.Code, m.Message)
				delete(e.hosted, id)
			}
		}
		return
	}
	req, ok := e.hosted[m.ID]
	if !ok {
		return
	}
	switch m.Type {
	case "progress":
		req.Call("progress", m.Stage, m.Done, m.Total)
	case "result":
		delete(e.hosted, m.ID)
		req.Call("result", string(m.Analysis))
	case "error":
		delete(e.hosted, m.ID)
		req.Call("error", m.Code, m.Message)
	}
}

// Render lays out the widget: a slim header, the editor and the summary.
// data-nutgraf-frame tells web/embedframe.js to serve this page. Links
// open outside the frame.
func (e *EmbedPage) Render() app.UI {
	return app.Div().ID("page").Class("page", "embed-page").DataSet("nutgraf-frame", "widget").Body(
		app.Header().Class("embed-head").Body(
			app.A().Class("embed-brand").Href("/").Target("_blank").Rel("noopener").Body(
				app.Img().Class("brand-icon").Src("/web/icon.svg").Aria("hidden", "true"),
				app.Span().Text("Nutgraf"),
			),
			app.Span().Class("embed-promise").Text("Runs in your browser: your text never leaves this device."),
		),
		app.Main().ID("main").Class("main", "embed-main").Body(
			&Editor{},
			&ProgressBar{},
			&ErrorBox{},
			&EmbedResults{},
		),
	)
}
