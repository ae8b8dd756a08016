package app

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// How much of each list the widget shows: it is a summary, and the full
// analyzer is a link away.
const (
	embedEntityGroups = 4 // entity types
	embedPerType      = 5 // entities of each type
	embedSpeakers     = 5 // speakers, the most quoted first
)

// EmbedResults is the widget's summary of the latest analysis: the
// headline and dateline, the figures, who and what the article is about
// (the most mentioned of each type) and who is quoted, with each voice's
// share of the quoted words. All of it is text; nothing from the article
// is ever markup.
type EmbedResults struct {
	app.Compo

	doc DocState
}

// OnMount follows the latest Doc. The analysis is complete once its
// summary is drawn, which the Page learns from ActionDrawn.
func (r *EmbedResults) OnMount(ctx app.Context) {
	ctx.ObserveState(StateDoc, &r.doc).OnChange(func() {
		if d := r.doc.Doc; d != nil {
			ctx.Defer(func(ctx app.Context) {
				ctx.NewActionWithValue(ActionDrawn, Drawn{Request: d.Request, Fraction: 1})
			})
		}
	})
}

// Render draws nothing until there is a result.
func (r *EmbedResults) Render() app.UI {
	d := r.doc.Doc
	if d == nil {
		return app.Div().Class("embed-results", "empty")
	}
	a := d.Analysis
	headline := "(no headline found)"
	if h := a.Article.Headline; h != nil {
		headline = h.Text
	}
	var dateline string
	if dl := a.Article.Dateline; dl != nil {
		dateline = dl.Text
	}
	return app.Section().ID("embed-results").Class("embed-results").Aria("label", "Analysis").Body(
		languageWarning(a.Language.Warning),
		repairsNotice(a.Repairs),
		app.H2().ID("embed-headline").Class("embed-headline").Text(headline),
		app.If(dateline != "", func() app.UI {
			return app.P().Class("embed-dateline").Text(dateline)
		}),
		&Overview{Doc: d},
		app.Div().Class("embed-columns").Body(
			embedEntities(d.Entities),
			embedSources(d),
		),
	)
}

// embedEntities lists the most mentioned entities of the first types.
func embedEntities(groups []EntityGroup) app.UI {
	groups = groups[:min(len(groups), embedEntityGroups)]
	return app.Section().ID("embed-entities").Class("panel", "embed-entities").Aria("labelledby", "embed-entities-title").Body(
		app.H3().ID("embed-entities-title").Class("panel-title").Text("Who and what"),
		app.If(len(groups) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No people, places or organizations found.")
		}),
		app.Range(groups).Slice(func(g int) app.UI {
			group := groups[g]
			items := group.Entities[:min(len(group.Entities), embedPerType)]
			more := len(group.Entities) - len(items)
			return app.Div().Class("entity-group").DataSet("type", group.Type).Body(
				app.H4().Class("group-title").Text(group.Label),
				app.Ul().Class("embed-list").Body(
					app.Range(items).Slice(func(i int) app.UI {
						e := items[i]
						return app.Li().Class("embed-entity").DataSet("entity", e.ID).DataSet("type", e.Type).Body(
							app.Span().Class("entity-name").Text(e.Name),
							app.If(len(e.Roles) > 0, func() app.UI {
								return app.Span().Class("entity-roles").Text(strings.Join(e.Roles, ", "))
							}),
							app.Span().Class("entity-count").
								Aria("label", strconv.Itoa(e.Mentions)+" "+plural(e.Mentions, "mention", "mentions")).
								Text(strconv.Itoa(e.Mentions)),
						)
					}),
				),
				app.If(more > 0, func() app.UI {
					return app.P().Class("embed-more").Text("and " + thousands(more) + " more")
				}),
			)
		}),
	)
}

// embedSources sums up who is quoted: the sources summary, then the most
// quoted voices with their share of the quoted words.
func embedSources(d *Doc) app.UI {
	speakers := d.Speakers[:min(len(d.Speakers), embedSpeakers)]
	more := len(d.Speakers) - len(speakers)
	return app.Section().ID("embed-sources").Class("panel", "embed-sources").Aria("labelledby", "embed-sources-title").Body(
		app.H3().ID("embed-sources-title").Class("panel-title").Text("Who says what"),
		app.If(len(d.Analysis.Quotes) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No quotes found.")
		}).Else(func() app.UI {
			return &SourcesSummary{Stats: d.Sources}
		}),
		app.Ul().Class("embed-list").Body(
			app.Range(speakers).Slice(func(i int) app.UI {
				s := speakers[i]
				pct := int(math.Round(100 * s.Share))
				return app.Li().Class("embed-speaker").DataSet("kind", s.Kind).Body(
					app.Span().Class("speaker-name").Text(s.Name),
					app.Span().Class("quote-count").
						Aria("label", fmt.Sprintf("%d %s", len(s.Quotes), plural(len(s.Quotes), "quote", "quotes"))).
						Text(strconv.Itoa(len(s.Quotes))),
					app.Meter().Class("share-meter").Min(0).Max(100).Value(pct).
						Aria("label", "share of the words quoted"),
					app.Span().Class("share-label").Text(fmt.Sprintf("%d%% of quoted words", pct)),
				)
			}),
		),
		app.If(more > 0, func() app.UI {
			return app.P().Class("embed-more").Text("and " + thousands(more) + " more " + plural(more, "voice", "voices"))
		}),
	)
}
