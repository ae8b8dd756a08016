package app

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// insightsDoc is the TASS sample with the insights an engine of schema
// version 3 gives (tone, key phrases, summary, markers, dates, the six
// formulas), made up here over the real text so that the UI is tested
// before the engine fills them. Offsets are UTF-16, as in the JSON: the
// sample has curly apostrophes.
func insightsDoc(t *testing.T, edit func(text string, a *schema.Analysis)) *Doc {
	t.Helper()
	raw, err := os.ReadFile("../web/samples/tass-putin-nato.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	data, err := os.ReadFile("testdata/tass-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var a schema.Analysis
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	for i := range a.Sentences {
		v := float64(i%5-2) / 4 // -0.5 .. 0.5
		a.Sentences[i].Tone = &v
	}
	a.Tone = &schema.Tone{Score: -0.12, Label: "negative", Positive: 4, Negative: 9, Neutral: 10,
		Markers: []schema.Marker{span16(text, "undermining", 0, "loaded"), span16(text, "believes", 0, "hedge")}}
	occ := func(sub string) []schema.Span {
		var out []schema.Span
		for n := 0; ; n++ {
			m := span16(text, sub, n, "")
			if m.End == 0 {
				return out
			}
			out = append(out, schema.Span{Start: m.Start, End: m.End, Text: m.Text})
		}
	}
	a.Keyphrases = []schema.Keyphrase{
		{Text: "NATO", Score: 1, Occurrences: occ("NATO")},
		{Text: "terrorism", Score: 0.7, Occurrences: occ("terror")},
	}
	a.Summary = []schema.SummaryItem{{Sentence: 1, Text: "first"}, {Sentence: 4, Text: "second"}}
	a.Readability.Polysyllables, a.Readability.Letters = 80, 2100
	a.Readability.GunningFog, a.Readability.SMOG, a.Readability.ColemanLiau, a.Readability.ARI = 14.1, 12.5, 11.2, 12.9
	if edit != nil {
		edit(text, &a)
	}
	out, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDoc(text, string(out))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// span16 is the n-th occurrence of sub in text, in UTF-16 offsets (End 0
// when there is none).
func span16(text, sub string, n int, kind string) schema.Marker {
	at := 0
	for ; ; n-- {
		i := strings.Index(text[at:], sub)
		if i < 0 {
			return schema.Marker{}
		}
		if n == 0 {
			s := len(utf16.Encode([]rune(text[:at+i])))
			return schema.Marker{Start: s, End: s + len(utf16.Encode([]rune(sub))), Text: sub, Kind: kind}
		}
		at += i + len(sub)
	}
}
