package app

import (
	"slices"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArticleView re-draws the article with its furniture, quotes and entity
// mentions marked. The article's text is only ever set as text nodes.
//
// The view is drawn piece by piece (see Plan): Results says how many
// pieces are drawn so far, and what each highlights (an entity's mentions
// or a speaker's quotes), so that a book-length article, or a new
// selection in it, is drawn a few pieces per frame.
type ArticleView struct {
	app.Compo

	Doc    *Doc
	Page   int         // the page of a long article shown
	Drawn  []bool      // for each piece, whether it is drawn
	Marked []Highlight // for each piece, what it highlights
	// Speaker is the selected speaker, whose quotes are highlighted and
	// the others' dimmed ("": none). The dimming is the style sheet's,
	// from the view's class, so that the pieces without the speaker's
	// quotes are not drawn again.
	Speaker string
	// Phrase is the occurrences of the selected key phrase, in text
	// order (nil: none). They are laid over only the pieces that
	// highlight the phrase, so that the article's other pieces, and the
	// whole article when no phrase is selected, carry no extra elements.
	Phrase []Mark
}

// Render draws one element per paragraph, in a wrapper per piece, and for
// a long article, the pages to turn to before and after them. A click on
// a mention selects its entity: one handler for the whole view, rather
// than one per mention.
func (v *ArticleView) Render() app.UI {
	pieces := v.Doc.Plan.Pieces[ListArticle]
	var drawn []int
	for i, ok := range v.Drawn {
		if ok && i < len(pieces) {
			drawn = append(drawn, i)
		}
	}
	paged := len(v.Doc.Plan.Pages) > 1
	selecting := ""
	if v.Speaker != "" {
		selecting = "speaker-selected"
	}
	return app.Article().ID("article-view").Class("article-view", selecting).Aria("label", "The article, marked up").
		OnClick(v.onClick).
		Body(
			app.If(paged, func() app.UI { return v.pager("top") }),
			app.Range(drawn).Slice(func(k int) app.UI {
				i := drawn[k]
				var active Highlight
				if i < len(v.Marked) {
					active = v.Marked[i]
				}
				p := pieces[i]
				blocks := v.Doc.Blocks[p.From:p.To]
				var phrase []Mark
				if active.Phrase != "" {
					phrase = marksWithin(v.Phrase, blocks[0].Start, blocks[len(blocks)-1].End)
				}
				return &articleChunk{Text: v.Doc.Text, Blocks: blocks, Active: active, Phrase: phrase}
			}),
			app.If(paged, func() app.UI { return v.pager("bottom") }),
		)
}

// pager says which part of a long article is shown, with buttons to the
// pages before and after it.
func (v *ArticleView) pager(where string) app.UI {
	plan := v.Doc.Plan
	page := plan.Pages[v.Page]
	first := plan.Pieces[ListArticle][page.From].From + 1
	last := plan.Pieces[ListArticle][page.To-1].To
	turn := func(to int, label string) app.UI {
		b := app.Button().Type("button").Class("link-button", "page-turn").DataSet("page", to).Text(label)
		if to < 0 || to >= len(plan.Pages) {
			b = b.Disabled(true)
		}
		return b
	}
	return app.Nav().Class("article-pager", "article-pager-"+where).Aria("label", "Parts of the article").Body(
		turn(v.Page-1, "‹ Previous"),
		app.Span().Class("page-label").Text("Part "+strconv.Itoa(v.Page+1)+" of "+strconv.Itoa(len(plan.Pages))+
			": paragraphs "+thousands(first)+"–"+thousands(last)+" of "+thousands(len(v.Doc.Blocks))),
		turn(v.Page+1, "Next ›"),
	)
}

func (v *ArticleView) onClick(ctx app.Context, e app.Event) {
	if id := closestData(e, "mark.ent", "entity"); id != "" {
		ctx.NewActionWithValue(ActionSelectEntity, Selection{Entity: id})
	} else if s := closestData(e, "button.page-turn", "page"); s != "" {
		if page, err := strconv.Atoi(s); err == nil {
			ctx.NewActionWithValue(ActionPage, page)
		}
	}
}

// closestData returns the data-name attribute of the element matching
// selector that encloses the event's target, or "".
func closestData(e app.Event, selector, name string) string {
	el := closest(e, selector)
	if !el.Truthy() {
		return ""
	}
	if v := el.Get("dataset").Get(name); v.Type() == app.TypeString {
		return v.String()
	}
	return ""
}

// closest returns the element matching selector that encloses the event's
// target (null if none).
func closest(e app.Event, selector string) app.Value {
	target := e.Get("target")
	if !target.Truthy() || target.Get("closest").Type() != app.TypeFunction {
		return app.Null()
	}
	return target.Call("closest", selector)
}

// articleChunk draws a run of blocks of the article: one piece of it.
type articleChunk struct {
	app.Compo

	Text   string
	Blocks []Block
	Active Highlight // the entity whose mentions, or speaker whose quotes, are highlighted
	Phrase []Mark    // the selected key phrase's occurrences in these blocks
}

// Render draws the blocks in a wrapper, which the browser lays out only
// when it comes near the screen (content-visibility in app.css).
func (c *articleChunk) Render() app.UI {
	blocks := c.Blocks
	return app.Div().Class("article-chunk").Body(
		app.Range(blocks).Slice(func(i int) app.UI {
			b := blocks[i]
			ns := b.Nodes()
			if extra := marksWithin(c.Phrase, b.Start, b.End); len(extra) > 0 {
				ns = BuildNodes(b.Start, b.End, append(slices.Clip(b.Marks), extra...))
			}
			children := c.nodes(ns)
			if b.Class == "headline" {
				return app.H2().Class(b.Class).Body(children...)
			}
			return app.P().Class(b.Class).Body(children...)
		}),
	)
}

func (c *articleChunk) nodes(ns []*Node) []app.UI {
	out := make([]app.UI, 0, len(ns))
	for _, n := range ns {
		if n.Mark == nil {
			out = append(out, app.Text(c.Text[n.Start:n.End]))
			continue
		}
		out = append(out, c.mark(n))
	}
	return out
}

func (c *articleChunk) mark(n *Node) app.UI {
	m := n.Mark
	children := c.nodes(n.Children)
	switch m.Kind {
	case MarkQuote:
		selected := ""
		if m.Speaker != "" && m.Speaker == c.Active.Speaker {
			selected = "selected"
		}
		el := app.Span().Class("quote", "quote-"+m.Type, selected).DataSet("quote", m.ID)
		if m.Speaker != "" {
			el = el.DataSet("speaker", m.Speaker)
		}
		title := "Quote"
		if m.Label != "" {
			title += ": " + m.Label
		}
		return el.Title(title).Body(children...)
	case MarkMention:
		active := ""
		if m.ID == c.Active.Entity {
			active = "active"
		}
		return app.Mark().Class("ent", "mention-"+m.Class, active).
			DataSet("entity", m.ID).
			DataSet("type", m.Type).
			Title(m.Label + " · " + TypeLabel(m.Type)).
			Body(children...)
	case MarkSentence:
		return app.Span().Class("sentence").DataSet("sentence", m.ID).Body(children...)
	case MarkToneMarker:
		return app.Span().Class("tone-marker", "marker-"+m.Class).Title(markerLabel(m.Class)).Body(children...)
	case MarkPhrase:
		return app.Mark().Class("kp", "active").DataSet("phrase", m.ID).DataSet("occurrence", m.N).Body(children...)
	}
	return app.Span().Class(m.Class).Body(children...)
}

// marksWithin returns the marks of ms that overlap [start, end), nil
// when none do. (A phrase has a few occurrences: a scan will do.)
func marksWithin(ms []Mark, start, end int) []Mark {
	var out []Mark
	for _, m := range ms {
		if m.Start < end && m.End > start {
			out = append(out, m)
		}
	}
	return out
}
