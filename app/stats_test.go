package app

import (
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestOverviewStats(t *testing.T) {
	a := &schema.Analysis{
		Language:    schema.Language{Code: "en", Confidence: 1},
		Stats:       schema.Stats{Words: 12436, Sentences: 23, Paragraphs: 1, ReadingTimeMinutes: 1.8},
		Readability: &schema.Readability{FleschReadingEase: 44.39, FleschKincaidGrade: 11.96},
	}
	want := map[string][2]string{ // key: value, label
		"words":        {"12,436", "words"},
		"sentences":    {"23", "sentences"},
		"paragraphs":   {"1", "paragraph"},
		"reading-time": {"2 min", "reading time"},
		"flesch":       {"44", "Flesch reading ease"},
		"grade":        {"12.0", "Flesch–Kincaid grade"},
		"language":     {"English", "language"},
	}
	stats := OverviewStats(a)
	if len(stats) != len(want) {
		t.Fatalf("%d stats, want %d", len(stats), len(want))
	}
	for _, s := range stats {
		w, ok := want[s.Key]
		if !ok {
			t.Errorf("unexpected stat %q", s.Key)
			continue
		}
		if s.Value != w[0] || s.Label != w[1] {
			t.Errorf("%s = %q %q, want %q %q", s.Key, s.Value, s.Label, w[0], w[1])
		}
	}
	if stats[4].Note != "difficult" || stats[5].Note != "high school" {
		t.Errorf("notes %q, %q", stats[4].Note, stats[5].Note)
	}
	if stats[3].Raw != "1.8" {
		t.Errorf("reading time raw %q", stats[3].Raw)
	}
}

func TestOverviewStatsWithoutReadability(t *testing.T) {
	for _, s := range OverviewStats(&schema.Analysis{}) {
		if s.Value == "" {
			t.Errorf("%s is empty", s.Key)
		}
	}
}

func TestFormatting(t *testing.T) {
	tests := []struct{ got, want string }{
		{ReadingTime(0), "0 min"},
		{ReadingTime(0.4), "< 1 min"},
		{ReadingTime(1.49), "1 min"},
		{ReadingTime(12.5), "13 min"},
		{FleschNote(95), "very easy"},
		{FleschNote(65), "plain English"},
		{FleschNote(10), "very difficult"},
		{GradeNote(4), "primary school"},
		{GradeNote(16), "college"},
		{LanguageName("und"), "unknown"},
		{LanguageName("xx"), "xx"},
		{thousands(0), "0"},
		{thousands(999), "999"},
		{thousands(1000), "1,000"},
		{thousands(-1234567), "-1,234,567"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}
