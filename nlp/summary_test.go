package nlp

import (
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestSummaryArticles checks the default summary of the test articles:
// three body sentences in article order, and not simply the first three
// when the body says more.
func TestSummaryArticles(t *testing.T) {
	for _, name := range []string{"tass-putin-nato.txt", "news-afghan.txt", "news-centcom-carter-mosul.txt", "news-wn-pinochet-arrested.txt"} {
		text := readTestdata(t, name)
		a, err := engine(t).Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkSummary(t, name, text, a, 3)
		body := bodySentences(a)
		if len(body) > 3 && len(a.Summary) == 3 && a.Summary[2].Sentence == body[2] {
			t.Errorf("%s: the summary is the first three body sentences", name)
		}
	}
}

// TestSummaryLength checks the length option, and that a text with fewer
// body sentences than asked gives them all.
func TestSummaryLength(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	for _, n := range []int{1, 5} {
		a, err := engine(t).Analyze(text, Options{SummarySentences: n})
		if err != nil {
			t.Fatal(err)
		}
		checkSummary(t, "tass-putin-nato.txt", text, a, n)
	}
	short := "Storm closes the harbour\n\n" +
		"A storm closed the harbour of Dover on Tuesday, stranding ferries and their passengers. " +
		"The port authority said the harbour would reopen once the winds dropped."
	a, err := engine(t).Analyze(short, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSummary(t, "two body sentences", short, a, 2)
}

func bodySentences(a *schema.Analysis) []int {
	var out []int
	for i, s := range a.Sentences {
		if a.Paragraphs[s.Paragraph].Kind == schema.ParagraphBody {
			out = append(out, i)
		}
	}
	return out
}

func checkSummary(t *testing.T, name, text string, a *schema.Analysis, want int) {
	t.Helper()
	if len(a.Summary) != want {
		t.Errorf("%s: %d summary sentences, want %d", name, len(a.Summary), want)
	}
	dateline := a.Article.Dateline
	for i, it := range a.Summary {
		if it.Sentence < 0 || it.Sentence >= len(a.Sentences) {
			t.Fatalf("%s: summary sentence %d out of range", name, it.Sentence)
		}
		s := a.Sentences[it.Sentence]
		if kind := a.Paragraphs[s.Paragraph].Kind; kind != schema.ParagraphBody {
			t.Errorf("%s: summary sentence %q is in a %s", name, it.Text, kind)
		}
		if dateline != nil && s.Start < dateline.End && s.End > dateline.Start {
			t.Errorf("%s: summary sentence %q holds the dateline", name, it.Text)
		}
		if it.Text != text[s.Start:s.End] {
			t.Errorf("%s: summary text %q is not sentence %d", name, it.Text, it.Sentence)
		}
		if i > 0 && it.Sentence <= a.Summary[i-1].Sentence {
			t.Errorf("%s: summary out of article order: %d after %d", name, it.Sentence, a.Summary[i-1].Sentence)
		}
	}
}
