package schema

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestAppendJSONMatchesEncodingJSON: the hand-written encoder must write
// exactly what encoding/json writes for the same values.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	tone := -0.25
	speaker := "e1"
	place := "St. Petersburg"
	a := &Analysis{
		Schema:   Version,
		Language: Language{Code: "en", Confidence: 0.95, Prose: true, Warning: "not \"prose\""},
		Repairs:  []Repair{{Kind: RepairInvalidUTF8, Count: 3, Message: "3 bytes \uFFFD"}, {Kind: RepairControlCharacters, Count: 1}},
		Article: Article{
			Headline: &Span{Start: 0, End: 5, Text: "Tricky <b>\"quotes\" & \\ \u2028 \t\n\x01 \x7f é 😀"},
			Dateline: &Dateline{Start: 7, End: 9, Text: "ST.PETERSBURG", Place: &place},
		},
		Paragraphs: []Paragraph{{Start: 0, End: 5, Kind: ParagraphHeadline}},
		Sentences:  []Sentence{{Start: 0, End: 5, Paragraph: 0, Tone: &tone}, {Start: 6, End: 9}},
		Entities: []Entity{{ID: "e1", Name: "Putin", Type: Person, Aliases: []string{}, Roles: nil,
			Mentions: []Mention{{Start: 1, End: 2, Text: "P", Kind: MentionName}}, Salience: 1e-7, Tone: &tone}},
		Quotes: []Quote{{ID: "q1", Kind: QuoteDirect, Text: "x", Speaker: &speaker, Source: &Span{Text: "he"}, Confidence: 0.8},
			{ID: "q2", Kind: QuoteIndirect, Text: "y", Anonymous: true, Source: &Span{Text: "officials"}}},
		Sources: &Sources{Speakers: []SpeakerShare{{Entity: "e1", Name: "Putin", Type: "PERSON", Gender: "male", Quotes: 1, Words: 1, Share: 0.5},
			{Entity: "e2", Name: "NATO", Type: "ORG", Quotes: 1, Words: 1, Share: 0.5}}, QuotedWords: 2, Named: 1, Anonymous: 1,
			Gender: GenderBalance{Male: 1}},
		Readability: &Readability{Words: 3, Polysyllables: 2, Letters: 9, FleschReadingEase: 1e21, FleschKincaidGrade: -12.5,
			GunningFog: 1.25, SMOG: 3, ColemanLiau: -0.5, ARI: 2},
		Keyphrases: []Keyphrase{{Text: "war", Score: 0.5, Occurrences: []Span{{Start: 1, End: 4, Text: "war"}}},
			{Text: "peace", Score: 0.25}},
		Summary: []SummaryItem{{Sentence: 1, Text: "s"}},
		Tone: &Tone{Score: 0.1, Label: "neutral", Positive: 1, Neutral: 2,
			Markers: []Marker{{Start: 2, End: 4, Text: "reportedly", Kind: "hedge"}}},
		Dates:   []Value{{Text: "June 2", Type: "DATE", Value: "2017-06-02"}, {Text: "last year", Type: "DATE", Value: "2016", Approximate: true}},
		Figures: []Value{{Text: "95", Type: "CARDINAL"}},
		Timings: Timings{Total: 123.456},
	}
	// plainAnalysis has Analysis's fields but not its MarshalJSON, so
	// that encoding/json writes it by reflection, as the reference.
	type plainAnalysis Analysis
	got := a.AppendJSON(nil)
	want, err := json.Marshal((*plainAnalysis)(a))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got, want)
	}
	var empty Analysis
	got, want = empty.AppendJSON(nil), mustMarshal(t, (*plainAnalysis)(&empty))
	if !bytes.Equal(got, want) {
		t.Fatalf("empty Analysis:\n got %s\nwant %s", got, want)
	}
	for _, s := range []string{"\xff\xfe invalid", "a\u2029b", "\x00\x1f"} {
		if got, want := appendString(nil, s), mustMarshal(t, s); !bytes.Equal(got, want) {
			t.Errorf("string %q: got %s, want %s", s, got, want)
		}
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
