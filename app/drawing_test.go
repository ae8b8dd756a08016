package app

import (
	"slices"
	"testing"
)

// drawAll steps w until all is drawn, checking that each step keeps to
// its budget (one piece past it at most) and replaces, never changes, the
// slices it hands to the views.
func drawAll(t *testing.T, w *drawing, budget int) int {
	t.Helper()
	steps := 0
	for !w.done() {
		before := [numLists][]bool{}
		for l := range numLists {
			before[l] = slices.Clone(w.drawn[l])
		}
		prevDrawn, prevMarked := w.drawn, w.marked
		keptDrawn, keptMarked := slices.Clone(prevDrawn[ListArticle]), slices.Clone(prevMarked)
		n := w.step(budget)
		if n == 0 {
			t.Fatalf("step %d drew nothing, but the drawing is not done", steps)
		}
		if n > budget+pieceNodes {
			t.Errorf("step %d drew %d nodes for a budget of %d", steps, n, budget)
		}
		if !slices.Equal(prevDrawn[ListArticle], keptDrawn) || !slices.Equal(prevMarked, keptMarked) {
			t.Fatalf("step %d changed a slice in place", steps)
		}
		steps++
		if steps > 10000 {
			t.Fatal("the drawing never ends")
		}
	}
	if n := w.step(budget); n != 0 {
		t.Errorf("a done drawing drew %d nodes more", n)
	}
	return steps
}

func TestDrawingShortArticle(t *testing.T) {
	d := tassDoc(t)
	w := newDrawing(d)
	drawAll(t, w, 1000)
	for l := range numLists {
		for i, ok := range w.drawn[l] {
			if !ok {
				t.Errorf("list %d: piece %d not drawn", l, i)
			}
		}
	}

	// A selection reaches the pieces that mention the entity, and only
	// those.
	entity := d.Analysis.Entities[0].ID
	w.selected = Highlight{Entity: entity}
	if w.done() {
		t.Fatal("a new selection left nothing to draw")
	}
	drawAll(t, w, 1000)
	for i, m := range w.marked {
		want := Highlight{}
		if d.Plan.Mentioned[i][entity] {
			want.Entity = entity
		}
		if m != want {
			t.Errorf("piece %d highlights %+v, want %+v", i, m, want)
		}
	}

	// So does a speaker's: the pieces that quote them, and only those,
	// the entity's highlights going.
	speaker := *d.Analysis.Quotes[0].Speaker
	w.selected = Highlight{Speaker: speaker}
	drawAll(t, w, 1000)
	quoting := 0
	for i, m := range w.marked {
		want := Highlight{}
		if d.Plan.Quoted[i][speaker] {
			want.Speaker = speaker
			quoting++
		}
		if m != want {
			t.Errorf("piece %d highlights %+v, want %+v", i, m, want)
		}
	}
	if quoting == 0 {
		t.Errorf("no piece quotes %s, the speaker of the first quote", speaker)
	}

	w.selected = Highlight{}
	drawAll(t, w, 1000)
	for i, m := range w.marked {
		if m != (Highlight{}) {
			t.Errorf("piece %d still highlights %+v", i, m)
		}
	}
}

func TestDrawingLongArticle(t *testing.T) {
	d := bookDoc(t, 3000, 30)
	p := d.Plan
	w := newDrawing(d)
	if steps := drawAll(t, w, 300); steps < 10 {
		t.Errorf("a long article drawn in %d steps of 300 nodes", steps)
	}
	drawnOn := func() (pages map[int]bool) {
		pages = map[int]bool{}
		for i, ok := range w.drawn[ListArticle] {
			if ok {
				pages[p.PageOf(i)] = true
			}
		}
		return pages
	}
	if pages := drawnOn(); len(pages) != 1 || !pages[0] {
		t.Errorf("pieces drawn on pages %v, want page 0 only", pages)
	}
	quotes := func() (n int) {
		for i, ok := range w.drawn[ListQuotes] {
			if ok {
				n += p.Pieces[ListQuotes][i].To - p.Pieces[ListQuotes][i].From
			}
		}
		return n
	}
	if got, want := quotes(), speakersShown*quotesShown; got != want {
		t.Errorf("%d quotes drawn at first, want %d", got, want)
	}

	// Turning the page draws that page only, highlights included.
	w.selected = Highlight{Entity: d.Analysis.Entities[0].ID}
	if !w.setPage(1) || w.setPage(1) || w.setPage(len(p.Pages)) {
		t.Error("setPage does not report what it did")
	}
	drawAll(t, w, 300)
	if pages := drawnOn(); len(pages) != 1 || !pages[1] {
		t.Errorf("after turning to page 1, pieces drawn on pages %v", pages)
	}
	for i, ok := range w.drawn[ListArticle] {
		if ok && p.Mentioned[i][w.selected.Entity] != (w.marked[i] == w.selected) {
			t.Errorf("piece %d highlights %+v", i, w.marked[i])
		}
	}

	// Asking for more draws a group whole, then the late groups.
	if !w.expand(ListQuotes, 0) || w.expand(ListQuotes, 0) || w.expand(ListQuotes, 99) {
		t.Error("expand does not report what it did")
	}
	drawAll(t, w, 300)
	if got, want := quotes(), speakersShown*quotesShown+p.Hidden(ListQuotes, 0); got != want {
		t.Errorf("after expanding a group, %d quotes drawn, want %d", got, want)
	}
	if !w.showLate(ListQuotes) || w.showLate(ListQuotes) {
		t.Error("showLate does not report what it did")
	}
	drawAll(t, w, 300)
	if got, want := quotes(), 30*quotesShown+p.Hidden(ListQuotes, 0); got != want {
		t.Errorf("after showing the late speakers, %d quotes drawn, want %d", got, want)
	}
}
