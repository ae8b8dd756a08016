package app

import "slices"

// drawing is how far the views of a Doc are drawn, and what is still to
// draw: plain data that Results moves on a frame at a time (see Plan).
//
// Its slices are handed to components as fields, which go-app compares
// with the previous ones to know what to draw again: so a slice is never
// changed in place, but replaced by a changed copy.
type drawing struct {
	plan     *Plan
	first    int              // pieces drawn at first: the Doc's Initial order
	page     int              // the article's page shown
	queue    []PieceRef       // pieces to draw, in order
	drawn    [numLists][]bool // for each piece, whether it is drawn
	marked   []Highlight      // for each article piece, what it highlights
	expanded [numLists][]bool // for each group, whether the reader asked for all of it
	late     [numLists]bool   // whether the reader asked for the late groups
	selected Highlight        // what the reader selected
}

// Highlight is what the article highlights: an entity's mentions, a
// speaker's quotes or a key phrase's occurrences (the reader selects one
// at a time); the zero value, nothing.
type Highlight struct {
	Entity  string // the entity whose mentions are highlighted
	Speaker string // the speaker (entity ID) whose quotes are highlighted
	Phrase  string // the key phrase (its index) whose occurrences are highlighted
}

// newDrawing starts drawing a Doc's views: nothing is drawn yet.
func newDrawing(d *Doc) *drawing {
	plan := d.Plan
	w := &drawing{plan: plan, queue: plan.Initial(0)}
	w.first = len(w.queue)
	for l := range numLists {
		w.drawn[l] = make([]bool, len(plan.Pieces[l]))
	}
	w.marked = make([]Highlight, len(plan.Pieces[ListArticle]))
	w.expanded[ListEntities] = make([]bool, len(d.Entities))
	w.expanded[ListQuotes] = make([]bool, len(d.Speakers))
	return w
}

// firstDrawn is the fraction of the pieces drawn at first that are drawn,
// 1 once they are (whatever the reader has asked for since).
func (w *drawing) firstDrawn() float64 {
	if w.first == 0 || len(w.queue) == 0 {
		return 1
	}
	return max(0, 1-float64(len(w.queue))/float64(w.first))
}

// done reports whether all that is asked for is drawn.
func (w *drawing) done() bool {
	return len(w.queue) == 0 && w.highlightsDone()
}

func (w *drawing) highlightsDone() bool {
	for i, drawn := range w.drawn[ListArticle] {
		if drawn && w.marked[i] != w.highlight(i) {
			return false
		}
	}
	return true
}

// highlight is what article piece i is to highlight.
func (w *drawing) highlight(i int) Highlight {
	return w.plan.highlight(w.selected, i)
}

// step draws about budget nodes more: first it brings the highlights of
// the drawn pieces of the article up to the selection (the pieces that
// gain the selection first), then draws the next pieces. It returns
// the nodes it drew, 0 when all is drawn.
func (w *drawing) step(budget int) int {
	nodes := 0
	article := w.plan.Pieces[ListArticle]
	markedCopied := false
	mark := func(i int, h Highlight) {
		if !markedCopied {
			w.marked, markedCopied = slices.Clone(w.marked), true
		}
		w.marked[i] = h
	}
	for _, gain := range []bool{true, false} {
		for i, drawn := range w.drawn[ListArticle] {
			want := w.highlight(i)
			if !drawn || w.marked[i] == want || (want != Highlight{}) != gain || nodes >= budget {
				continue
			}
			mark(i, want)
			nodes += article[i].Nodes
		}
	}
	var copied [numLists]bool
	for len(w.queue) > 0 && nodes < budget {
		ref := w.queue[0]
		if n := w.plan.Pieces[ref.List][ref.Index].Nodes; nodes > 0 && nodes+n > budget {
			break
		}
		w.queue = w.queue[1:]
		if w.drawn[ref.List][ref.Index] {
			continue
		}
		if !copied[ref.List] {
			w.drawn[ref.List], copied[ref.List] = slices.Clone(w.drawn[ref.List]), true
		}
		w.drawn[ref.List][ref.Index] = true
		if ref.List == ListArticle && w.marked[ref.Index] != w.highlight(ref.Index) {
			mark(ref.Index, w.highlight(ref.Index))
		}
		nodes += w.plan.Pieces[ref.List][ref.Index].Nodes
	}
	return nodes
}

// setPage shows another page of the article: its pieces are drawn before
// anything else still to draw, and the other page's are let go.
func (w *drawing) setPage(page int) bool {
	if page == w.page || page < 0 || page >= len(w.plan.Pages) {
		return false
	}
	w.page = page
	w.drawn[ListArticle] = make([]bool, len(w.drawn[ListArticle]))
	w.marked = make([]Highlight, len(w.marked))
	rest := slices.DeleteFunc(slices.Clone(w.queue), func(r PieceRef) bool { return r.List == ListArticle })
	w.queue = append(w.plan.pageRefs(page), rest...)
	return true
}

// expand draws the rest of group g of list l.
func (w *drawing) expand(l, g int) bool {
	if l < 0 || l >= numLists || g < 0 || g >= len(w.expanded[l]) || w.expanded[l][g] {
		return false
	}
	w.expanded[l] = slices.Clone(w.expanded[l])
	w.expanded[l][g] = true
	w.queue = append(w.queue, w.plan.MoreOf(l, g)...)
	return true
}

// showLate draws the late groups of list l.
func (w *drawing) showLate(l int) bool {
	if l < 0 || l >= numLists || w.late[l] {
		return false
	}
	w.late[l] = true
	w.queue = append(w.queue, w.plan.LateOf(l)...)
	return true
}
