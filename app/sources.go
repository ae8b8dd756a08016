package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// SourcesStats is the sources summary of the quote panel, from the
// engine's (Analysis.Sources): how many speakers, how many quotes are
// named, anonymous or unattributed, and the gender balance of the people
// quoted.
type SourcesStats struct {
	Counts []Stat // speakers, then named, anonymous and unattributed quotes
	Gender []Stat // women, men and unknown, of the people quoted
}

// SummarizeSources returns the summary of src, nil when there is none
// (an Analysis before schema version 2).
func SummarizeSources(src *schema.Sources) *SourcesStats {
	if src == nil {
		return nil
	}
	stat := func(key string, n int, one, many string) Stat {
		return Stat{Key: key, Value: thousands(n), Raw: strconv.Itoa(n), Label: plural(n, one, many)}
	}
	g := src.Gender
	return &SourcesStats{
		Counts: []Stat{
			stat("speakers", len(src.Speakers), "named speaker", "named speakers"),
			stat("named", src.Named, "quote from a named source", "quotes from named sources"),
			stat("anonymous", src.Anonymous, "quote from an anonymous source", "quotes from anonymous sources"),
			stat("unattributed", src.Unattributed, "unattributed quote", "unattributed quotes"),
		},
		Gender: []Stat{
			stat("women", g.Female, "woman", "women"),
			stat("men", g.Male, "man", "men"),
			stat("gender-unknown", g.Unknown, "of unknown gender", "of unknown gender"),
		},
	}
}

// SourcesSummary draws the sources summary: each figure is written out
// with its label (the gender balance too, so it is never told by color
// alone), in an element named by data-source-stat with the number in
// data-value.
type SourcesSummary struct {
	app.Compo

	Stats *SourcesStats
}

// Render draws the counts as a description list and the gender balance
// as a sentence.
func (s *SourcesSummary) Render() app.UI {
	if s.Stats == nil {
		return app.Div().Class("sources-summary", "empty")
	}
	value := func(st Stat, text string) app.HTMLSpan {
		return app.Span().Class("source-value").DataSet("source-stat", st.Key).DataSet("value", st.Raw).Text(text)
	}
	gender := s.Stats.Gender
	return app.Section().ID("sources-summary").Class("sources-summary").Aria("label", "Sources quoted").Body(
		app.Dl().Class("source-counts").Body(
			app.Range(s.Stats.Counts).Slice(func(i int) app.UI {
				st := s.Stats.Counts[i]
				return app.Div().Class("source-count").Body(
					app.Dt().Text(st.Label),
					app.Dd().Body(value(st, st.Value)),
				)
			}),
		),
		app.P().Class("gender-balance").Body(
			app.Span().Class("gender-title").Text("People quoted: "),
			app.Range(gender).Slice(func(i int) app.UI {
				st := gender[i]
				sep := ", "
				if i == len(gender)-1 {
					sep = "."
				}
				return app.Span().Class("gender-part").Body(
					value(st, st.Value+" "+st.Label),
					app.Text(sep),
				)
			}),
		),
	)
}
