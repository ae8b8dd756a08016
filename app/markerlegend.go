package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// markerLegend explains the tone markers drawn in the article: loaded
// words and hedges, each shown in its own style (an underline of its own
// shape, not only a colour), with how many there are. Nothing when there
// are no markers. (A function: it has no state.)
func markerLegend(markers []schema.Marker) app.UI {
	if len(markers) == 0 {
		return app.Div().Class("marker-legend", "empty")
	}
	counts := map[string]int{}
	for _, m := range markers {
		counts[m.Kind]++
	}
	item := func(kind, what string) app.UI {
		n := counts[kind]
		if n == 0 {
			return nil
		}
		return app.Li().DataSet("kind", kind).Body(
			app.Span().Class("tone-marker", "marker-"+kind).Text(markerLabel(kind)),
			app.Text(" ("+thousands(n)+"): "+what),
		)
	}
	return app.Section().ID("marker-legend").Class("marker-legend").Aria("label", "Tone markers in the article").Body(
		app.Ul().Body(
			item("loaded", "words that carry a judgement"),
			item("hedge", "words that soften or distance a claim"),
		),
	)
}
