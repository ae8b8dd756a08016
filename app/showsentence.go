package app

import (
	"sort"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// handleShowSentence shows a sentence in the article (from the tone chart
// or the summary), turning to its page first in a long article.
func (r *Results) handleShowSentence(ctx app.Context, a app.Action) {
	i, ok := a.Value.(int)
	if !ok || r.w == nil {
		return
	}
	piece, ok := r.sentencePiece(i)
	if !ok {
		return
	}
	r.w.setPage(r.doc.Doc.Plan.PageOf(piece))
	r.sentence = i
	r.draw(ctx)
	r.showSentence(ctx)
}

// sentencePiece returns the article piece that draws the start of
// sentence i.
func (r *Results) sentencePiece(i int) (int, bool) {
	d := r.doc.Doc
	if i < 0 || i >= len(d.Analysis.Sentences) {
		return 0, false
	}
	start := d.Analysis.Sentences[i].Start
	b := sort.Search(len(d.Blocks), func(k int) bool { return d.Blocks[k].End > start })
	if b == len(d.Blocks) {
		return 0, false
	}
	return d.Plan.PieceOfBlock(b), true
}

// showSentence shows the sentence asked for once its piece is drawn.
func (r *Results) showSentence(ctx app.Context) {
	if r.sentence < 0 || r.w == nil {
		return
	}
	if piece, ok := r.sentencePiece(r.sentence); !ok || r.w.drawn[ListArticle][piece] {
		if ok {
			i := r.sentence
			ctx.Defer(func(ctx app.Context) { flashSentence(ctx, i) })
		}
		r.sentence = -1
	}
}

// flashSentence scrolls sentence i into view, flashes it, and moves the
// focus to it, so that a keyboard or screen-reader user goes on reading
// from there. A sentence crossed by a quote is drawn in several spans:
// all of them flash.
func flashSentence(ctx app.Context, i int) {
	doc := app.Window().Get("document")
	spans := doc.Call("querySelectorAll", `#article-view span.sentence[data-sentence="`+strconv.Itoa(i)+`"]`)
	n := spans.Length()
	if n == 0 {
		return
	}
	first := spans.Index(0)
	first.Call("scrollIntoView", map[string]any{"block": "center", "behavior": scrollBehavior()})
	first.Call("setAttribute", "tabindex", "-1")
	first.Call("focus", map[string]any{"preventScroll": true})
	for k := range n {
		spans.Index(k).Get("classList").Call("add", "flash")
	}
	ctx.After(1600*time.Millisecond, func(app.Context) {
		for k := range n {
			spans.Index(k).Get("classList").Call("remove", "flash")
		}
	})
}
