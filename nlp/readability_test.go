package nlp

import (
	"math"
	"strings"
	"testing"
)

func TestSyllables(t *testing.T) {
	// Hand-checked against a dictionary's syllabification.
	tests := map[string]int{
		"the": 1, "cat": 1, "table": 2, "called": 1, "wanted": 2, "makes": 1, "boxes": 2,
		"Russia": 3, "cooperation": 5, "terrorism": 4, "president": 3, "constructive": 3,
		"organization": 5, "yes": 1, "happy": 2, "instruments": 3, "opportunity": 5,
		"NATO": 2, "don't": 1, "high-ranking": 3, "2017": 1, "nation": 2,
	}
	for w, want := range tests {
		if got := syllables(w); got != want {
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
	wps := float64(r.Words) / float64(r.Sentences)
	spw := float64(r.Syllables) / float64(r.Words)
	if fre := 206.835 - 1.015*wps - 84.6*spw; math.Abs(fre-r.FleschReadingEase) > 0.01 {
		t.Errorf("Flesch reading ease %v, formula gives %v", r.FleschReadingEase, fre)
	}
	if fk := 0.39*wps + 11.8*spw - 15.59; math.Abs(fk-r.FleschKincaidGrade) > 0.01 {
		t.Errorf("Flesch-Kincaid grade %v, formula gives %v", r.FleschKincaidGrade, fk)
	}
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
