package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// QuoteList lists the article's quotes grouped by speaker: the voice
// quoted most first, the unattributed quotes last.
//
// Like the article, the list is drawn piece by piece (see Plan): Shown is
// how many of its pieces are drawn so far.
type QuoteList struct {
	app.Compo

	Doc      *Doc
	Drawn    []bool // for each piece, whether it is drawn
	Expanded []bool // for each group, whether all of it is asked for
	Late     bool   // whether the speakers past the first few are asked for
}

// Render draws a summary line and one SpeakerGroup per speaker that has a
// piece drawn. "Show in article" and "Show N more" are handled by one
// handler for the whole list.
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
			app.P().Class("panel-summary").Text(summary),
			app.Range(groups).Slice(func(i int) app.UI {
				if shown[i] == 0 {
					return nil
				}
				share := 0.0
				if words > 0 {
					share = float64(groups[i].Words) / float64(words)
				}
				hidden := 0
				if i >= len(l.Expanded) || !l.Expanded[i] {
					hidden = plan.Hidden(ListQuotes, i)
				}
				return &SpeakerGroup{Doc: l.Doc, Group: i, Share: share, Shown: shown[i], Hidden: hidden}
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
