package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// valueTypes names the types of dates and figures for a reader.
var valueTypes = map[string]string{
	"DATE": "date", "TIME": "time", "MONEY": "money", "PERCENT": "percent",
	"QUANTITY": "quantity", "CARDINAL": "number", "ORDINAL": "ordinal",
}

// ValueType names a date or figure type ("MONEY": "money").
func ValueType(t string) string {
	if n, ok := valueTypes[t]; ok {
		return n
	}
	return t
}

// valuesList lists the dates and the figures of the article, each as
// written with its normalized value, "approximate" when the engine says
// so; a list per kind, or a note that there are none. (A function: it
// has no state.)
func valuesList(dates, figures []schema.Value) app.UI {
	return app.Section().ID("values").Class("panel", "values").Aria("labelledby", "values-title").Body(
		app.H2().ID("values-title").Class("panel-title").Text("Dates and figures"),
		app.If(len(dates)+len(figures) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No dates or figures found.")
		}),
		valueGroup("dates", "Dates", dates),
		valueGroup("figures", "Figures", figures),
	)
}

func valueGroup(key, title string, vs []schema.Value) app.UI {
	if len(vs) == 0 {
		return nil
	}
	return app.Div().Class("value-group").DataSet("kind", key).Body(
		app.H3().Class("group-title").Text(title),
		app.Ul().Class("value-items").Body(
			app.Range(vs).Slice(func(i int) app.UI {
				x := vs[i]
				return app.Li().Class("value-item").DataSet("type", x.Type).Body(
					app.Span().Class("value-text").Text(x.Text),
					app.Span().Class("value-type").Text(ValueType(x.Type)),
					app.If(x.Value != "" && x.Value != x.Text, func() app.UI {
						return app.Span().Class("value-norm").Body(
							app.Span().Class("visually-hidden").Text("normalized: "),
							app.Span().Class("value-code").Text(x.Value),
						)
					}),
					app.If(x.Approximate, func() app.UI {
						return app.Span().Class("value-approx").Text("approximate")
					}),
				)
			}),
		),
	)
}
