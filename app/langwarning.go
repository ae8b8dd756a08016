package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// languageWarning says plainly, atop the results, why they may not be
// trusted (the engine's Language.Warning): a text not in English, or not
// running prose. Nothing when there is no warning. (A function, not a
// component: it has no state, and each component type costs wasm.)
func languageWarning(warning string) app.UI {
	if warning == "" {
		return app.Div().Class("language-warning", "empty")
	}
	return app.P().ID("language-warning").Class("language-warning").Role("note").Body(
		app.Span().Class("warning-title").Text("Note: "),
		app.Text(warning),
	)
}
