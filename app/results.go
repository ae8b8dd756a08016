package app

import (
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Drawing budget: Results draws as many pieces per frame as fit in
// frameTarget, going by how long the nodes of the last frame took.
const (
	frameTarget = 14 * time.Millisecond
	minBudget   = pieceNodes
	maxBudget   = 40 * pieceNodes
)

// Results draws the latest analysis. It owns the selection, which the
// entity list, the quote list and the article view all show: an entity,
// whose mentions are highlighted, or a speaker, whose quotes are.
//
// A long result is drawn a few pieces per frame (see Plan and drawing), so
// that the page never stops answering while thousands of marks and quotes
// appear; a new selection reaches the pieces of the article the same way.
// An article of ordinary length takes a few frames.
type Results struct {
	app.Compo

	GC *GCHold // held while drawing; nil: none

	doc    DocState
	w      *drawing  // nil when there is no Doc
	told   bool      // whether the Page knows that the Doc is drawn (ActionDrawn)
	scroll Highlight // selection whose first piece to scroll to, once highlighted
	quote  string    // quote to show in the article, once drawn
	// sentence is the sentence to show in the article once drawn; -1:
	// none (see handleShowSentence).
	sentence int
	// hidden are the entity types whose highlights the reader turned off
	// (TypeFilter); CSS hides them, so nothing is redrawn.
	hidden map[string]bool

	// phrase is the selected key phrase's marks, worked out once per
	// selection rather than each frame.
	phrase struct {
		id    string
		marks []Mark
	}

	budget  int  // nodes to draw in a frame
	drawing bool // a frame of drawing is scheduled
	// panels: whether the insight panels (summary, tone arc, key
	// phrases, readability, dates and figures) are drawn. A new Doc's
	// first frame draws the article's and the lists' first pieces
	// without them, and the next frame adds them: all in one frame, a
	// long text's first frame took 70 ms, a long task.
	panels  bool
	frameAt time.Time
	nodes   int // drawn in the frame under way
}

// OnMount follows the latest Doc and handles what the views ask for.
func (r *Results) OnMount(ctx app.Context) {
	r.budget = pieceNodes
	ctx.ObserveState(StateDoc, &r.doc).OnChange(func() {
		r.w, r.scroll, r.quote, r.told, r.sentence = nil, Highlight{}, "", false, -1
		r.panels = false
		r.hidden = map[string]bool{}
		r.phrase.id, r.phrase.marks = "", nil
		if r.doc.Doc != nil {
			r.w = newDrawing(r.doc.Doc)
		}
		r.draw(ctx)
		if !r.drawing {
			r.panels = true
			r.tell(ctx) // nothing to draw; otherwise, once drawn
		}
	})
	ctx.Handle(ActionSelectEntity, r.handleSelect)
	ctx.Handle(ActionShowMore, r.handleShowMore)
	ctx.Handle(ActionPage, r.handlePage)
	ctx.Handle(ActionShowQuote, r.handleShowQuote)
	ctx.Handle(ActionToggleType, r.handleToggleType)
	ctx.Handle(ActionShowSentence, r.handleShowSentence)
}

// handleToggleType turns a type's highlights off or back on.
func (r *Results) handleToggleType(ctx app.Context, a app.Action) {
	t, ok := a.Value.(string)
	if !ok || r.w == nil {
		return
	}
	ctx.Dispatch(func(app.Context) {
		if r.hidden == nil {
			r.hidden = map[string]bool{}
		}
		r.hidden[t] = !r.hidden[t]
	})
}

// hiddenTypes lists the hidden types for the data-hide attribute, which
// the style sheet reads with [data-hide~=TYPE].
func (r *Results) hiddenTypes() string {
	var ts []string
	for t, h := range r.hidden {
		if h {
			ts = append(ts, t)
		}
	}
	sort.Strings(ts)
	return strings.Join(ts, " ")
}

// handleSelect toggles the selection (an entity's mentions, or a
// speaker's quotes, which replace each other) and, when asked, scrolls to
// its first highlight on the page shown, or to the page of its first.
func (r *Results) handleSelect(ctx app.Context, a app.Action) {
	sel, ok := a.Value.(Selection)
	if !ok || r.w == nil {
		return
	}
	h := Highlight{Entity: sel.Entity}
	switch {
	case sel.Phrase != "":
		h = Highlight{Phrase: sel.Phrase}
	case sel.Quotes:
		h = Highlight{Speaker: sel.Entity}
	}
	r.scroll = Highlight{}
	if h == r.w.selected || h == (Highlight{}) {
		r.w.selected = Highlight{}
	} else {
		r.w.selected = h
		if sel.Scroll {
			r.scroll = h
			if first, ok := r.firstPiece(h, false); ok && r.doc.Doc.Plan.PageOf(first) != r.w.page {
				if _, here := r.firstPiece(h, true); !here {
					r.w.setPage(r.doc.Doc.Plan.PageOf(first))
				}
			}
		}
	}
	r.draw(ctx)
}

// onKeyDown clears the selection on Escape.
func (r *Results) onKeyDown(ctx app.Context, e app.Event) {
	if e.Get("key").String() != "Escape" || r.w == nil || r.w.selected == (Highlight{}) {
		return
	}
	ctx.NewActionWithValue(ActionSelectEntity, Selection{})
}

// firstPiece returns the first article piece that highlights something of
// sel, in the whole article or on the page shown.
func (r *Results) firstPiece(sel Highlight, onPage bool) (int, bool) {
	plan := r.doc.Doc.Plan
	from, to := 0, len(plan.Mentioned)
	if onPage {
		from, to = plan.Pages[r.w.page].From, plan.Pages[r.w.page].To
	}
	for i := from; i < to; i++ {
		if plan.highlight(sel, i) != (Highlight{}) {
			return i, true
		}
	}
	return 0, false
}

// handleShowMore draws the rest of a group of the entity or quote list, or
// the rest of its groups.
func (r *Results) handleShowMore(ctx app.Context, a app.Action) {
	m, ok := a.Value.(ShowMore)
	if !ok || r.w == nil {
		return
	}
	if m.Group < 0 {
		r.w.showLate(m.List)
	} else {
		r.w.expand(m.List, m.Group)
	}
	r.draw(ctx)
}

// handlePage shows another page of the article, from its top.
func (r *Results) handlePage(ctx app.Context, a app.Action) {
	page, ok := a.Value.(int)
	if !ok || r.w == nil || !r.w.setPage(page) {
		return
	}
	r.scroll = Highlight{}
	r.draw(ctx)
	ctx.Defer(func(app.Context) { scrollIntoView("#article-view", "start") })
}

// handleShowQuote shows a quote in the article, turning to its page.
func (r *Results) handleShowQuote(ctx app.Context, a app.Action) {
	id, ok := a.Value.(string)
	if !ok || r.w == nil {
		return
	}
	piece, ok := r.quotePiece(id)
	if !ok {
		return
	}
	r.w.setPage(r.doc.Doc.Plan.PageOf(piece))
	r.quote = id
	r.draw(ctx)
	r.showQuote(ctx)
}

// quotePiece returns the article piece that draws the start of quote id.
func (r *Results) quotePiece(id string) (int, bool) {
	d := r.doc.Doc
	for _, q := range d.Analysis.Quotes {
		if q.ID != id {
			continue
		}
		b := sort.Search(len(d.Blocks), func(i int) bool { return d.Blocks[i].End > q.Start })
		if b == len(d.Blocks) {
			return 0, false
		}
		return d.Plan.PieceOfBlock(b), true
	}
	return 0, false
}

// showQuote shows the quote asked for once its piece is drawn.
func (r *Results) showQuote(ctx app.Context) {
	if r.quote == "" || r.w == nil {
		return
	}
	if piece, ok := r.quotePiece(r.quote); !ok || r.w.drawn[ListArticle][piece] {
		if ok {
			id := r.quote
			ctx.Defer(func(ctx app.Context) { showQuote(ctx, id) })
		}
		r.quote = ""
	}
}

// draw plans the next frame's drawing, unless one is planned already.
func (r *Results) draw(ctx app.Context) {
	if !r.drawing {
		r.frame(ctx)
	}
}

// frame decides what the next frame draws, and once it is drawn, plans
// the one after.
func (r *Results) frame(ctx app.Context) {
	r.nodes = 0
	if r.w != nil {
		r.nodes = r.w.step(r.budget)
	}
	was := r.drawing
	r.drawing = r.nodes > 0
	if r.GC != nil && r.drawing != was {
		if r.drawing {
			r.GC.Hold()
		} else {
			r.GC.Release()
		}
	}
	if !r.drawing {
		r.panels = true
		return
	}
	r.frameAt = time.Time{}
	ctx.Defer(func(ctx app.Context) {
		if !r.frameAt.IsZero() {
			// Draw as many nodes next time as fit in frameTarget at the
			// pace of this frame.
			took := max(time.Since(r.frameAt), time.Millisecond)
			want := int(float64(r.nodes) * float64(frameTarget) / float64(took))
			r.budget = min(max((r.budget+want)/2, minBudget), maxBudget)
		}
		r.panels = true // from the next frame on
		r.scrollToSelection()
		r.showQuote(ctx)
		r.showSentence(ctx)
		r.tell(ctx)
		ctx.Dispatch(r.frame)
	})
}

// tell tells the Page how far a new Doc is drawn, until it is.
func (r *Results) tell(ctx app.Context) {
	if r.told || r.w == nil {
		return
	}
	f := r.w.firstDrawn()
	r.told = f >= 1
	ctx.NewActionWithValue(ActionDrawn, Drawn{Request: r.doc.Doc.Request, Fraction: f})
}

// scrollToSelection scrolls to the selected entity's first mention, or
// the selected speaker's first quote, on the page once the piece that has
// it highlights it.
func (r *Results) scrollToSelection() {
	if r.scroll == (Highlight{}) || r.w == nil {
		return
	}
	i, ok := r.firstPiece(r.scroll, true)
	if !ok {
		r.scroll = Highlight{} // not on this page
		return
	}
	if r.w.drawn[ListArticle][i] && r.w.marked[i] == r.w.plan.highlight(r.scroll, i) {
		sel := "#article-view mark.ent.active"
		switch {
		case r.scroll.Speaker != "":
			sel = "#article-view span.quote.selected"
		case r.scroll.Phrase != "":
			sel = "#article-view mark.kp.active"
		}
		scrollIntoView(sel, "center")
		r.scroll = Highlight{}
	}
}

// Render draws nothing until there is a result.
func (r *Results) Render() app.UI {
	d := r.doc.Doc
	if d == nil || r.w == nil {
		return app.Div().Class("results-empty")
	}
	if r.drawing && r.frameAt.IsZero() {
		r.frameAt = time.Now()
	}
	w := r.w
	a := d.Analysis
	var markers []schema.Marker
	if a.Tone != nil {
		markers = a.Tone.Markers
	}
	if r.phrase.id != w.selected.Phrase {
		r.phrase.id, r.phrase.marks = w.selected.Phrase, PhraseMarks(a.Keyphrases, w.selected.Phrase)
	}
	return app.Section().ID("results").Class("results").Aria("label", "Analysis").DataSet("hide", r.hiddenTypes()).
		OnKeyDown(r.onKeyDown).
		Body(
			languageWarning(a.Language.Warning),
			repairsNotice(a.Repairs),
			app.Div().Class("results-head").Body(
				&Overview{Doc: d},
				app.Div().Class("downloads").Body(downloads(d)...),
			),
			app.If(r.panels, func() app.UI {
				return app.Div().Class("insights").Body(
					summaryBox(a.Summary),
					&ToneArc{Chart: d.Tone, Tone: a.Tone, Sentences: len(a.Sentences)},
					keyphraseChips(a.Keyphrases, w.selected.Phrase),
				)
			}).Else(func() app.UI {
				return app.Div().Class("insights", "insights-pending")
			}),
			app.Div().Class("results-grid").Body(
				app.Div().Class("article-column").Body(
					markerLegend(markers),
					&ArticleView{Doc: d, Page: w.page, Drawn: w.drawn[ListArticle], Marked: w.marked, Speaker: w.selected.Speaker, Phrase: r.phrase.marks},
				),
				app.Div().Class("sidebar").Body(
					app.If(len(d.Entities) > 0, func() app.UI {
						return &TypeFilter{Groups: d.Entities, Hidden: r.hiddenTypes()}
					}),
					&EntityList{Doc: d, Drawn: w.drawn[ListEntities], Expanded: w.expanded[ListEntities], Selected: w.selected.Entity},
					&QuoteList{Doc: d, Drawn: w.drawn[ListQuotes], Expanded: w.expanded[ListQuotes], Late: w.late[ListQuotes], Selected: w.selected.Speaker},
					app.If(r.panels, func() app.UI {
						return app.Div().Class("detail-panels").Body(
							&ReadabilityPanel{Readability: a.Readability},
							&ValuesPanel{Dates: a.Dates, Figures: a.Figures},
						)
					}),
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
	el.Call("scrollIntoView", map[string]any{"block": block, "behavior": scrollBehavior()})
}

// scrollBehavior is how the page scrolls to what the reader asked for:
// smoothly, unless the reader's system asks for reduced motion.
func scrollBehavior() string {
	if mq := app.Window().Call("matchMedia", "(prefers-reduced-motion: reduce)"); mq.Truthy() && mq.Get("matches").Bool() {
		return "auto"
	}
	return "smooth"
}

// cssString quotes s for a CSS attribute selector.
func cssString(s string) string {
	return `"` + app.Window().Get("CSS").Call("escape", s).String() + `"`
}
