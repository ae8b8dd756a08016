package nlp

import (
	"os"
	"reflect"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestWordFactsAgree checks that taking words' facts from their tokens'
// word cache entries (wordfacts.go) changes nothing: readability and
// tone come out the same as when every word is worked out from its text,
// on every shared article, sherlock.txt, and a text of hard cases, and
// on a second pass when the entries are already filled.
func TestWordFactsAgree(t *testing.T) {
	eng := engine(t)
	texts := map[string]string{
		"hard cases": "“Don’t” isn’t GREAT!!! U.S. officials (reluctantly) said—it’s “very good,” but not bad. " +
			"Kind of wonderful... at least it isn't horrible; :) the bomb. 3.5% of well-known x-ray's users said ’tis so.\n\n" +
			"ÉLAN Ünïcode words, naïve café, 東京 and 42nd Street\u00a0now.",
	}
	for _, f := range sharedArticles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts[f] = string(b)
	}
	texts["sherlock"] = benchText(t, "sherlock")
	for name, text := range texts {
		m := eng.scratch.get()
		doc := parseStructure(text)
		eng.segment(doc, m, func(string, int, int) {})
		a := &schema.Analysis{}
		fillSentences(a, doc)
		a.Entities = findEntities(doc).export(doc, nil)
		for pass := 0; pass < 2; pass++ {
			st, r, lang := measure(doc, m.words, m.syllables, eng.syllables)
			wantSt, wantR, wantLang := measure(doc, nil, newSyllableCache(), eng.syllables)
			if st != wantSt || !reflect.DeepEqual(r, wantR) || lang != wantLang {
				t.Errorf("%s, pass %d: measure through the word cache = %+v %+v %+v, word by word %+v %+v %+v",
					name, pass, st, r, lang, wantSt, wantR, wantLang)
			}
			got := *a
			got.Sentences = append([]schema.Sentence(nil), a.Sentences...)
			got.Entities = append([]schema.Entity(nil), a.Entities...)
			want := got
			want.Sentences = append([]schema.Sentence(nil), a.Sentences...)
			want.Entities = append([]schema.Entity(nil), a.Entities...)
			fillTone(&got, doc, eng.tone, m.words)
			fillTone(&want, doc, eng.tone, nil)
			if !reflect.DeepEqual(got.Tone, want.Tone) {
				t.Errorf("%s, pass %d: document tone through the word cache %+v, word by word %+v", name, pass, got.Tone, want.Tone)
			}
			for i := range got.Sentences {
				g, w := got.Sentences[i].Tone, want.Sentences[i].Tone
				if (g == nil) != (w == nil) || g != nil && *g != *w {
					t.Errorf("%s, pass %d: sentence %d %q: tone %v through the word cache, %v word by word",
						name, pass, i, doc.text[doc.sentences[i].start:doc.sentences[i].end], toneOf(g), toneOf(w))
					break
				}
			}
		}
		eng.scratch.put(m)
	}
}

func toneOf(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
