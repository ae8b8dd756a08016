package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// SummaryBox shows the extractive summary: a few of the article's own
// sentences, each a link-like button to its place in the article.
type SummaryBox struct {
	app.Compo

	Items []schema.SummaryItem
}

// Render draws nothing when there is no summary.
func (s *SummaryBox) Render() app.UI {
	if len(s.Items) == 0 {
		return app.Div().Class("summary", "empty")
	}
	return app.Section().ID("summary").Class("panel", "summary").Aria("labelledby", "summary-title").
		OnClick(s.onClick).
		Body(
			app.H2().ID("summary-title").Class("panel-title").Text("Summary"),
			app.Ol().Class("summary-items").Body(
				app.Range(s.Items).Slice(func(i int) app.UI {
					it := s.Items[i]
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

func (s *SummaryBox) onClick(ctx app.Context, e app.Event) {
	if v := closestData(e, "button.summary-sentence", "sentence"); v != "" {
		if i, err := strconv.Atoi(v); err == nil {
			ctx.NewActionWithValue(ActionShowSentence, i)
		}
	}
}
