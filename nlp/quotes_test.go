package nlp

import (
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestScanQuotes(t *testing.T) {
	tests := []struct {
		name string
		para string
		want []string // quoted words, in order
		open []bool   // closed flags
	}{
		{"straight", `"We are ready," he said.`, []string{"We are ready,"}, []bool{true}},
		{"curly", `“We are ready,” he said.`, []string{"We are ready,"}, []bool{true}},
		{"apostrophes are not marks", `“It’s not our fault,” said Putin’s aide.`, []string{"It’s not our fault,"}, []bool{true}},
		{"nested single never closes the outer",
			`"They whisper 'in Brussels they persuade us," said Putin. "What is that?"`,
			[]string{"They whisper 'in Brussels they persuade us,", "What is that?"}, []bool{true, true}},
		{"nested closed", `“He told me ‘go home’ and left,” she said.`, []string{"He told me ‘go home’ and left,"}, []bool{true}},
		{"unclosed ends at the paragraph", `"We will go on, he said, and on`, []string{"We will go on, he said, and on"}, []bool{false}},
		{"two quotes", `The "cold war" and the "Russia-NATO" council.`, []string{"cold war", "Russia-NATO"}, []bool{true, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := scanBlock(tt.para, 0, 0, len(tt.para))
			if len(got) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %q", len(got), got, tt.want)
			}
			for i, q := range got {
				if s := tt.para[q.start:q.end]; s != tt.want[i] || q.closed != tt.open[i] {
					t.Errorf("quote %d = %q closed=%v, want %q closed=%v", i, s, q.closed, tt.want[i], tt.open[i])
				}
			}
		})
	}
}

func TestQuoteAttribution(t *testing.T) {
	tests := []struct {
		name                       string
		text                       string
		kind, speaker, source, cue string
	}{
		{"cue then name", `"We will not yield to pressure," said Angela Merkel.`, schema.QuoteDirect, "Angela Merkel", "Angela Merkel", "said"},
		{"name then cue", `"We will not yield to pressure," Angela Merkel said.`, schema.QuoteDirect, "Angela Merkel", "Angela Merkel", "said"},
		{"title and name", `"We will not yield to pressure," Chancellor Angela Merkel told reporters.`, schema.QuoteDirect, "Angela Merkel", "Chancellor Angela Merkel", "told"},
		{"pronoun after earlier name", "John Smith spoke in Boston on Monday.\n\n\"We will not yield to pressure,\" he stressed.", schema.QuoteDirect, "John Smith", "he", "stressed"},
		{"quote after the cue", `Angela Merkel said with a smile that "we will not yield to pressure."`, schema.QuoteDirect, "Angela Merkel", "Angela Merkel", "said"},
		{"partial quote in the reporter's sentence", `Angela Merkel called the plan "a dangerous illusion," the newspaper wrote.`, schema.QuotePartial, "", "the newspaper", "wrote"},
		{"anonymous source stays anonymous", `Angela Merkel met Macron. "The talks went badly," an official said.`, schema.QuoteDirect, "", "an official", "said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := engine(t).Analyze(tt.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Quotes) != 1 {
				t.Fatalf("got %d quotes: %+v", len(a.Quotes), a.Quotes)
			}
			q := a.Quotes[0]
			speaker := ""
			if q.Speaker != nil {
				for _, e := range a.Entities {
					if e.ID == *q.Speaker {
						speaker = e.Name
					}
				}
			}
			src, cue := "", ""
			if q.Source != nil {
				src = q.Source.Text
			}
			if q.Cue != nil {
				cue = q.Cue.Text
			}
			if q.Kind != tt.kind || speaker != tt.speaker || src != tt.source || cue != tt.cue {
				t.Errorf("got kind %s speaker %q source %q cue %q; want %s %q %q %q", q.Kind, speaker, src, cue, tt.kind, tt.speaker, tt.source, tt.cue)
			}
		})
	}
}

// A scare quote, a term or a name in quotation marks is no quote of its
// own; inside reported speech it leaves the statement indirect.
func TestScareQuotesAreNotQuotes(t *testing.T) {
	for text, want := range map[string]int{
		`NATO was created as a tool of the "cold war" in the fight against the USSR.`: 0,
		`The team won a medal for "courageous achievement" on Tuesday.`:               0,
		`Putin reminded that Russia even created the "Russia-NATO" council.`:          1,
	} {
		a, err := engine(t).Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != want {
			t.Errorf("%q: reported %+v, want %d quote(s)", text, a.Quotes, want)
		}
		for _, q := range a.Quotes {
			if q.Kind != schema.QuoteIndirect || !strings.HasPrefix(q.Text, "Russia even created") {
				t.Errorf("%q: reported %s %q, want the indirect statement", text, q.Kind, q.Text)
			}
		}
	}
}

func TestQuoteContinuesPreviousSpeaker(t *testing.T) {
	text := "Talks ended.\n\n\"They persuade us not to go,\" said Putin. \"What is that? What was on their minds?\"\n\n\"We did not start it.\""
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 3 {
		t.Fatalf("got %d quotes: %+v", len(a.Quotes), a.Quotes)
	}
	for _, q := range a.Quotes {
		if q.Speaker == nil || a.Quotes[0].Speaker == nil || *q.Speaker != *a.Quotes[0].Speaker {
			t.Errorf("quote %q speaker %v, want the first quote's", q.Text, q.Speaker)
		}
	}
}
