package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ProgressBar shows the engine loading and the analysis running: a
// <progress> whose data-state is the phase, the stage in words, and
// whether the engine is ready.
type ProgressBar struct {
	app.Compo

	status Status
}

// OnInit starts from the status of a page that has just opened, which is
// also what the pre-rendered page shows.
func (p *ProgressBar) OnInit() {
	p.status = NewTracker().Status()
}

// OnMount follows the status the Page publishes.
func (p *ProgressBar) OnMount(ctx app.Context) {
	ctx.ObserveState(StateStatus, &p.status)
}

// Render draws the bar. With no known total the bar has no value, which a
// browser draws as indeterminate.
func (p *ProgressBar) Render() app.UI {
	s := p.status
	bar := app.Progress().ID("progress").Class("progress-bar").
		DataSet("state", s.Phase).
		Aria("labelledby", "progress-label")
	if s.Total > 0 {
		bar = bar.Max(s.Total).Value(min(s.Done, s.Total))
	}
	engine := app.Span().ID("engine-status").Class("engine-status").
		DataSet("engine", s.Engine).
		Aria("live", "polite").
		Text(s.EngineLabel())
	if s.Version != "" {
		engine = engine.Title("Engine version " + s.Version)
	}
	return app.Div().ID("status").Class("status").DataSet("state", s.Phase).Body(
		bar,
		app.Div().Class("status-line").Body(
			app.Span().ID("progress-label").Class("progress-label").Text(s.Label),
			engine,
		),
	)
}
