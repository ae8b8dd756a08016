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
		"tone":         {"–", "tone"},
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
	// The cards first: reading time, grade, tone, words.
	for i, key := range []string{"reading-time", "grade", "tone", "words"} {
		if stats[i].Key != key {
			t.Errorf("stat %d is %s, want %s", i, stats[i].Key, key)
		}
	}
	if stats[6].Note != "difficult" || stats[1].Note != "high school" {
		t.Errorf("notes %q, %q", stats[6].Note, stats[1].Note)
	}
	if stats[0].Raw != "1.8" {
		t.Errorf("reading time raw %q", stats[3].Raw)
	}
}

func TestToneStat(t *testing.T) {
	tests := []struct {
		tone             *schema.Tone
		value, raw, note string
	}{
		{nil, "–", "", ""},
		{&schema.Tone{Score: -0.31, Label: "negative"}, "Negative", "-0.310", "moderately negative, −0.31 of −1 to +1"},
		{&schema.Tone{Score: 0.02, Label: "neutral"}, "Neutral", "0.020", "neutral, +0.02 of −1 to +1"},
		{&schema.Tone{Score: 0.7}, "Positive", "0.700", "strongly positive, +0.70 of −1 to +1"},
	}
	for _, tt := range tests {
		s := ToneStat(tt.tone)
		if s.Value != tt.value || s.Raw != tt.raw || s.Note != tt.note {
			t.Errorf("ToneStat(%+v) = %q %q %q, want %q %q %q", tt.tone, s.Value, s.Raw, s.Note, tt.value, tt.raw, tt.note)
		}
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
