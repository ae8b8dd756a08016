package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuoteList lists the article's quotes grouped by speaker: the voice
// quoted most first, the unattributed quotes last.
type QuoteList struct {
	app.Compo

	Doc *Doc
}

// Render draws a summary line and one SpeakerGroup per speaker.
func (l *QuoteList) Render() app.UI {
	groups := l.Doc.Speakers
	quotes, words := 0, 0
	for _, g := range groups {
		quotes += len(g.Quotes)
		words += g.Words
	}
	speakers := len(groups)
	if speakers > 0 && groups[speakers-1].Speaker == "" {
		speakers--
	}
	summary := "No quotes found."
	if quotes > 0 {
		summary = fmt.Sprintf("%d %s from %d %s.", quotes, plural(quotes, "quote", "quotes"),
			speakers, plural(speakers, "named speaker", "named speakers"))
	}
	return app.Section().ID("quote-list").Class("panel", "quote-list").Aria("labelledby", "quote-list-title").Body(
		app.H2().ID("quote-list-title").Class("panel-title").Text("Who says what"),
		app.P().Class("panel-summary").Text(summary),
		app.Range(groups).Slice(func(i int) app.UI {
			share := 0.0
			if words > 0 {
				share = float64(groups[i].Words) / float64(words)
			}
			return &SpeakerGroup{Group: &groups[i], Share: share}
		}),
	)
}
