package app

import (
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestWriteCSVRow(t *testing.T) {
	for _, tt := range []struct {
		fields []string
		want   string
	}{
		{[]string{"plain", "", "two words"}, "plain,,two words\r\n"},
		{[]string{"a, b"}, "\"a, b\"\r\n"},
		{[]string{`the "cold war"`}, `"the ""cold war"""` + "\r\n"},
		{[]string{"line\nbreak", "cr\rhere"}, "\"line\nbreak\",\"cr\rhere\"\r\n"},
		{[]string{`"`}, `""""` + "\r\n"},
	} {
		var b strings.Builder
		writeCSVRow(&b, tt.fields)
		if b.String() != tt.want {
			t.Errorf("writeCSVRow(%q) = %q, want %q", tt.fields, b.String(), tt.want)
		}
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+1 555":            "'+1 555",
		"-2+3":              "'-2+3",
		"@SUM(A1)":          "'@SUM(A1)",
		"\tcmd":             "'\tcmd",
		"a = b":             "a = b",
		"":                  "",
		"“Quoted”":          "“Quoted”",
	} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// csvDoc is a short article with a character outside the BMP (two UTF-16
// units, four bytes) before its quotes, as the engine would analyze it.
func csvDoc(t *testing.T) *Doc {
	t.Helper()
	text := "Talks 🙂 stalled.\n\n" +
		"\"We said no, and \"never\" means never,\" Ann Lee said.\n\n" +
		"-5 percent is fine, officials said.\n\n" +
		"Nobody knows who said =1+1."
	u16 := func(s string) int { return len(utf16.Encode([]rune(s))) }
	span := func(sub string) (int, int) {
		i := strings.Index(text, sub)
		if i < 0 {
			t.Fatalf("%q is not in the text", sub)
		}
		return u16(text[:i]), u16(text[:i+len(sub)])
	}
	sp := func(sub string) *schema.Span {
		s, e := span(sub)
		return &schema.Span{Start: s, End: e, Text: sub}
	}
	q := func(id, kind, sub string, speaker *string, anonymous bool, source, cue string) schema.Quote {
		s, e := span(sub)
		x := schema.Quote{ID: id, Kind: kind, Text: sub, Start: s, End: e, Speaker: speaker, Anonymous: anonymous}
		if source != "" {
			x.Source = sp(source)
		}
		if cue != "" {
			x.Cue = sp(cue)
		}
		return x
	}
	a := schema.Analysis{
		Schema:   schema.Version,
		Entities: []schema.Entity{{ID: "e1", Name: "Ann Lee", Type: schema.Person}},
		Quotes: []schema.Quote{
			// Out of order on purpose: the CSV is in the text's order.
			q("q2", schema.QuoteIndirect, "-5 percent is fine", nil, true, "officials", "said"),
			q("q1", schema.QuoteDirect, `We said no, and "never" means never,`, ptr("e1"), false, "Ann Lee", "said"),
			q("q3", schema.QuoteIndirect, "=1+1", nil, false, "", ""),
		},
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDoc(text, string(data))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestQuotesCSV(t *testing.T) {
	d := csvDoc(t)
	out := string(QuotesCSV(d))
	if !strings.HasPrefix(out, "speaker,speaker_type,anonymous,kind,cue,source,text,start,end\r\n") {
		t.Fatalf("the CSV does not start with its header row:\n%s", out)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v\n%s", err, out)
	}
	want := [][]string{
		QuotesCSVHeader,
		{"Ann Lee", "PERSON", "false", "direct", "said", "Ann Lee", `We said no, and "never" means never,`, "20", "56"},
		{"", "", "true", "indirect", "said", "officials", "'-5 percent is fine", "73", "91"},
		{"", "", "false", "indirect", "", "", "'=1+1", "132", "136"},
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d:\n%s", len(rows), len(want), out)
	}
	text16 := utf16.Encode([]rune(d.Text))
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d:\n got %q\nwant %q", i, rows[i], want[i])
		}
		if i == 0 {
			continue
		}
		// The offsets slice the text, as JavaScript's slice would, to the
		// quote (its guard apostrophe aside).
		var start, end int
		if err := json.Unmarshal([]byte("["+rows[i][7]+","+rows[i][8]+"]"), &[]*int{&start, &end}); err != nil {
			t.Fatal(err)
		}
		if got, quote := string(utf16.Decode(text16[start:end])), strings.TrimPrefix(rows[i][6], "'"); got != quote {
			t.Errorf("row %d: the text's [%d:%d] is %q, want %q", i, start, end, got, quote)
		}
	}
}

func TestUTF16Offsets(t *testing.T) {
	text := "a🙂é"                                       // bytes: a=0, 🙂=1..4, é=5..6
	got := utf16Offsets(text, []int{7, 0, 5, 1, 3, 99}) // 3 is inside 🙂
	if want := []int{4, 0, 3, 1, 1, 4}; !slices.Equal(got, want) {
		t.Errorf("utf16Offsets = %v, want %v", got, want)
	}
}
