package nlp

import (
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Reported speech without quotation marks, in the shapes news uses, with
// its source as written and its cue; and what is not reported speech.
func TestIndirectQuotes(t *testing.T) {
	cases := []struct {
		text, quote, source, cue string
	}{
		{"Putin said that NATO was created as a tool of the cold war.", "NATO was created as a tool of the cold war", "Putin", "said"},
		{"The release said the two leaders discussed the campaign to liberate Mosul.", "the two leaders discussed the campaign to liberate Mosul", "The release", "said"},
		{"Almost half of all primary school children are iodine deficient, researchers say.", "Almost half of all primary school children are iodine deficient", "researchers", "say"},
		{"Now the USSR is gone, and NATO continues to exist, he believes.", "Now the USSR is gone, and NATO continues to exist", "he", "believes"},
		{"According to the president, security professionals want cooperation with Russia.", "security professionals want cooperation with Russia", "the president", "According to"},
		{"Over 345 pilgrims have been killed in a stampede, according to the Saudi Interior Ministry.", "Over 345 pilgrims have been killed in a stampede", "the Saudi Interior Ministry", "according to"},
		{"Major general Fuad Basya, spokesman for the Indonesian military, said fishermen first noticed the people.", "fishermen first noticed the people", "Fuad Basya", "said"},
		{"In Syria, the press secretary said, Syrian democratic forces continue to liberate territory.", "Syrian democratic forces continue to liberate territory", "the press secretary", "said"},
		{"Sujata Raisinghani told CBC News the department will look into the incident.", "the department will look into the incident", "Sujata Raisinghani", "told"},
		{"He again called for joining forces and assured that Russia is ready to cooperate.", "Russia is ready to cooperate", "He", "assured"},
		{"Tedeschi also told the court that, over the last five months, her health had declined.", "over the last five months, her health had declined", "Tedeschi", "told"},
		{"The Internet security firm Secunia.com, has said that IE6 has 277 vulnerabilities.", "IE6 has 277 vulnerabilities", "Secunia.com", "said"},
		{"The Straits Times noted what began as individual messages had grown into a movement.", "what began as individual messages had grown into a movement", "The Straits Times", "noted"},
	}
	for _, c := range cases {
		a, err := engine(t).Analyze(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 1 {
			t.Errorf("%q: %d quotes %+v, want 1", c.text, len(a.Quotes), a.Quotes)
			continue
		}
		q := a.Quotes[0]
		if q.Kind != schema.QuoteIndirect || q.Text != c.quote || q.Source == nil || q.Source.Text != c.source || q.Cue == nil || q.Cue.Text != c.cue {
			t.Errorf("%q:\n got %s %q source %v cue %v\nwant indirect %q source %q cue %q", c.text, q.Kind, q.Text, q.Source, q.Cue, c.quote, c.source, c.cue)
		}
	}
	for _, text := range []string{
		"He recalled the meeting of high-ranking representatives, overseeing security issues that took place in the Tver Region.",
		"NASA Administrator Charles Bolden announced the locations of the three remaining orbiters.",
		"Carter thanked Abadi for nearly two years of a close personal partnership.",
	} {
		a, err := engine(t).Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 0 {
			t.Errorf("%q: reported %+v, want no quote", text, a.Quotes)
		}
	}
}

// A statement reported in the writer's words that holds the speaker's
// own words in marks is one partial quote, the whole statement; so is
// what a naming verb says in the speaker's words.
func TestPartialQuoteIsTheStatement(t *testing.T) {
	for text, want := range map[string]string{
		`New Zealand's Prime Minister John Key said he believes redesigning the flag now has a "strong rationale for the change".`: `he believes redesigning the flag now has a "strong rationale for the change"`,
		`He characterized the conflict as "another small skirmish in a long war" on Friday.`:                                       `the conflict as "another small skirmish in a long war" on Friday`,
	} {
		a, err := engine(t).Analyze(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Quotes) != 1 || a.Quotes[0].Kind != schema.QuotePartial || a.Quotes[0].Text != want {
			t.Errorf("%q: quotes %+v, want the partial statement %q", text, a.Quotes, want)
		}
	}
}

// Unnamed sources stay anonymous, and the sources summary counts each
// speaker's quotes and words, the anonymous ones, and the gender balance.
func TestSourcesSummary(t *testing.T) {
	text := "Mary Robinson met John Kerry in Dublin on Monday.\n\n" +
		"\"The talks went well and we agreed on a plan,\" Robinson said.\n\n" +
		"\"We will see,\" Kerry said.\n\n" +
		"Officials said the plan would cost more than expected."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := a.Sources
	if s == nil {
		t.Fatal("no sources summary")
	}
	if s.Named != 2 || s.Anonymous != 1 || s.Unattributed != 0 {
		t.Errorf("named %d anonymous %d unattributed %d, want 2 1 0", s.Named, s.Anonymous, s.Unattributed)
	}
	if s.Gender != (schema.GenderBalance{Female: 1, Male: 1}) {
		t.Errorf("gender %+v, want one woman and one man", s.Gender)
	}
	if len(s.Speakers) != 2 || s.Speakers[0].Name != "Mary Robinson" || s.Speakers[0].Words != 10 || s.Speakers[0].Gender != "female" {
		t.Fatalf("speakers %+v, want Mary Robinson first with 10 words", s.Speakers)
	}
	total := 0.0
	for _, sp := range s.Speakers {
		total += sp.Share
	}
	if want := float64(10+3) / float64(s.QuotedWords); total < want-0.01 || total > want+0.01 {
		t.Errorf("named speakers' shares sum to %.3f, want %.3f of %d quoted words", total, want, s.QuotedWords)
	}
	last := a.Quotes[len(a.Quotes)-1]
	if !last.Anonymous || last.Speaker != nil {
		t.Errorf("the officials' quote %+v: want anonymous, no speaker", last)
	}
}

// "it" after an organization is the organization speaking.
func TestItIsTheOrganization(t *testing.T) {
	text := "The Korean Central News Agency reported on Friday that troops were on alert. It said the order came from the top."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var kcna string
	for _, e := range a.Entities {
		if e.Name == "Korean Central News Agency" {
			kcna = e.ID
		}
	}
	if kcna == "" {
		t.Fatalf("no Korean Central News Agency among %+v", a.Entities)
	}
	found := false
	for _, q := range a.Quotes {
		if q.Source != nil && q.Source.Text == "It" {
			found = true
			if deref(q.Speaker) != kcna {
				t.Errorf("the quote %q of \"It\" is attributed to %v, want KCNA", q.Text, q.Speaker)
			}
		}
	}
	if !found {
		t.Errorf("no quote with the source \"It\" in %+v", a.Quotes)
	}
}
