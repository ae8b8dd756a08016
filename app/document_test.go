package app

import (
	"os"
	"testing"
)

func TestNewDoc(t *testing.T) {
	text, err := os.ReadFile("../web/samples/tass-putin-nato.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/tass-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := NewDoc(string(text), string(data))
	if err != nil {
		t.Fatal(err)
	}
	if string(doc.JSON) != string(data) {
		t.Error("the Doc does not keep the JSON as received")
	}
	if len(doc.Blocks) == 0 || len(doc.Entities) == 0 || len(doc.Speakers) == 0 || len(doc.Stats) == 0 {
		t.Errorf("views missing: %d blocks, %d entity groups, %d speakers, %d stats",
			len(doc.Blocks), len(doc.Entities), len(doc.Speakers), len(doc.Stats))
	}
	h := doc.Analysis.Article.Headline
	if got := doc.Text[h.Start:h.End]; got != h.Text {
		t.Errorf("headline offsets give %q, want %q: offsets not in bytes", got, h.Text)
	}

	for name, tt := range map[string]struct{ text, json string }{
		"not JSON":             {"text", "{"},
		"offsets past the end": {"short", `{"paragraphs":[{"start":0,"end":99,"kind":"body"}]}`},
	} {
		if _, err := NewDoc(tt.text, tt.json); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
