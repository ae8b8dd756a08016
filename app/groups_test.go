package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func ptr(s string) *string { return &s }

func mentions(n int) []schema.Mention { return make([]schema.Mention, n) }

func TestGroupEntities(t *testing.T) {
	es := []schema.Entity{
		{ID: "e2", Name: "NATO", Type: schema.Org, Mentions: mentions(7)},
		{ID: "e3", Name: "Russia", Type: schema.GPE, Mentions: mentions(7), Salience: 0.2},
		{ID: "e9", Name: "Weird", Type: "OTHER", Mentions: mentions(1)},
		{ID: "e1", Name: "Vladimir Putin", Type: schema.Person, Mentions: mentions(13)},
		{ID: "e6", Name: "Brussels", Type: schema.GPE, Mentions: mentions(2)},
		{ID: "e5", Name: "Alliance", Type: schema.GPE, Mentions: mentions(2)},
		{ID: "e7", Name: "Europe", Type: schema.GPE, Mentions: mentions(7), Salience: 0.5},
	}
	var got []string
	for _, g := range GroupEntities(es) {
		var names []string
		for _, e := range g.Entities {
			names = append(names, fmt.Sprintf("%s:%d", e.Name, e.Mentions))
		}
		got = append(got, g.Type+"("+g.Label+") "+strings.Join(names, ", "))
	}
	want := []string{
		"PERSON(People) Vladimir Putin:13",
		"ORG(Organizations) NATO:7",
		// by mentions, then salience, then name
		"GPE(Countries, cities, states) Europe:7, Russia:7, Alliance:2, Brussels:2",
		"OTHER(OTHER) Weird:1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGroupQuotes(t *testing.T) {
	es := []schema.Entity{{ID: "e1", Name: "Vladimir Putin"}, {ID: "e2", Name: "Angela Merkel"}}
	q := func(id string, start int, speaker *string, text string, source string) schema.Quote {
		x := schema.Quote{ID: id, Start: start, Speaker: speaker, Text: text}
		if source != "" {
			x.Source = &schema.Span{Text: source}
		}
		return x
	}
	anon := func(x schema.Quote) schema.Quote { x.Anonymous = true; return x }
	tests := []struct {
		name   string
		quotes []schema.Quote
		want   string
	}{{
		name: "unattributed last, most words first",
		quotes: []schema.Quote{
			q("q1", 10, nil, "first words spoken here", ""),
			q("q2", 20, ptr("e2"), "short", ""),
			q("q3", 30, ptr("e1"), "a much longer quote than the others", "he"),
			q("q4", 40, ptr("e2"), "another", ""),
		},
		want: "named e1 Vladimir Putin [q3] | named e2 Angela Merkel [q2 q4] | unattributed - Unattributed [q1]",
	}, {
		name: "anonymous sources are a group of their own, before the unattributed quotes",
		quotes: []schema.Quote{
			q("q1", 10, nil, "no source at all, though many words", ""),
			anon(q("q2", 20, nil, "we will see", "officials")),
			q("q3", 30, ptr("e1"), "one", "he"),
			anon(q("q4", 40, nil, "a source familiar with the matter spoke at length here", "a source")),
		},
		want: "named e1 Vladimir Putin [q3] | anonymous - Anonymous sources [q2 q4] | unattributed - Unattributed [q1]",
	}, {
		name: "ties keep the order of first appearance; quotes keep article order",
		quotes: []schema.Quote{
			q("q3", 300, ptr("e1"), "one two", ""),
			q("q1", 100, ptr("e2"), "one two", ""),
			q("q2", 200, ptr("e1"), "three four", ""),
			q("q4", 400, ptr("e2"), "three four", ""),
		},
		want: "named e2 Angela Merkel [q1 q4] | named e1 Vladimir Putin [q2 q3]",
	}, {
		name:   "a speaker that is not an entity is named by its source",
		quotes: []schema.Quote{q("q1", 0, ptr("e7"), "x", "the minister")},
		want:   "named e7 the minister [q1]",
	}, {
		name: "no quotes",
		want: "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var parts []string
			for _, g := range GroupQuotes(tt.quotes, es, nil) {
				var ids []string
				for _, q := range g.Quotes {
					ids = append(ids, q.ID)
				}
				sp := g.Speaker
				if sp == "" {
					sp = "-"
				}
				parts = append(parts, g.Kind+" "+sp+" "+g.Name+" ["+strings.Join(ids, " ")+"]")
			}
			if got := strings.Join(parts, " | "); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// TestGroupQuotesShares: the named speakers' words and shares are the
// engine's, the others' are counted over the engine's quoted words, and
// the order follows the engine's words.
func TestGroupQuotesShares(t *testing.T) {
	es := []schema.Entity{{ID: "e1", Name: "Vladimir Putin"}, {ID: "e2", Name: "Angela Merkel"}}
	qs := []schema.Quote{
		{ID: "q1", Start: 0, Speaker: ptr("e1"), Text: "one two three"},
		{ID: "q2", Start: 10, Speaker: ptr("e2"), Text: "one two"},
		{ID: "q3", Start: 20, Anonymous: true, Text: "five words are said here"},
	}
	src := &schema.Sources{
		QuotedWords: 10,
		Speakers: []schema.SpeakerShare{
			{Entity: "e2", Name: "Angela Merkel", Words: 4, Share: 0.4},
			{Entity: "e1", Name: "Vladimir Putin", Words: 1, Share: 0.1},
		},
	}
	var got []string
	for _, g := range GroupQuotes(qs, es, src) {
		got = append(got, fmt.Sprintf("%s %d %.2f", g.Name, g.Words, g.Share))
	}
	want := "Angela Merkel 4 0.40 | Vladimir Putin 1 0.10 | Anonymous sources 5 0.50"
	if strings.Join(got, " | ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " | "), want)
	}

	// Without the engine's summary, the shares are the app's own count.
	got = nil
	for _, g := range GroupQuotes(qs, es, nil) {
		got = append(got, fmt.Sprintf("%s %d %.2f", g.Name, g.Words, g.Share))
	}
	want = "Vladimir Putin 3 0.30 | Angela Merkel 2 0.20 | Anonymous sources 5 0.50"
	if strings.Join(got, " | ") != want {
		t.Errorf("without sources, got  %s\nwant %s", strings.Join(got, " | "), want)
	}
}
