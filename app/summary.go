package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// summaryBox shows the extractive summary: a few of the article's own
// sentences, each a link-like button to its place in the article; nothing
// when there is no summary. (A function, not a component: it has no
// state, and each component type costs wasm.)
func summaryBox(items []schema.SummaryItem) app.UI {
	if len(items) == 0 {
		return app.Div().Class("summary", "empty")
	}
	return app.Section().ID("summary").Class("panel", "summary").Aria("labelledby", "summary-title").
		OnClick(onSummaryClick).
		Body(
			app.H2().ID("summary-title").Class("panel-title").Text("Summary"),
			app.Ol().Class("summary-items").Body(
				app.Range(items).Slice(func(i int) app.UI {
					it := items[i]
					return app.Li().Body(
						app.Button().Type("button").Class("link-button", "summary-sentence").
							DataSet("sentence", it.Sentence).
							Title("Show this sentence in the article").
							Text(it.Text),
					)
				}),
			),
		)
}

func onSummaryClick(ctx app.Context, e app.Event) {
	if v := closestData(e, "button.summary-sentence", "sentence"); v != "" {
		if i, err := strconv.Atoi(v); err == nil {
			ctx.NewActionWithValue(ActionShowSentence, i)
		}
	}
}
