package schema

import (
	"encoding/json"
	"testing"
	"unicode/utf16"
)

// sliceUTF16 is what JavaScript's text.slice(start, end) does.
func sliceUTF16(text string, start, end int) string {
	u := utf16.Encode([]rune(text))
	return string(utf16.Decode(u[start:end]))
}

func TestMarshalConvertsByteOffsetsToUTF16(t *testing.T) {
	text := "It’s 😀 “Putin” said."
	b0 := len("It’s 😀 “")
	b1 := b0 + len("Putin")
	a := &Analysis{Schema: Version}
	a.Entities = []Entity{{ID: "e1", Name: "Putin", Mentions: []Mention{{Start: b0, End: b1, Text: "Putin", Kind: MentionName}}}}
	a.SetSource(text)
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back Analysis
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	m := back.Entities[0].Mentions[0]
	if got := sliceUTF16(text, m.Start, m.End); got != "Putin" {
		t.Fatalf("UTF-16 slice = %q, want Putin (start %d end %d)", got, m.Start, m.End)
	}
	if a.Entities[0].Mentions[0].Start != b0 {
		t.Fatal("marshaling changed the Go value's byte offsets")
	}
	if err := back.ToBytes(text); err != nil {
		t.Fatal(err)
	}
	m = back.Entities[0].Mentions[0]
	if text[m.Start:m.End] != "Putin" {
		t.Fatalf("ToBytes gave %d..%d", m.Start, m.End)
	}
}

// TestToUTF16 converts in place what MarshalJSON converts on the way out:
// the JSON of the converted value is the JSON of the original.
func TestToUTF16(t *testing.T) {
	text := "It’s 😀 “Putin” said."
	b0 := len("It’s 😀 “")
	b1 := b0 + len("Putin")
	a := &Analysis{Schema: Version}
	a.Quotes = []Quote{{ID: "q1", Kind: QuoteDirect, Text: "Putin", Start: b0, End: b1, Cue: &Span{Start: b1 + len("” "), End: len(text) - 1, Text: "said"}}}
	a.SetSource(text)
	want := string(a.AppendJSON(nil))
	a.ToUTF16()
	if a.Unit() != UTF16 {
		t.Fatal("unit is still bytes")
	}
	q := a.Quotes[0]
	if got := sliceUTF16(text, q.Start, q.End); got != "Putin" {
		t.Errorf("quote slices to %q", got)
	}
	if got := sliceUTF16(text, q.Cue.Start, q.Cue.End); got != "said" {
		t.Errorf("cue slices to %q", got)
	}
	if got := string(a.AppendJSON(nil)); got != want {
		t.Errorf("JSON after ToUTF16\n%s\nwant\n%s", got, want)
	}
	a.ToUTF16() // a second call changes nothing
	if a.Quotes[0] != q {
		t.Error("a second ToUTF16 converted again")
	}
}

func TestToBytesRejectsOffsetsPastText(t *testing.T) {
	a := &Analysis{Paragraphs: []Paragraph{{Start: 0, End: 99}}}
	if err := a.ToBytes("short"); err == nil {
		t.Fatal("want an error for offsets past the text")
	}
}

func TestMarshalKeepsEmptyListsEmpty(t *testing.T) {
	a := &Analysis{Quotes: []Quote{}, Entities: []Entity{}, Sentences: []Sentence{}, Paragraphs: []Paragraph{}}
	a.SetSource("x")
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"quotes", "entities", "sentences", "paragraphs"} {
		if _, ok := m[k].([]any); !ok {
			t.Errorf("%s = %v, want []", k, m[k])
		}
	}
}
