package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrorBox shows the current error, if any, as an alert. It is always in
// the page, empty when there is no error, so that assistive technology
// announces a message as soon as it appears. When the engine failed to
// load or stopped, it offers to start it again (Retry): the reader's text
// is still in the box, and the page analyzes it again once the engine runs.
type ErrorBox struct {
	app.Compo

	status Status
}

// OnMount follows the status the Page publishes.
func (e *ErrorBox) OnMount(ctx app.Context) {
	ctx.ObserveState(StateStatus, &e.status)
}

// Render draws the message as text, and the Retry button when it helps.
func (e *ErrorBox) Render() app.UI {
	var retry app.UI
	if e.status.Retry {
		retry = app.Button().ID("retry-button").Class("button", "primary", "retry-button").Type("button").
			Text("Retry").
			OnClick(e.retry)
	}
	return app.Div().ID("error").Class("error").Role("alert").Body(
		app.If(e.status.Error != "", func() app.UI {
			return app.Span().ID("error-message").Class("error-message").Text(e.status.Error)
		}),
		retry,
	)
}

func (e *ErrorBox) retry(ctx app.Context, _ app.Event) {
	ctx.NewAction(ActionRetry)
}
