package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Footer is the page's footer: the privacy promise, the way to embed
// Nutgraf on another site, and the sample's credit.
type Footer struct {
	app.Compo
}

// Render draws the footer.
func (f *Footer) Render() app.UI {
	return app.Footer().ID("footer").Class("footer").Body(
		app.P().Class("footer-promise").Text("Runs entirely in your browser: your text never leaves this device."),
		app.P().Class("footer-links").Body(
			app.A().ID("embedding-link").Href("/embedding").Text("Embed Nutgraf on your site"),
		),
		app.P().Class("footer-credit").Text("Nutgraf. The sample article is © TASS, reproduced for demonstration."),
	)
}
