package app

import (
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// SpeakerGroup is one speaker's quotes, with the speaker's share of the
// words quoted. A named speaker's name is a toggle button that highlights
// their quotes in the article. Its quotes are drawn piece by piece (see
// Plan): Shown is how many of the group's pieces are drawn so far; a
// speaker quoted very often has the quotes past the first few drawn only
// when asked for.
type SpeakerGroup struct {
	app.Compo

	Doc      *Doc
	Group    int  // index of the group in Doc.Speakers
	Shown    int  // pieces of the group drawn
	Hidden   int  // quotes not drawn until asked for
	Selected bool // whether the speaker's quotes are highlighted
}

// OnMount and OnUpdate give the anonymous and unattributed groups their
// empty data-speaker attribute. go-app drops attributes whose value is empty, so
// this one is set on the element directly; go-app leaves alone an
// attribute it did not set.
func (g *SpeakerGroup) OnMount(ctx app.Context) {
	g.markUnattributed(ctx)
}

// OnUpdate runs before the element is updated, hence the Defer.
func (g *SpeakerGroup) OnUpdate(ctx app.Context) {
	ctx.Defer(g.markUnattributed)
}

func (g *SpeakerGroup) markUnattributed(ctx app.Context) {
	if g.Doc != nil && g.Doc.Speakers[g.Group].Speaker == "" {
		if el := ctx.JSSrc(); el.Truthy() {
			el.Call("setAttribute", "data-speaker", "")
		}
	}
}

// Render draws the speaker's name, count and share, then the quotes.
func (g *SpeakerGroup) Render() app.UI {
	s := &g.Doc.Speakers[g.Group]
	el := app.Div().Class("speaker-group").DataSet("kind", s.Kind)
	var name app.UI = app.Text(s.Name)
	if s.Speaker != "" {
		el = el.DataSet("speaker", s.Speaker)
		name = app.Button().Type("button").Class("speaker-select").
			DataSet("speaker", s.Speaker).
			Aria("pressed", strconv.FormatBool(g.Selected)).
			Title("Highlight the quotes of " + s.Name + " in the article").
			Text(s.Name)
	} else {
		el = el.Class("unattributed") // the anonymous sources' too: no one named
	}
	var pieces []Piece
	for _, p := range g.Doc.Plan.Pieces[ListQuotes] {
		if p.Group == g.Group && len(pieces) < g.Shown {
			pieces = append(pieces, p)
		}
	}
	pct := int(math.Round(100 * s.Share))
	return el.Body(
		app.Div().Class("speaker-head").Body(
			app.H3().Class("speaker-name").Body(name),
			app.Span().Class("quote-count").
				Aria("label", fmt.Sprintf("%d %s", len(s.Quotes), plural(len(s.Quotes), "quote", "quotes"))).
				Text(strconv.Itoa(len(s.Quotes))),
		),
		app.Div().Class("share").Body(
			app.Meter().Class("share-meter").Min(0).Max(100).Value(pct).
				Aria("label", "share of the words quoted"),
			app.Span().Class("share-label").Text(fmt.Sprintf("%d%% of quoted words", pct)),
		),
		app.Range(pieces).Slice(func(i int) app.UI {
			return &quoteItems{Quotes: s.Quotes[pieces[i].From:pieces[i].To]}
		}),
		app.If(g.Hidden > 0, func() app.UI {
			return showMoreButton(g.Group, g.Hidden)
		}),
	)
}

// quoteItems draws a run of a speaker's quotes: one piece of the list.
type quoteItems struct {
	app.Compo

	Quotes []schema.Quote
}

// Render draws the quotes.
func (l *quoteItems) Render() app.UI {
	return app.Ol().Class("quote-items").Body(
		app.Range(l.Quotes).Slice(func(i int) app.UI {
			return quoteItem(l.Quotes[i])
		}),
	)
}

func quoteItem(q schema.Quote) app.UI {
	return app.Li().Class("quote-item", "quote-"+q.Kind).DataSet("quote", q.ID).Body(
		app.Blockquote().Class("quote-text").Text(q.Text),
		app.Div().Class("quote-meta").Body(
			app.If(q.Source != nil, func() app.UI {
				return app.Span().Class("quote-source").Title("The speaker as written").Text(q.Source.Text)
			}),
			app.If(q.Cue != nil, func() app.UI {
				return app.Span().Class("quote-cue").Title("The attribution verb").Text(q.Cue.Text)
			}),
			app.Span().Class("quote-kind").Text(q.Kind),
			app.Button().Type("button").Class("link-button", "quote-locate").
				Text("Show in article"),
		),
	)
}

// showQuote scrolls the article to a quote and flashes it.
func showQuote(ctx app.Context, id string) {
	sel := "#article-view span.quote[data-quote=" + cssString(id) + "]"
	el := app.Window().Get("document").Call("querySelector", sel)
	if !el.Truthy() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": "center", "behavior": scrollBehavior()})
	el.Get("classList").Call("add", "flash")
	ctx.After(1600*time.Millisecond, func(app.Context) {
		el.Get("classList").Call("remove", "flash")
	})
}
