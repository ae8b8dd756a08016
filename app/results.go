package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Results draws the latest analysis. It owns the selected entity, which
// the entity list and the article view both show.
type Results struct {
	app.Compo

	doc      DocState
	selected string // ID of the entity whose mentions are highlighted
}

// OnMount follows the latest Doc and handles entity selection.
func (r *Results) OnMount(ctx app.Context) {
	ctx.ObserveState(StateDoc, &r.doc).OnChange(func() {
		r.selected = ""
	})
	ctx.Handle(ActionSelectEntity, r.handleSelect)
}

// handleSelect toggles the selected entity and, when asked, scrolls its
// first mention into view once the article view shows it.
func (r *Results) handleSelect(ctx app.Context, a app.Action) {
	sel, ok := a.Value.(Selection)
	if !ok {
		return
	}
	if sel.Entity == r.selected {
		r.selected = ""
		return
	}
	r.selected = sel.Entity
	if sel.Scroll {
		ctx.Defer(func(app.Context) {
			scrollIntoView("#article-view mark.ent.active", "center")
		})
	}
}

// Render draws nothing until there is a result.
func (r *Results) Render() app.UI {
	d := r.doc.Doc
	if d == nil {
		return app.Div().Class("results-empty")
	}
	return app.Section().ID("results").Class("results").Aria("label", "Analysis").Body(
		app.Div().Class("results-head").Body(
			&Overview{Doc: d},
			&DownloadButton{Doc: d},
		),
		app.Div().Class("results-grid").Body(
			&ArticleView{Doc: d, Selected: r.selected},
			app.Div().Class("sidebar").Body(
				&EntityList{Doc: d, Selected: r.selected},
				&QuoteList{Doc: d},
			),
		),
	)
}

// scrollIntoView scrolls the first element matching selector into view;
// block is where it lands ("start", "center").
func scrollIntoView(selector, block string) {
	el := app.Window().Get("document").Call("querySelector", selector)
	if !el.Truthy() {
		return
	}
	el.Call("scrollIntoView", map[string]any{"block": block, "behavior": "smooth"})
}

// cssString quotes s for a CSS attribute selector.
func cssString(s string) string {
	return `"` + app.Window().Get("CSS").Call("escape", s).String() + `"`
}
