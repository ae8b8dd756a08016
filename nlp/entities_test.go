package nlp

import (
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestTASSEntities holds the entity expectations an editor has for the
// canonical article: the right types, every mention of NATO (including
// "the Alliance" and the one inside "Russia-NATO"), formal and short names
// merged, demonyms as NORP, the multi-word names found, Putin's role.
func TestTASSEntities(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]schema.Entity{}
	for _, e := range a.Entities {
		byName[e.Name] = e
		if e.Type == schema.Person && strings.ToUpper(e.Name) == e.Name {
			t.Errorf("%s, an acronym, is typed PERSON", e.Name)
		}
	}
	want := func(name, typ string) schema.Entity {
		t.Helper()
		e, ok := byName[name]
		if !ok {
			t.Errorf("no entity %q", name)
		} else if e.Type != typ {
			t.Errorf("%s is %s, want %s", name, e.Type, typ)
		}
		return e
	}
	for name, typ := range map[string]string{"TASS": schema.Org, "USSR": schema.GPE, "Russian": schema.NORP,
		"American": schema.NORP, "Tver Region": schema.GPE, "Vladimir Putin": schema.Person, "Russia": schema.GPE} {
		want(name, typ)
	}
	if _, ok := byName["St. Petersburg International Economic Forum"]; !ok {
		t.Error("the St. Petersburg International Economic Forum is not found")
	}
	nato := want("NATO", schema.Org)
	if n := strings.Count(text, "NATO"); countMentions(nato, "NATO") != n {
		t.Errorf("NATO has %d mentions named NATO, the text %d", countMentions(nato, "NATO"), n)
	}
	if !contains(nato.Aliases, "Alliance") || countMentions(nato, "Alliance") != 2 {
		t.Errorf("NATO's aliases %v: want the Alliance, both times", nato.Aliases)
	}
	if russia := byName["Russia"]; !contains(russia.Aliases, "Russian Federation") {
		t.Errorf("Russia's aliases %v: want Russian Federation", russia.Aliases)
	}
	if putin := byName["Vladimir Putin"]; !contains(putin.Roles, "Russian President") {
		t.Errorf("Putin's roles %v: want Russian President", putin.Roles)
	}
}

func countMentions(e schema.Entity, text string) int {
	n := 0
	for _, m := range e.Mentions {
		if m.Text == text {
			n++
		}
	}
	return n
}

// Aliases come from the text, not from knowing the names: an acronym
// defined in brackets, initials, a formal state name, "the Alliance".
func TestMergeAliases(t *testing.T) {
	cases := []struct {
		text, name, alias string
	}{
		{"The North Atlantic Treaty Organization (NATO) met in Brussels on Monday. NATO leaders agreed on a plan.",
			"North Atlantic Treaty Organization", "NATO"},
		{"Officials in the United States said the US would respond. The United States has troops in Germany.",
			"United States", "US"},
	}
	for _, c := range cases {
		a, err := engine(t).Analyze(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, e := range a.Entities {
			if e.Name == c.name {
				found = contains(e.Aliases, c.alias)
				if !found {
					t.Errorf("%q: %s has aliases %v, want %s", c.text, e.Name, e.Aliases, c.alias)
				}
			}
		}
		if !found {
			var names []string
			for _, e := range a.Entities {
				names = append(names, e.Type+" "+e.Name)
			}
			t.Errorf("%q: no %s with alias %s in %v", c.text, c.name, c.alias, names)
		}
	}
}

// A headline or a results line set in capitals must not derail the
// entities: names there are the ones the rest of the text gives, matched
// regardless of case, and nothing else.
func TestCapsLines(t *testing.T) {
	text := "PUTIN WARNS NATO OVER MISSILE PLANS IN EUROPE\n\n" +
		"MOSCOW, June 2 (Reuters) - Russian President Vladimir Putin on Friday warned NATO against deploying missiles in Europe.\n\n" +
		"MANCHESTER UNITED 2 LIVERPOOL 1\n\nArsenal beat Chelsea 3-1 on Saturday."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	headlineEnd := strings.Index(text, "\n")
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			if m.Start < headlineEnd && strings.Contains(m.Text, " ") {
				t.Errorf("%s (%s) has a multi-word mention %q in the all-caps headline", e.Name, e.Type, m.Text)
			}
		}
		if strings.Contains(e.Name, "UNITED") || strings.Contains(e.Name, "LIVERPOOL") && e.Type != schema.Org {
			t.Errorf("the results line gave %s %q", e.Type, e.Name)
		}
		if e.Name == "Vladimir Putin" {
			if countMentions(e, "PUTIN") != 1 || contains(e.Aliases, "PUTIN") {
				t.Errorf("Putin's mentions %v, aliases %v: want PUTIN in the headline as a mention, not an alias", e.Mentions, e.Aliases)
			}
		}
	}
}

// In a results line a town's name is its club, an organization, and the
// score is not part of the name; a country stays a place (its national
// team), and ordinary sentences are not results lines.
func TestResultsLines(t *testing.T) {
	text := "Soccer results\n\nEnglish premier league results on Saturday:\n\n" +
		"Bolton 2 Liverpool 1\n\nLeeds 0 Newcastle 1\n\nJapan 1 Syria 0\n\n" +
		"Manchester United beat Chelsea 2-1 in London on Sunday."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, e := range a.Entities {
		got[e.Name] = e.Type
	}
	for name, typ := range map[string]string{"Bolton": schema.Org, "Liverpool": schema.Org, "Leeds": schema.Org,
		"Newcastle": schema.Org, "Syria": schema.GPE, "London": schema.GPE} {
		if got[name] != typ {
			t.Errorf("%s is %q, want %s (all: %v)", name, got[name], typ, got)
		}
	}
}
