package nlp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestSharedArticles analyzes every article of the shared corpus and checks
// the invariants every Analysis must keep, in Go (bytes) and in JSON
// (UTF-16).
func TestSharedArticles(t *testing.T) {
	eng := engine(t)
	for _, path := range sharedArticles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			a, err := eng.Analyze(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, text, a)
			if len(a.Sentences) < 3 || len(a.Entities) == 0 {
				t.Errorf("implausibly little found: %d sentences, %d entities", len(a.Sentences), len(a.Entities))
			}
			if a.Article.Headline == nil {
				t.Error("no headline found; every corpus article opens with one")
			}
			if a.Language.Code != "en" {
				t.Errorf("language = %+v, want en", a.Language)
			}
		})
	}
}

// checkInvariants: every span lies in the text and slices to its text,
// sentences are in order and do not overlap, every speaker is an entity;
// and the same holds for the JSON form in UTF-16 units.
func checkInvariants(t *testing.T, text string, a *schema.Analysis) {
	t.Helper()
	check := func(what string, start, end int, want string) {
		if start < 0 || end < start || end > len(text) {
			t.Errorf("%s: span %d..%d outside the text (%d bytes)", what, start, end, len(text))
			return
		}
		if want != "" && text[start:end] != want {
			t.Errorf("%s: text[%d:%d] = %q, want %q", what, start, end, text[start:end], want)
		}
	}
	forEachSpan(a, check)
	for i := 1; i < len(a.Sentences); i++ {
		if a.Sentences[i].Start < a.Sentences[i-1].End {
			t.Errorf("sentences %d and %d overlap or are out of order", i-1, i)
		}
	}
	ids := map[string]bool{}
	for _, e := range a.Entities {
		ids[e.ID] = true
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil && !ids[*q.Speaker] {
			t.Errorf("quote %s: speaker %q is not an entity", q.ID, *q.Speaker)
		}
	}

	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back schema.Analysis
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	units := utf16.Encode([]rune(text))
	forEachSpan(&back, func(what string, start, end int, want string) {
		if start < 0 || end < start || end > len(units) {
			t.Errorf("JSON %s: span %d..%d outside the text (%d UTF-16 units)", what, start, end, len(units))
			return
		}
		if got := string(utf16.Decode(units[start:end])); want != "" && got != want {
			t.Errorf("JSON %s: slice = %q, want %q", what, got, want)
		}
	})
}

// forEachSpan calls f for every span of a, with the text the span claims
// ("" where the schema carries none).
func forEachSpan(a *schema.Analysis, f func(what string, start, end int, text string)) {
	for name, s := range map[string]*schema.Span{"kicker": a.Article.Kicker, "headline": a.Article.Headline,
		"standfirst": a.Article.Standfirst, "byline": a.Article.Byline} {
		if s != nil {
			f(name, s.Start, s.End, s.Text)
		}
	}
	if d := a.Article.Dateline; d != nil {
		f("dateline", d.Start, d.End, d.Text)
	}
	for _, p := range a.Paragraphs {
		f("paragraph", p.Start, p.End, "")
	}
	for _, s := range a.Sentences {
		f("sentence", s.Start, s.End, "")
	}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			f("mention of "+e.Name, m.Start, m.End, m.Text)
		}
	}
	for _, q := range a.Quotes {
		f("quote "+q.ID, q.Start, q.End, q.Text)
		if q.Source != nil {
			f("source of "+q.ID, q.Source.Start, q.Source.End, q.Source.Text)
		}
		if q.Cue != nil {
			f("cue of "+q.ID, q.Cue.Start, q.Cue.End, q.Cue.Text)
		}
	}
}
