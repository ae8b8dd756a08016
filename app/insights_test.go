package app

import (
	"strings"
	"testing"
)

func TestPhraseSelection(t *testing.T) {
	d := insightsDoc(t, nil)
	a := d.Analysis
	ms := PhraseMarks(a.Keyphrases, "0")
	if len(ms) != len(a.Keyphrases[0].Occurrences) || len(ms) < 2 {
		t.Fatalf("%d marks for NATO's %d occurrences", len(ms), len(a.Keyphrases[0].Occurrences))
	}
	for n, m := range ms {
		if got := d.Text[m.Start:m.End]; got != "NATO" || m.N != n || m.Kind != MarkPhrase || m.ID != "0" {
			t.Errorf("mark %d: %+v slices %q", n, m, got)
		}
	}
	for _, id := range []string{"", "2", "-1", "x"} {
		if ms := PhraseMarks(a.Keyphrases, id); ms != nil {
			t.Errorf("PhraseMarks(%q) = %v, want nil", id, ms)
		}
	}
	// The pieces that highlight the phrase are those it occurs in.
	sel := Highlight{Phrase: "0"}
	found := 0
	for i := range d.Plan.Pieces[ListArticle] {
		if h := d.Plan.highlight(sel, i); h.Phrase == "0" {
			found++
		}
		if h := d.Plan.highlight(Highlight{Entity: "nobody"}, i); h != (Highlight{}) {
			t.Errorf("piece %d highlights %+v for an unknown entity", i, h)
		}
	}
	if found == 0 {
		t.Error("no piece highlights NATO")
	}
	// Laid over a block, the occurrences become marks of their own, the
	// text drawn once.
	for _, b := range d.Blocks {
		extra := marksWithin(ms, b.Start, b.End)
		if len(extra) == 0 {
			continue
		}
		nodes := BuildNodes(b.Start, b.End, append(b.Marks, extra...))
		var text strings.Builder
		kps := 0
		var walk func([]*Node)
		walk = func(ns []*Node) {
			for _, n := range ns {
				if n.Mark != nil && n.Mark.Kind == MarkPhrase {
					kps++
				}
				if len(n.Children) == 0 {
					text.WriteString(d.Text[n.Start:n.End])
				}
				walk(n.Children)
			}
		}
		walk(nodes)
		if text.String() != d.Text[b.Start:b.End] || kps < len(extra) {
			t.Errorf("block %d..%d: %d phrase marks of %d, text %q", b.Start, b.End, kps, len(extra), text.String())
		}
	}
}

func TestSentenceAndMarkerMarks(t *testing.T) {
	d := insightsDoc(t, nil)
	sentences, markers := map[string]bool{}, 0
	for _, b := range d.Blocks {
		for _, m := range b.Marks {
			switch m.Kind {
			case MarkSentence:
				sentences[m.ID] = true
			case MarkToneMarker:
				markers++
				if got := d.Text[m.Start:m.End]; got != "undermining" && got != "believes" {
					t.Errorf("a tone marker slices %q", got)
				}
			}
		}
	}
	if len(sentences) != len(d.Analysis.Sentences) {
		t.Errorf("%d sentences anchored, the Analysis has %d", len(sentences), len(d.Analysis.Sentences))
	}
	if markers != 2 {
		t.Errorf("%d tone markers marked, want 2", markers)
	}
}
