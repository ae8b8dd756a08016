package app

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// typeOrder is the order of the entity list's groups, with each type's
// heading. Types not listed follow, alphabetically, under their own name.
var typeOrder = []struct{ Type, Label string }{
	{schema.Person, "People"},
	{schema.Org, "Organizations"},
	{schema.GPE, "Countries, cities, states"},
	{schema.Loc, "Places"},
	{schema.NORP, "Nationalities and groups"},
	{schema.Event, "Events"},
	{schema.Facility, "Buildings and facilities"},
	{schema.Product, "Products"},
	{schema.Law, "Laws"},
	{schema.WorkOfArt, "Works"},
}

// TypeLabel is the heading of the entity group of type t.
func TypeLabel(t string) string {
	for _, o := range typeOrder {
		if o.Type == t {
			return o.Label
		}
	}
	return t
}

func typeRank(t string) int {
	for i, o := range typeOrder {
		if o.Type == t {
			return i
		}
	}
	return len(typeOrder)
}

// EntityItem is one entity of the entity list.
type EntityItem struct {
	ID, Name, Type string
	Roles          []string
	Mentions       int
	Salience       float64
}

// EntityGroup is the entities of one type.
type EntityGroup struct {
	Type, Label string
	Entities    []EntityItem
}

// GroupEntities groups entities by type, in typeOrder, and orders each
// group by mentions, then salience, then name.
func GroupEntities(es []schema.Entity) []EntityGroup {
	byType := map[string][]EntityItem{}
	var types []string
	for _, e := range es {
		if _, ok := byType[e.Type]; !ok {
			types = append(types, e.Type)
		}
		byType[e.Type] = append(byType[e.Type], EntityItem{
			ID: e.ID, Name: e.Name, Type: e.Type, Roles: e.Roles,
			Mentions: len(e.Mentions), Salience: e.Salience,
		})
	}
	slices.SortFunc(types, func(a, b string) int {
		return cmp.Or(cmp.Compare(typeRank(a), typeRank(b)), strings.Compare(a, b))
	})
	groups := make([]EntityGroup, 0, len(types))
	for _, t := range types {
		items := byType[t]
		slices.SortStableFunc(items, func(a, b EntityItem) int {
			return cmp.Or(
				cmp.Compare(b.Mentions, a.Mentions),
				cmp.Compare(b.Salience, a.Salience),
				strings.Compare(a.Name, b.Name),
			)
		})
		groups = append(groups, EntityGroup{Type: t, Label: TypeLabel(t), Entities: items})
	}
	return groups
}

// SpeakerQuotes is the quotes of one speaker; Speaker is "" for the quotes
// attributed to no known entity.
type SpeakerQuotes struct {
	Speaker string // entity ID, "" when unattributed
	Name    string
	Quotes  []schema.Quote
	Words   int // words quoted, for the speaker's share of voice
}

// UnattributedName heads the group of quotes with no known speaker.
const UnattributedName = "Unattributed"

// GroupQuotes groups quotes by speaker: the speaker quoted most first (by
// words quoted, then by first appearance), the unattributed quotes last.
// Within a group quotes keep the article's order.
func GroupQuotes(qs []schema.Quote, es []schema.Entity) []SpeakerQuotes {
	return groupQuotes(qs, es, nil)
}

// groupQuotes is GroupQuotes, pausing between quotes as pace says.
func groupQuotes(qs []schema.Quote, es []schema.Entity, pace *Pacer) []SpeakerQuotes {
	names := make(map[string]string, len(es))
	for _, e := range es {
		names[e.ID] = e.Name
	}
	index := map[string]int{}
	var groups []SpeakerQuotes
	byStart := func(a, b schema.Quote) int { return cmp.Compare(a.Start, b.Start) }
	ordered := qs
	if !slices.IsSortedFunc(qs, byStart) { // the engine's are in order
		ordered = slices.Clone(qs)
		slices.SortStableFunc(ordered, byStart)
	}
	for _, q := range ordered {
		pace.Pause()
		id := ""
		if q.Speaker != nil {
			id = *q.Speaker
		}
		i, ok := index[id]
		if !ok {
			name := names[id]
			switch {
			case id == "":
				name = UnattributedName
			case name == "" && q.Source != nil:
				name = q.Source.Text
			case name == "":
				name = id
			}
			i = len(groups)
			index[id] = i
			groups = append(groups, SpeakerQuotes{Speaker: id, Name: name})
		}
		groups[i].Quotes = append(groups[i].Quotes, q)
		groups[i].Words += countWords(q.Text)
	}
	// groups are in order of first appearance; the stable sort keeps it
	// among equals.
	slices.SortStableFunc(groups, func(a, b SpeakerQuotes) int {
		if (a.Speaker == "") != (b.Speaker == "") {
			if a.Speaker == "" {
				return 1
			}
			return -1
		}
		return cmp.Or(cmp.Compare(b.Words, a.Words), cmp.Compare(len(b.Quotes), len(a.Quotes)))
	})
	return groups
}

// countWords counts the words of s as strings.Fields would split them,
// without making the slice.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
