package nlp

import (
	"strings"
	"testing"
)

// Pronouns and descriptions outside quotes are mentions of the person
// they stand for: the nearest one before them whose gender agrees, and
// for a description, the one whose role fits.
func TestCoreference(t *testing.T) {
	text := "Russian President Vladimir Putin met Mrs. Angela Merkel in Berlin on Monday.\n\n" +
		"She told him that the talks had been useful. The Russian leader said he agreed.\n\n" +
		"\"He is wrong,\" Merkel said of a critic."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mentions := map[string][]string{}
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Kind != "name" {
				mentions[e.Name] = append(mentions[e.Name], m.Kind+":"+m.Text)
			}
		}
	}
	want := map[string]string{
		"Vladimir Putin": "pronoun:him description:The Russian leader pronoun:he",
		"Angela Merkel":  "pronoun:She",
	}
	for name, w := range want {
		if got := strings.Join(mentions[name], " "); got != w {
			t.Errorf("%s: other mentions %q, want %q", name, got, w)
		}
	}
}

// A given name tells a person's gender, so "she" skips the man named
// last for the woman before him.
func TestCoreferenceByGivenName(t *testing.T) {
	text := "Mary Robinson met John Kerry in Dublin. She said the talks went well."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range a.Entities {
		if countMentions(e, "She") == 1 && e.Name != "Mary Robinson" {
			t.Errorf("She is a mention of %s, want Mary Robinson", e.Name)
		}
		if e.Name == "Mary Robinson" && countMentions(e, "She") != 1 {
			t.Errorf("Mary Robinson's mentions %v: want She", e.Mentions)
		}
	}
}
