package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuoteList lists the article's quotes grouped by speaker: the voice
// quoted most first, then the anonymous sources, the unattributed quotes
// last; above them, the sources summary. Pressing a speaker's name
// highlights their quotes in the article.
//
// Like the article, the list is drawn piece by piece (see Plan): Shown is
// how many of its pieces are drawn so far.
type QuoteList struct {
	app.Compo

	Doc      *Doc
	Drawn    []bool // for each piece, whether it is drawn
	Expanded []bool // for each group, whether all of it is asked for
	Late     bool   // whether the speakers past the first few are asked for
	Selected string // the speaker whose quotes are highlighted ("": none)
}

// Render draws the sources summary and one SpeakerGroup per speaker that
// has a piece drawn. Pressing a speaker, "Show in article" and "Show N
// more" are handled by one handler for the whole list.
func (l *QuoteList) Render() app.UI {
	groups := l.Doc.Speakers
	// How many pieces of each group are drawn (a group's pieces are drawn
	// in order).
	plan := l.Doc.Plan
	shown := make([]int, len(groups))
	for i, p := range plan.Pieces[ListQuotes] {
		if i < len(l.Drawn) && l.Drawn[i] {
			shown[p.Group]++
		}
	}
	return app.Section().ID("quote-list").Class("panel", "quote-list").Aria("labelledby", "quote-list-title").
		OnClick(l.onClick).
		Body(
			app.H2().ID("quote-list-title").Class("panel-title").Text("Who says what"),
			app.If(len(l.Doc.Analysis.Quotes) == 0, func() app.UI {
				return app.P().Class("panel-summary", "empty-note").Text("No quotes found.")
			}).Else(func() app.UI {
				return &SourcesSummary{Stats: l.Doc.Sources}
			}),
			app.Range(groups).Slice(func(i int) app.UI {
				if shown[i] == 0 {
					return nil
				}
				hidden := 0
				if i >= len(l.Expanded) || !l.Expanded[i] {
					hidden = plan.Hidden(ListQuotes, i)
				}
				selected := groups[i].Speaker != "" && groups[i].Speaker == l.Selected
				return &SpeakerGroup{Doc: l.Doc, Group: i, Shown: shown[i], Hidden: hidden, Selected: selected}
			}),
			app.If(!l.Late && plan.LateGroups(ListQuotes) > 0, func() app.UI {
				n := plan.LateGroups(ListQuotes)
				return app.Button().Type("button").Class("link-button", "show-more", "show-more-speakers").
					DataSet("group", -1).
					Text("Show " + thousands(n) + " more " + plural(n, "speaker", "speakers"))
			}),
		)
}

func (l *QuoteList) onClick(ctx app.Context, e app.Event) {
	if id := closestData(e, "button.speaker-select", "speaker"); id != "" {
		ctx.NewActionWithValue(ActionSelectEntity, Selection{Entity: id, Scroll: true, Quotes: true})
		return
	}
	if g, ok := showMoreGroup(e); ok {
		ctx.NewActionWithValue(ActionShowMore, ShowMore{List: ListQuotes, Group: g})
		return
	}
	if !closest(e, "button.quote-locate").Truthy() {
		return
	}
	if id := closestData(e, "li.quote-item", "quote"); id != "" {
		ctx.NewActionWithValue(ActionShowQuote, id)
	}
}
