package nlp

import (
	"math"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestSyllables(t *testing.T) {
	// Hand-checked against the CMU Pronouncing Dictionary, which the
	// engine follows where its table holds the word.
	tests := map[string]int{
		"the": 1, "cat": 1, "table": 2, "called": 1, "wanted": 2, "makes": 1, "boxes": 2,
		"cooperation": 5, "terrorism": 4, "president": 3, "constructive": 3,
		"organization": 5, "yes": 1, "happy": 2, "instruments": 3, "opportunity": 5,
		"NATO": 2, "don't": 1, "high-ranking": 3, "2017": 1, "nation": 2, "10-year": 1,
		// Words the spelling rules miscount, which the CMU table corrects.
		"area": 3, "idea": 3, "poem": 2, "business": 2, "being": 2,
		"Fire": 2, "choir": 2, "created": 3, "create": 2, "people": 2, "don’t": 1,
	}
	syl := engine(t).syllables
	for w, want := range tests {
		if got := syl.count(w); got != want {
			t.Errorf("syllables(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := map[string][]string{
		"It’s a six-member team, isn't it? Yes — 95 countries.": {"It’s", "a", "six-member", "team", "isn't", "it", "Yes", "95", "countries"},
		"--x-- '’quoted’' ‘single’ -'- ’":                       {"x", "quoted", "single"},
		"naïve ÉTÉ 北京 x²":                                       {"naïve", "ÉTÉ", "北京", "x"},
		"":                                                      nil,
	}
	for text, want := range tests {
		got := words(text)
		if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("words(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestReadabilityFormulas checks that the reported scores are the
// published formulas applied to the reported counts.
func TestReadabilityFormulas(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Readability
	if r == nil || r.Words == 0 {
		t.Fatal("no readability")
	}
	checkFormulas(t, r)
	// Hand count of the body: 21 sentences; the headline and standfirst
	// are not in the formulas' counts but are in the word count.
	if r.Sentences != len(a.Sentences)-2 {
		t.Errorf("readability counts %d sentences, the body has %d", r.Sentences, len(a.Sentences)-2)
	}
	if a.Stats.Words != r.Words+10+12 {
		t.Errorf("stats count %d words, want body %d + headline 10 + standfirst 12", a.Stats.Words, r.Words)
	}
	if a.Stats.ReadingTimeMinutes <= 0 {
		t.Errorf("reading time %v", a.Stats.ReadingTimeMinutes)
	}
}

func TestHandCountedParagraph(t *testing.T) {
	// Counted by hand: 2 sentences, 11 words, 15 syllables.
	text := "The storm hit the coast. Residents fled to higher ground quickly."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := a.Readability
	if r == nil || r.Sentences != 2 || r.Words != 11 || r.Syllables != 15 {
		t.Errorf("readability = %+v, want 2 sentences, 11 words, 15 syllables", r)
	}
}

// checkFormulas recomputes each published formula from r's counts and
// requires the reported score to equal it rounded to two decimals, the
// rounding score applies.
func checkFormulas(t *testing.T, r *schema.Readability) {
	t.Helper()
	W, S := float64(r.Words), float64(r.Sentences)
	Sy, C, P, L := float64(r.Syllables), float64(r.ComplexWords), float64(r.Polysyllables), float64(r.Letters)
	round2 := func(x float64) float64 { return math.Round(x*100) / 100 }
	for _, f := range []struct {
		name      string
		got, want float64
	}{
		{"Flesch reading ease", r.FleschReadingEase, 206.835 - 1.015*W/S - 84.6*Sy/W},
		{"Flesch–Kincaid grade", r.FleschKincaidGrade, 0.39*W/S + 11.8*Sy/W - 15.59},
		{"Gunning fog", r.GunningFog, 0.4 * (W/S + 100*C/W)},
		{"SMOG", r.SMOG, 1.0430*math.Sqrt(P*30/S) + 3.1291},
		{"Coleman–Liau", r.ColemanLiau, 0.0588*(L/W*100) - 0.296*(S/W*100) - 15.8},
		{"ARI", r.ARI, 4.71*L/W + 0.5*W/S - 21.43},
	} {
		if f.got != round2(f.want) {
			t.Errorf("%s = %v, the formula gives %v (%v rounded)", f.name, f.got, round2(f.want), f.want)
		}
	}
}

// TestHandCountedParagraphs checks the counts against paragraphs counted
// by hand, syllables as the CMU Pronouncing Dictionary has them.
func TestHandCountedParagraphs(t *testing.T) {
	tests := []struct {
		text string
		want schema.Readability // the counts only
	}{{
		// The(1) committee(3) approved(2) the(1) budget(2) on(1)
		// Tuesday(2): 7 words, 12 syllables. Officials(3) said(1) the(1)
		// decision(3) was(1) unanimous(4): 6 words, 13 syllables.
		// Three or more: committee, Officials, decision, unanimous, all
		// complex too ("Officials" is capitalized only as the sentence's
		// first word). Letters: 3+9+8+3+6+2+7 = 38, 9+4+3+8+3+9 = 36.
		"The committee approved the budget on Tuesday. Officials said the decision was unanimous.",
		schema.Readability{Words: 13, Sentences: 2, Syllables: 25, ComplexWords: 4, Polysyllables: 4, Letters: 74},
	}, {
		// Negotiators(5) from(1) Jakarta(3) were(1) meeting(2) in(1)
		// a(1) well-equipped(1+2) building(2): 9 words, 19 syllables.
		// They(1) reported(3) repeating(3) delays(2): 4 words, 9.
		// Three or more: Negotiators, Jakarta, well-equipped, reported,
		// repeating. Complex: only Negotiators; Jakarta is a proper
		// noun, well-equipped a compound, reported and repeating two
		// syllables without -ed/-ing. Letters: 11+4+7+4+7+2+1+12+8 = 56,
		// 4+8+9+6 = 27.
		"Negotiators from Jakarta were meeting in a well-equipped building. They reported repeating delays.",
		schema.Readability{Words: 13, Sentences: 2, Syllables: 28, ComplexWords: 1, Polysyllables: 5, Letters: 83},
	}, {
		// We can’t wait she said: 5 words of one syllable, letters
		// 2+4+4+3+4 = 17 (not the apostrophe). The 2024 plan costs 12
		// million: 6 words, 7 syllables (a figure counts one), letters
		// 3+4+4+5+2+7 = 25.
		"“We can’t wait,” she said. The 2024 plan costs $12 million.",
		schema.Readability{Words: 11, Sentences: 2, Syllables: 12, ComplexWords: 0, Polysyllables: 0, Letters: 42},
	}, {
		// Electric(3) generation(4) increased(2) dramatically(4, "dra-
		// mat-ic-ly" in the dictionary): 4 words, 13 syllables, three of
		// 3+ syllables, all complex (increased: -ed after s is silent).
		// Letters 8+10+9+12 = 39.
		"Electric generation increased dramatically.",
		schema.Readability{Words: 4, Sentences: 1, Syllables: 13, ComplexWords: 3, Polysyllables: 3, Letters: 39},
	}}
	for _, tt := range tests {
		a, err := engine(t).Analyze(tt.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		r := a.Readability
		if r == nil {
			t.Errorf("%q: no readability", tt.text)
			continue
		}
		got := schema.Readability{Words: r.Words, Sentences: r.Sentences, Syllables: r.Syllables,
			ComplexWords: r.ComplexWords, Polysyllables: r.Polysyllables, Letters: r.Letters}
		if got != tt.want {
			t.Errorf("%q:\ngot  %+v\nwant %+v", tt.text, got, tt.want)
		}
		checkFormulas(t, r)
	}
}
