package app

import (
	"strings"

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

// valuesShown is how many dates, and how many figures, are listed at
// first: a long text has hundreds of each (sherlock.txt has 699 figures),
// which as thousands of elements drawn with the results would hold up
// the page for a tenth of a second, and which nobody reads down anyway.
const valuesShown = 8

// ValuesPanel lists the dates and the figures of the article, each as
// written with its normalized value, "approximate" when the engine says
// so; a list per kind, its first valuesShown items with a button that
// shows the rest; or a note that there are none.
type ValuesPanel struct {
	app.Compo
	Dates, Figures []schema.Value
	// whole holds the lists shown whole, by their first item: another
	// analysis's lists start collapsed again.
	whole map[*schema.Value]bool
}

func (p *ValuesPanel) Render() app.UI {
	return app.Section().ID("values").Class("panel", "values").Aria("labelledby", "values-title").Body(
		app.H2().ID("values-title").Class("panel-title").Text("Dates and figures"),
		app.If(len(p.Dates)+len(p.Figures) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No dates or figures found.")
		}),
		p.group("dates", "Dates", p.Dates),
		p.group("figures", "Figures", p.Figures),
	)
}

func (p *ValuesPanel) group(key, title string, vs []schema.Value) app.UI {
	if len(vs) == 0 {
		return nil
	}
	shown := vs
	if len(vs) > valuesShown && !p.whole[&vs[0]] {
		shown = vs[:valuesShown]
	}
	return app.Div().Class("value-group").DataSet("kind", key).Body(
		app.H3().Class("group-title").Text(title+" ("+thousands(len(vs))+")"),
		app.Ul().Class("value-items").Body(
			app.Range(shown).Slice(func(i int) app.UI { return valueItem(shown[i]) }),
		),
		app.If(len(shown) < len(vs), func() app.UI {
			return app.Button().Type("button").Class("link-button", "show-all-values").
				DataSet("kind", key).
				Text("Show all " + thousands(len(vs)) + " " + strings.ToLower(title)).
				OnClick(func(ctx app.Context, e app.Event) {
					if p.whole == nil {
						p.whole = map[*schema.Value]bool{}
					}
					p.whole[&vs[0]] = true
				})
		}),
	)
}

func valueItem(x schema.Value) app.UI {
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
}
