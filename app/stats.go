package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Stat is one figure of the overview.
type Stat struct {
	Key   string // the data-stat name
	Value string // as shown
	Raw   string // the number as a program reads it (data-value)
	Label string
	Note  string // a word on what the value means, or ""
}

// OverviewStats returns the overview's figures for a: first the cards a
// reader looks at (reading time, grade, tone, words), then the rest.
func OverviewStats(a *schema.Analysis) []Stat {
	s := a.Stats
	words := Stat{Key: "words", Value: thousands(s.Words), Raw: strconv.Itoa(s.Words), Label: plural(s.Words, "word", "words")}
	stats := []Stat{
		{Key: "reading-time", Value: ReadingTime(s.ReadingTimeMinutes), Raw: decimal(s.ReadingTimeMinutes, 1), Label: "reading time"},
	}
	flesch := Stat{Key: "flesch", Value: "–", Label: "Flesch reading ease"}
	grade := Stat{Key: "grade", Value: "–", Label: "Flesch–Kincaid grade"}
	if r := a.Readability; r != nil {
		flesch.Value, flesch.Raw, flesch.Note = decimal(r.FleschReadingEase, 0), decimal(r.FleschReadingEase, 2), FleschNote(r.FleschReadingEase)
		grade.Value, grade.Raw, grade.Note = decimal(r.FleschKincaidGrade, 1), decimal(r.FleschKincaidGrade, 2), GradeNote(r.FleschKincaidGrade)
	}
	stats = append(stats, grade, ToneStat(a.Tone), words,
		Stat{Key: "sentences", Value: thousands(s.Sentences), Raw: strconv.Itoa(s.Sentences), Label: plural(s.Sentences, "sentence", "sentences")},
		Stat{Key: "paragraphs", Value: thousands(s.Paragraphs), Raw: strconv.Itoa(s.Paragraphs), Label: plural(s.Paragraphs, "paragraph", "paragraphs")},
		flesch,
		Stat{Key: "language", Value: LanguageName(a.Language.Code), Raw: a.Language.Code, Label: "language"},
	)
	return stats
}

// ToneStat is the overview's tone: the label as the value, the score and
// its strength in words as the note.
func ToneStat(t *schema.Tone) Stat {
	if t == nil {
		return Stat{Key: "tone", Value: "–", Label: "tone"}
	}
	label := t.Label
	if label == "" {
		label = toneLabel(t.Score)
	}
	return Stat{Key: "tone", Value: capitalize(label), Raw: decimal(t.Score, 3), Label: "tone",
		Note: ToneWords(t.Score, label) + ", " + signed(t.Score) + " of −1 to +1"}
}

// ReadingTime says how long the text takes to read, to the minute.
func ReadingTime(minutes float64) string {
	switch {
	case minutes <= 0:
		return "0 min"
	case minutes < 1:
		return "< 1 min"
	}
	return strconv.Itoa(int(math.Round(minutes))) + " min"
}

// FleschNote is the usual reading of a Flesch reading-ease score.
func FleschNote(score float64) string {
	switch {
	case score >= 90:
		return "very easy"
	case score >= 80:
		return "easy"
	case score >= 70:
		return "fairly easy"
	case score >= 60:
		return "plain English"
	case score >= 50:
		return "fairly difficult"
	case score >= 30:
		return "difficult"
	}
	return "very difficult"
}

// GradeNote says who can read a text of a US school grade.
func GradeNote(grade float64) string {
	switch {
	case grade < 6:
		return "primary school"
	case grade < 9:
		return "middle school"
	case grade < 13:
		return "high school"
	}
	return "college"
}

var languages = map[string]string{
	"en": "English", "fr": "French", "de": "German", "es": "Spanish", "it": "Italian",
	"pt": "Portuguese", "nl": "Dutch", "ru": "Russian", "uk": "Ukrainian", "pl": "Polish",
	"sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish", "tr": "Turkish",
	"ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "hi": "Hindi",
}

// LanguageName names the language of an ISO 639-1 code.
func LanguageName(code string) string {
	if n, ok := languages[code]; ok {
		return n
	}
	if code == "" || code == "und" {
		return "unknown"
	}
	return code
}

// thousands writes n with comma separators: 12,345.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func decimal(f float64, places int) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return "–"
	}
	return strconv.FormatFloat(f, 'f', places, 64)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
