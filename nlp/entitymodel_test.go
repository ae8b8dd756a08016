package nlp

import (
	"os"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

// The engine labels entities from per-word caches and merged rows; the
// trainer (cmd/trainner) scores the plain features of nerfeat and decodes
// with nerfeat.Viterbi. On every sentence of the shared articles the two
// must give the same labels.
func TestEntityLabelsMatchFeatures(t *testing.T) {
	e := engine(t)
	x := e.entities
	m := e.scratch.get()
	defer e.scratch.put(m)
	checked := 0
	for _, f := range sharedArticles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := normalize(string(b))
		if err != nil {
			continue
		}
		doc := parseStructure(text)
		e.segment(doc, m, func(string, int, int) {})
		for _, s := range doc.sentences {
			toks := doc.tokens[s.tokLo:s.tokHi]
			words := make([]nerfeat.Word, len(toks))
			for i, tk := range toks {
				words[i] = nerfeat.NewWord(tk.text, 0)
				words[i].Flags = x.flags(words[i].Lower)
			}
			caps := nerfeat.CapsLine(words)
			var feats []uint32
			want := nerfeat.Viterbi(len(words), func(i, prev int) [nerfeat.NumLabels]float64 {
				feats = nerfeat.Features(feats[:0], words, i, prev, caps)
				var vec scoreVec
				for _, h := range feats {
					x.w.add(&vec, x.row(h))
				}
				var s [nerfeat.NumLabels]float64
				for l := range s {
					s[l] = float64(vec[l])
				}
				return s
			})
			for i := range toks {
				if int(toks[i].labelID) != want[i] {
					t.Fatalf("%s: %q in %q: engine %s, features %s", f, toks[i].text, doc.slice(s.start, s.end),
						x.labels[toks[i].labelID], x.labels[want[i]])
				}
				checked++
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d tokens checked", checked)
	}
}
