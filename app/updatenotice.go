package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// UpdateNotice offers a new version of the site. The page runs from the
// service worker's cache, so that it works offline; a new deploy is
// therefore only fetched after the page has loaded, by the new service
// worker, which caches the new version whole and then takes over. go-app
// tells the page at that point (OnAppUpdate); until the reader chooses to
// update, the page keeps the version it runs, whose analysis in progress
// or on screen a reload would lose.
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
		app.Span().Text("A new version of Nutgraf is ready."),
		// The new service worker already controls the page, so a reload
		// loads the new version, from its cache.
		app.Button().Type("button").Class("link-button").Text("Update").
			OnClick(func(ctx app.Context, _ app.Event) { ctx.Reload() }),
	)
}
