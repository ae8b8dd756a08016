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

// Kinds of quote group: a named speaker's quotes, the quotes of sources the
// text does not name ("officials"), and the quotes with no source found.
const (
	GroupNamed        = "named"
	GroupAnonymous    = "anonymous"
	GroupUnattributed = "unattributed"
)

// SpeakerQuotes is the quotes of one speaker, or of the anonymous sources,
// or the unattributed quotes; Speaker is "" for the last two.
type SpeakerQuotes struct {
	Speaker string // entity ID, "" for the anonymous and unattributed groups
	Kind    string // GroupNamed, GroupAnonymous or GroupUnattributed
	Name    string
	Quotes  []schema.Quote
	Words   int     // words quoted
	Share   float64 // of all the words quoted, 0 to 1: the share of voice
}

// Headings of the groups of quotes with no named speaker.
const (
	AnonymousName    = "Anonymous sources"
	UnattributedName = "Unattributed"
)

// GroupQuotes groups quotes by speaker: the speakers quoted most first (by
// words quoted, then by first appearance), then the anonymous sources, the
// unattributed quotes last. Within a group quotes keep the article's order.
//
// A quote is the speaker's when it has one, anonymous when its source is
// not named, unattributed otherwise: the engine's sources summary (src)
// counts them the same way, and when src is given, its words and shares are
// the named speakers' (the engine's word count is the one the summary
// shows), so that the meters and the summary agree.
func GroupQuotes(qs []schema.Quote, es []schema.Entity, src *schema.Sources) []SpeakerQuotes {
	return groupQuotes(qs, es, src, nil)
}

// groupQuotes is GroupQuotes, pausing between quotes as pace says.
func groupQuotes(qs []schema.Quote, es []schema.Entity, src *schema.Sources, pace *Pacer) []SpeakerQuotes {
	names := make(map[string]string, len(es))
	for _, e := range es {
		names[e.ID] = e.Name
	}
	// Group keys: a speaker's ID, or a key no ID can be for the others.
	const anonymousKey, unattributedKey = "\x00anonymous", "\x00unattributed"
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
		key, id, kind := unattributedKey, "", GroupUnattributed
		switch {
		case q.Speaker != nil:
			key, id, kind = *q.Speaker, *q.Speaker, GroupNamed
		case q.Anonymous:
			key, kind = anonymousKey, GroupAnonymous
		}
		i, ok := index[key]
		if !ok {
			name := names[id]
			switch {
			case kind == GroupAnonymous:
				name = AnonymousName
			case kind == GroupUnattributed:
				name = UnattributedName
			case name == "" && q.Source != nil:
				name = q.Source.Text
			case name == "":
				name = id
			}
			i = len(groups)
			index[key] = i
			groups = append(groups, SpeakerQuotes{Speaker: id, Kind: kind, Name: name})
		}
		groups[i].Quotes = append(groups[i].Quotes, q)
		groups[i].Words += countWords(q.Text)
	}
	total := 0
	for _, g := range groups {
		total += g.Words
	}
	shares := map[string]schema.SpeakerShare{}
	if src != nil {
		total = src.QuotedWords
		for _, sp := range src.Speakers {
			shares[sp.Entity] = sp
		}
	}
	for i := range groups {
		g := &groups[i]
		if sp, ok := shares[g.Speaker]; ok && g.Kind == GroupNamed {
			g.Words, g.Share = sp.Words, sp.Share
		} else if total > 0 {
			g.Share = float64(g.Words) / float64(total)
		}
	}
	// groups are in order of first appearance; the stable sort keeps it
	// among equals.
	rank := map[string]int{GroupNamed: 0, GroupAnonymous: 1, GroupUnattributed: 2}
	slices.SortStableFunc(groups, func(a, b SpeakerQuotes) int {
		return cmp.Or(
			cmp.Compare(rank[a.Kind], rank[b.Kind]),
			cmp.Compare(b.Words, a.Words),
			cmp.Compare(len(b.Quotes), len(a.Quotes)),
		)
	})
	return groups
}

// countWords counts the words of s as the engine does for the share of
// voice: runs of letters and digits, with an apostrophe or hyphen inside a
// word ("it's", "well-known") kept in it.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}
