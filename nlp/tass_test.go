package nlp

import (
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestTASSArticle checks the canonical example end to end: its furniture,
// sentences, consolidated entities and attributed quotes.
func TestTASSArticle(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, text, a)
	art := a.Article
	wantSpan := func(name string, s *schema.Span, want string) {
		if s == nil || s.Text != want {
			t.Errorf("%s = %+v, want %q", name, s, want)
		}
	}
	wantSpan("kicker", art.Kicker, "All news")
	wantSpan("headline", art.Headline, "Putin points to NATO's non-cooperation as undermining war on terror")
	wantSpan("standfirst", art.Standfirst, "Vladimir Putin has called for joining forces in the fight against terrorism")
	if d := art.Dateline; d == nil || deref(d.Place) != "St. Petersburg" || deref(d.Date) != "June 2" || deref(d.Agency) != "TASS" {
		t.Errorf("dateline = %+v", d)
	}

	if len(a.Sentences) < 15 {
		t.Errorf("%d sentences, want at least 15", len(a.Sentences))
	}
	for _, s := range a.Sentences {
		st := text[s.Start:s.End]
		if strings.Contains(st, "ST.PETERSBURG") || (strings.Contains(st, "Putin points") && s.End > art.Headline.End) {
			t.Errorf("sentence %q runs the headline or dateline into the story", st)
		}
	}

	putin := entityNamed(a, "Vladimir Putin")
	if putin == nil || putin.Type != schema.Person {
		t.Fatalf("no PERSON Vladimir Putin: %+v", putin)
	}
	names := 0
	for _, m := range putin.Mentions {
		if m.Kind == schema.MentionName {
			names++
		}
	}
	if names < 10 {
		t.Errorf("Vladimir Putin has %d name mentions, want at least 10", names)
	}
	if !contains(putin.Roles, "Russian President") {
		t.Errorf("Putin's roles = %v, want Russian President among them", putin.Roles)
	}
	for _, name := range []string{"NATO", "TASS"} {
		if e := entityNamed(a, name); e == nil || e.Type != schema.Org {
			t.Errorf("%s = %+v, want an ORG", name, e)
		}
	}
	for _, e := range a.Entities {
		if e.Type == schema.Person && e.ID != putin.ID {
			t.Errorf("unexpected PERSON %q", e.Name)
		}
	}

	direct := 0
	for _, q := range a.Quotes {
		if q.Kind != schema.QuoteDirect {
			continue
		}
		direct++
		if q.Speaker == nil || *q.Speaker != putin.ID {
			t.Errorf("quote %q attributed to %v, want Putin (%s)", q.Text, q.Speaker, putin.ID)
		}
	}
	if direct != 9 {
		t.Errorf("%d direct quotes, want 9", direct)
	}
	// The indirect ones, each by Putin: "..., said Russian President
	// Vladimir Putin", "Putin reminded that", "According to the
	// president", "he believes".
	indirect := map[string]bool{}
	for _, q := range a.Quotes {
		if q.Kind == schema.QuoteIndirect && q.Cue != nil && deref(q.Speaker) == putin.ID {
			indirect[q.Cue.Text] = true
		}
		for _, scare := range []string{"cold war", "Russia-NATO"} {
			if q.Text == scare {
				t.Errorf("scare quote %q reported as a quote", scare)
			}
		}
	}
	for _, cue := range []string{"said", "reminded", "According to", "believes"} {
		if !indirect[cue] {
			t.Errorf("no indirect quote of Putin's with the cue %q (found %v)", cue, indirect)
		}
	}
}

func entityNamed(a *schema.Analysis, name string) *schema.Entity {
	for i := range a.Entities {
		if a.Entities[i].Name == name {
			return &a.Entities[i]
		}
	}
	return nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
