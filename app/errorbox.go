package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrorBox shows the current error, if any, as an alert. It is always in
// the page, empty when there is no error, so that assistive technology
// announces a message as soon as it appears.
type ErrorBox struct {
	app.Compo

	status Status
}

// OnMount follows the status the Page publishes.
func (e *ErrorBox) OnMount(ctx app.Context) {
	ctx.ObserveState(StateStatus, &e.status)
}

// Render draws the message as text.
func (e *ErrorBox) Render() app.UI {
	return app.Div().ID("error").Class("error").Role("alert").Text(e.status.Error)
}
