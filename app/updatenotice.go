package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UpdateNotice offers to reload the page when go-app's service worker has
// fetched a new version of the site (the page runs from its cache first,
// so that it works offline).
type UpdateNotice struct {
	app.Compo

	available bool
}

// OnMount picks up an update found before the component was mounted.
func (u *UpdateNotice) OnMount(ctx app.Context) {
	u.available = ctx.AppUpdateAvailable()
}

// OnAppUpdate is called by go-app when a new version is ready.
func (u *UpdateNotice) OnAppUpdate(ctx app.Context) {
	u.available = ctx.AppUpdateAvailable()
}

// Render draws the notice, or an empty placeholder.
func (u *UpdateNotice) Render() app.UI {
	if !u.available {
		return app.Div().Class("update-notice", "hidden")
	}
	return app.Div().Class("update-notice").Role("status").Body(
		app.Span().Text("A new version of Nutgraf is available."),
		app.Button().Type("button").Class("link-button").Text("Reload").
			OnClick(func(ctx app.Context, _ app.Event) { ctx.Reload() }),
	)
}
