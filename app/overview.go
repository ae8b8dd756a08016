package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Overview shows the article's figures: words, sentences, paragraphs,
// reading time, readability and language. Each value is the text of an
// element named by data-stat, with the raw number in data-value.
type Overview struct {
	app.Compo

	Doc *Doc
}

// Render draws the figures as a description list.
func (o *Overview) Render() app.UI {
	stats := o.Doc.Stats
	return app.Section().ID("overview").Class("overview").Aria("label", "Overview").Body(
		app.Dl().Class("stats").Body(
			app.Range(stats).Slice(func(i int) app.UI {
				s := stats[i]
				value := app.Dd().Class("stat-value").DataSet("stat", s.Key).Text(s.Value)
				if s.Raw != "" {
					value = value.DataSet("value", s.Raw)
				}
				return app.Div().Class("stat").Body(
					value,
					app.Dt().Class("stat-label").Text(s.Label),
					app.If(s.Note != "", func() app.UI {
						return app.Dd().Class("stat-note").Text(s.Note)
					}),
				)
			}),
		),
	)
}
