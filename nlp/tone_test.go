package nlp

import (
	"math"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestToneMarkers(t *testing.T) {
	text := "Officials reportedly SLAMMED the so-called regime's plan. It is \t believed that slams-dunk, Whispering and claimedly... are fine; so called is not."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Tone == nil {
		t.Fatal("no tone")
	}
	got := a.Tone.Markers
	want := []struct{ text, kind string }{
		{"reportedly", markerHedge}, {"SLAMMED", markerLoaded}, {"so-called", markerLoaded},
		{"regime", markerLoaded}, {"It is \t believed", markerHedge}, {"Whispering", markerLoaded},
	}
	if len(got) != len(want) {
		t.Fatalf("found %v, want %v", got, want)
	}
	for i, w := range want {
		g := got[i]
		if g.Text != w.text || g.Kind != w.kind || text[g.Start:g.End] != g.Text {
			t.Errorf("marker %d = %+v, want %q (%s)", i, g, w.text, w.kind)
		}
	}
}

// TestToneSumsUp checks on the TASS article that the document's and the
// entities' tones are what their sentences' scores make.
func TestToneSumsUp(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.Tone == nil {
		t.Fatal("no tone")
	}
	scored := 0
	for i, s := range a.Sentences {
		if s.Tone == nil {
			t.Errorf("sentence %d (%q) has no tone", i, text[s.Start:s.End])
			continue
		}
		scored++
	}
	if n := a.Tone.Positive + a.Tone.Negative + a.Tone.Neutral; n != scored {
		t.Errorf("%d sentences counted, %d scored", n, scored)
	}
	if a.Tone.Label != "negative" || a.Tone.Score > -0.05 {
		t.Errorf("tone %v %s; the article's complaint about NATO reads negative", a.Tone.Score, a.Tone.Label)
	}
	for _, e := range a.Entities {
		sum, n, seen := 0.0, 0, map[int]bool{}
		for _, m := range e.Mentions {
			for i, s := range a.Sentences {
				if m.Start >= s.Start && m.Start < s.End && !seen[i] {
					seen[i] = true
					sum += *s.Tone
					n++
				}
			}
		}
		switch {
		case n == 0 && e.Tone != nil:
			t.Errorf("%s has tone %v but no sentence mentions it", e.Name, *e.Tone)
		case n > 0 && (e.Tone == nil || math.Abs(*e.Tone-sum/float64(n)) > 0.0005+1e-12):
			t.Errorf("%s: tone %v, want the mean of its %d sentences' %v", e.Name, e.Tone, n, sum/float64(n))
		}
	}
}

// BenchmarkTone times the tone stage alone on sherlock.txt (580 KB), the
// budget being a few milliseconds of Analyze.
func BenchmarkTone(b *testing.B) {
	eng, text := engine(b), benchText(b, "sherlock")
	m := eng.scratch.get()
	defer eng.scratch.put(m)
	doc := parseStructure(text)
	eng.segment(doc, m, func(string, int, int) {})
	a := &schema.Analysis{}
	fillSentences(a, doc)
	a.Entities = findEntities(doc).export(doc, nil)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		fillTone(a, doc, eng.tone, m.words)
	}
}
