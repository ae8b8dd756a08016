package nlp

import (
	"slices"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Pronoun and description mentions of people: "he", "her", "the Russian
// leader" are mentions of the person they stand for, so that an entity's
// mentions say how much of the story is about it. The method is the
// classic one for news: a pronoun refers to the nearest person mentioned
// before it, in its paragraph or the one before, whose gender does not
// clash with it. Gender comes from honorifics ("Mr.", "Mrs."), from the
// given name when the gazetteer knows it (US births by sex), and from the
// pronouns already linked. Pronouns inside quotation marks are the quoted speaker's words
// ("I", "he" of someone else) and are left alone.

// personPronouns are the third-person singular pronouns, by gender.
var personPronouns = map[string]string{
	"he": "m", "him": "m", "his": "m", "himself": "m",
	"she": "f", "her": "f", "hers": "f", "herself": "f",
}

// recentWindow is how many distinct people a reader keeps in mind.
const recentWindow = 6

// recentPerson is a person and where it was last mentioned.
type recentPerson struct {
	e     *entity
	block int
}

// addCoreference adds the pronoun and description mentions of people.
// quotes are the text's quoted stretches.
func (s *entitySet) addCoreference(doc *document, quotes []rawQuote) {
	type event struct {
		start, end int
		e          *entity // a name mention of e; nil for a pronoun or description
		gender     string  // a pronoun's gender
		modifiers  []string
		head       string // a description's head noun
		order      int    // a name's entity's place in s.list
	}
	var names []event
	for k, e := range s.list {
		if e.typ != schema.Person {
			continue
		}
		e.gender = nameGender(doc, e)
		for _, m := range e.mentions {
			names = append(names, event{start: m.start, end: m.end, e: e, order: k})
		}
	}
	if len(names) == 0 {
		return
	}
	// The names in text order, ties in entity order. The pronouns and
	// descriptions below come in text order from the scan, so a merge
	// puts all in order (a stable sort of the lot cost a tenth of the
	// entity stage on a long text).
	slices.SortFunc(names, func(a, b event) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.order - b.order
	})
	var refs []event
	toks := doc.tokens
	q := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		for q < len(quotes) && quotes[q].closeEnd <= t.start {
			q++
		}
		if q < len(quotes) && quotes[q].open <= t.start {
			continue // inside quotation marks
		}
		switch doc.text[t.start] {
		case 'h', 'H', 's', 'S', 't', 'T':
		default:
			continue // no pronoun or "the" starts otherwise: one byte says so
		}
		var buf [8]byte
		lw, short := asciiLower(buf[:], doc.slice(t.start, t.end))
		if !short {
			continue // no pronoun or "the" is longer than 8 bytes
		}
		if g, ok := personPronouns[string(lw)]; ok {
			refs = append(refs, event{start: t.start, end: t.end, gender: g})
			continue
		}
		if string(lw) == "the" {
			if mods, head, end, ok := personDescription(doc, i); ok {
				refs = append(refs, event{start: t.start, end: toks[end-1].end, modifiers: mods, head: head})
				i = end - 1
			}
		}
	}
	// A name goes before a pronoun at the same place, as it did when the
	// names were listed first.
	events := make([]event, 0, len(names)+len(refs))
	for len(names) > 0 || len(refs) > 0 {
		if len(refs) == 0 || len(names) > 0 && names[0].start <= refs[0].start {
			events, names = append(events, names[0]), names[1:]
		} else {
			events, refs = append(events, refs[0]), refs[1:]
		}
	}
	// Only people's mentions block a new one: "the Russian leader" holds
	// the NORP mention "Russian". taken holds every mention of a person,
	// so a span it does not cover overlaps none of the referent's.
	taken := &spanSet{bits: make([]uint64, len(doc.text)/64+1)}
	for _, ev := range events {
		if ev.e != nil {
			taken.add(ev.start, ev.end)
		}
	}
	var recent []recentPerson
	remember := func(e *entity, block int) {
		for k, r := range recent {
			if r.e == e {
				recent = append(recent[:k], recent[k+1:]...)
				break
			}
		}
		recent = append(recent, recentPerson{e, block})
		if len(recent) > recentWindow {
			recent = recent[1:]
		}
	}
	for _, ev := range events {
		block := doc.blockOf(ev.start)
		switch {
		case ev.e != nil:
			remember(ev.e, block)
		case ev.head != "":
			e := describedPerson(recent, ev.modifiers, ev.head)
			if e != nil && !taken.overlaps(ev.start, ev.end) {
				e.appendMention(ev.start, ev.end, schema.MentionDescription)
				taken.add(ev.start, ev.end)
				remember(e, block)
			}
		default:
			e := pronounReferent(recent, ev.gender, block)
			if e != nil && !taken.overlaps(ev.start, ev.end) {
				e.appendMention(ev.start, ev.end, schema.MentionPronoun)
				taken.add(ev.start, ev.end)
				if e.gender == "" {
					e.gender = ev.gender
				}
				remember(e, block)
			}
		}
	}
	for _, e := range s.list {
		sortMentions(e.mentions)
	}
}

// pronounReferent is the most recently mentioned person whose gender
// agrees with a pronoun's, mentioned in the pronoun's paragraph or the one
// before it.
func pronounReferent(recent []recentPerson, gender string, block int) *entity {
	for k := len(recent) - 1; k >= 0; k-- {
		r := recent[k]
		if block-r.block > 1 {
			break // older mentions are older still
		}
		if r.e.gender == "" || r.e.gender == gender {
			return r.e
		}
	}
	return nil
}

// describedPerson is the recently mentioned person a definite
// description fits: one whose role shares the description's head noun
// ("the president", "the Russian president") or a capitalized modifier
// ("the Russian leader", role "Russian President"); nil unless exactly
// one fits.
func describedPerson(recent []recentPerson, modifiers []string, head string) *entity {
	var found *entity
	for k := len(recent) - 1; k >= 0; k-- {
		e := recent[k].e
		if !roleFits(e.roles, modifiers, head) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// roleFits reports a role among roles that contains head, or a
// capitalized modifier when head is a generic word for a leader.
func roleFits(roles, modifiers []string, head string) bool {
	for _, r := range roles {
		words := strings.Fields(strings.ToLower(r))
		if contains(words, head) {
			return true
		}
		if head == "leader" || head == "official" {
			for _, m := range modifiers {
				if startsUpper(m) && contains(words, strings.ToLower(m)) {
					return true
				}
			}
		}
	}
	return false
}

// personDescription reads a definite description of a person at token i
// ("the", up to three modifiers, a person noun): "the Russian leader",
// "the former president". end is the token after the head.
func personDescription(doc *document, i int) (modifiers []string, head string, end int, ok bool) {
	toks := doc.tokens
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		w := doc.slice(toks[k].start, toks[k].end)
		lw := strings.ToLower(w)
		if personNouns[lw] && roleNouns[lw] {
			// "the president of Russia" would name a role, not refer back:
			// a following "of" is left to the roles.
			if k+1 < len(toks) && doc.slice(toks[k+1].start, toks[k+1].end) == "of" {
				return nil, "", 0, false
			}
			return modifiers, lw, k + 1, true
		}
		tag := doc.tagOf(toks[k])
		if tag != "JJ" && tag != "NNP" && tag != "NN" && tag != "VBN" {
			return nil, "", 0, false
		}
		modifiers = append(modifiers, w)
	}
	return nil, "", 0, false
}

// roleNouns are the person nouns that name an office or title a person
// can hold, and so can refer back to a person by that role.
var roleNouns = set("leader", "president", "premier", "minister", "secretary", "senator", "governor",
	"mayor", "king", "queen", "general", "official", "spokesman", "spokeswoman", "chairman",
	"chairwoman", "director", "chief", "ambassador", "envoy", "judge", "prosecutor", "commander",
	"coach", "captain", "manager", "chancellor", "pope", "professor", "ceo", "executive", "founder")

// nameGender is a person's gender as the text shows it through an
// honorific before a mention ("Mr. Smith", "Mrs. Smith"), or else as the
// given name tells it (a name given almost only to girls or to boys), ""
// if unknown.
func nameGender(doc *document, e *entity) string {
	if g := honorificGender(doc, e); g != "" {
		return g
	}
	for _, m := range e.mentions {
		ti := doc.tokenAt(m.start)
		if m.kind != schema.MentionName || ti+1 >= len(doc.tokens) || doc.tokens[ti+1].start >= m.end {
			continue // a one-word mention: no given name to read
		}
		switch f := doc.tokens[ti].gaz; {
		case f&nerfeat.Female != 0:
			return "f"
		case f&nerfeat.Male != 0:
			return "m"
		}
	}
	return ""
}

// honorificGender reads a person's gender from an honorific before one of
// its mentions, "" if none.
func honorificGender(doc *document, e *entity) string {
	for _, m := range e.mentions {
		if m.kind != schema.MentionName {
			continue
		}
		before := strings.TrimRight(doc.text[max(0, m.start-6):m.start], " ")
		word := strings.ToLower(before[strings.LastIndexAny(before, " \n")+1:])
		switch word {
		case "mr", "mr.", "sir", "lord":
			return "m"
		case "mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady":
			return "f"
		}
	}
	return ""
}

// genders maps each person's ID to its gender ("f", "m" or ""); entities
// must have their IDs.
func (s *entitySet) genders() map[string]string {
	out := map[string]string{}
	for _, e := range s.list {
		if e.typ == schema.Person {
			out[e.id] = e.gender
		}
	}
	return out
}
