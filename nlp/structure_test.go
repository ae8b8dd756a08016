package nlp

import (
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestParseStructure(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		kinds []string
	}{
		{"wire story with kicker and standfirst",
			"World\n\nPM resigns after vote of no confidence\n\nThe government fell after a 310-290 vote\n\nLONDON, March 3 (Reuters) - The prime minister resigned on Tuesday.",
			[]string{"kicker", "headline", "standfirst", "body"}},
		{"Wikinews layout: headline, date line, body",
			"Pinochet arrested after Supreme Court ruling\n\nJanuary 6, 2005\n\nFormer Chilean dictator Augusto Pinochet was placed under house arrest.\n\nCourt officials say the order was delivered.",
			[]string{"headline", "dateline", "body", "body"}},
		{"byline",
			"Storm floods the coast\n\nBy Jane Doe, Associated Press\n\nMIAMI (AP) — Water rose fast. Residents fled.",
			[]string{"headline", "byline", "body"}},
		{"no blank lines: one paragraph per line",
			"Storm floods the coast\nWater rose fast on Tuesday.\nResidents fled.",
			[]string{"headline", "body", "body"}},
		{"body only", "Water rose fast on Tuesday. Residents fled.", []string{"body"}},
		{"Windows line endings",
			"Storm floods the coast\r\n\r\nWater rose fast on Tuesday.\r\n\r\nResidents fled.",
			[]string{"headline", "body", "body"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseStructure(tt.text)
			var got []string
			for _, b := range doc.blocks {
				got = append(got, b.kind)
				if s := doc.slice(b.start, b.end); s != trimmed(s) {
					t.Errorf("block %q is not trimmed", s)
				}
			}
			if len(got) != len(tt.kinds) {
				t.Fatalf("kinds = %v, want %v", got, tt.kinds)
			}
			for i := range got {
				if got[i] != tt.kinds[i] {
					t.Fatalf("kinds = %v, want %v", got, tt.kinds)
				}
			}
		})
	}
}

func trimmed(s string) string {
	a, b := trimSpan(s, 0, len(s))
	return s[a:b]
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		para                      string
		text, place, date, agency string
	}{
		{"ST.PETERSBURG, June 2 / TASS / The lack of instruments", "ST.PETERSBURG, June 2 / TASS /", "St. Petersburg", "June 2", "TASS"},
		{"LONDON, March 3 (Reuters) - The prime minister resigned.", "LONDON, March 3 (Reuters) - ", "London", "March 3", "Reuters"},
		{"WASHINGTON (AP) — Congress passed the bill.", "WASHINGTON (AP) — ", "Washington", "", "AP"},
		{"NEW YORK — Stocks fell sharply.", "NEW YORK — ", "New York", "", ""},
		{"RIO DE JANEIRO, Brazil, Jan. 5, 2020 (AFP) - Rain fell.", "RIO DE JANEIRO, Brazil, Jan. 5, 2020 (AFP) - ", "Rio De Janeiro, Brazil", "Jan. 5, 2020", "AFP"},
	}
	for _, tt := range tests {
		d := parseDateline(tt.para, 0, len(tt.para))
		if d == nil {
			t.Errorf("%q: no dateline", tt.para)
			continue
		}
		if got := tt.para[d.start:d.end]; got != tt.text || d.place != tt.place || d.date != tt.date || d.agency != tt.agency {
			t.Errorf("%q: got text %q place %q date %q agency %q", tt.para, got, d.place, d.date, d.agency)
		}
	}
	for _, para := range []string{
		"The lack of instruments is bad, said Putin.",
		"US officials said on Monday.",
	} {
		if d := parseDateline(para, 0, len(para)); d != nil {
			t.Errorf("%q: found dateline %q", para, para[d.start:d.end])
		}
	}
}

func TestStructureNeverMergesHeadlineIntoSentence(t *testing.T) {
	text := "Storm floods the coast\n\nMIAMI (AP) — Water rose fast. Residents fled."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.Sentences {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Storm floods the coast", "Water rose fast.", "Residents fled."}
	if len(got) != len(want) {
		t.Fatalf("sentences = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("sentences = %q, want %q", got, want)
		}
	}
	if a.Paragraphs[0].Kind != schema.ParagraphHeadline {
		t.Errorf("first paragraph kind = %s", a.Paragraphs[0].Kind)
	}
}
