package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// repairsNotice says, atop the results, what the engine had to repair in
// the text before analyzing it (the Analysis's Repairs: invalid UTF-8,
// control characters), so that a reader who sees "�" in the article
// knows why, and that offsets count the repaired text. Nothing when
// nothing was repaired. Styled as the language warning is.
func repairsNotice(repairs []schema.Repair) app.UI {
	if len(repairs) == 0 {
		return app.Div().Class("language-warning", "empty")
	}
	items := make([]app.UI, 0, len(repairs))
	for _, r := range repairs {
		items = append(items, app.Li().Text(r.Message))
	}
	return app.Div().ID("repairs").Class("language-warning").Role("note").Body(
		app.Span().Class("warning-title").Text("The text was repaired before it was analyzed:"),
		app.Ul().Body(items...),
	)
}
