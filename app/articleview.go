package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArticleView re-draws the article with its furniture, quotes and entity
// mentions marked. The article's text is only ever set as text nodes.
type ArticleView struct {
	app.Compo

	Doc      *Doc
	Selected string // entity whose mentions are highlighted
}

// Render draws one element per paragraph.
func (v *ArticleView) Render() app.UI {
	blocks := v.Doc.Blocks
	return app.Article().ID("article-view").Class("article-view").Aria("label", "The article, marked up").Body(
		app.Range(blocks).Slice(func(i int) app.UI {
			b := blocks[i]
			children := v.nodes(b.Nodes)
			if b.Class == "headline" {
				return app.H2().Class(b.Class).Body(children...)
			}
			return app.P().Class(b.Class).Body(children...)
		}),
	)
}

func (v *ArticleView) nodes(ns []*Node) []app.UI {
	out := make([]app.UI, 0, len(ns))
	for _, n := range ns {
		if n.Mark == nil {
			out = append(out, app.Text(v.Doc.Text[n.Start:n.End]))
			continue
		}
		out = append(out, v.mark(n))
	}
	return out
}

func (v *ArticleView) mark(n *Node) app.UI {
	m := n.Mark
	children := v.nodes(n.Children)
	switch m.Kind {
	case MarkQuote:
		el := app.Span().Class("quote", "quote-"+m.Type).DataSet("quote", m.ID)
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
		if m.ID == v.Selected {
			active = "active"
		}
		id := m.ID
		return app.Mark().Class("ent", "mention-"+m.Class, active).
			DataSet("entity", m.ID).
			DataSet("type", m.Type).
			Title(m.Label + " · " + TypeLabel(m.Type)).
			OnClick(func(ctx app.Context, _ app.Event) {
				ctx.NewActionWithValue(ActionSelectEntity, Selection{Entity: id})
			}).
			Body(children...)
	}
	return app.Span().Class(m.Class).Body(children...)
}
