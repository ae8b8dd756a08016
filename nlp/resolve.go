package nlp

import (
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// resolveSpeaker finds the entity a quote's source refers to, records the
// source as a mention of it, and says how sure the attribution is.
//   - A name is looked up among the entities (the mention it overlaps, or
//     its name form); a name the tagger missed becomes a new entity, since
//     "said Jane Doe" is good evidence that Jane Doe is a person.
//   - "he"/"she"/"I" is the nearest person mentioned before it.
//   - A definite description ("the Russian leader") with a person noun is
//     the person whose role shares a word with it, else the last person
//     quoted, else the nearest person; with an organization noun ("the
//     newspaper"), the nearest organization.
//   - Anonymous sources ("officials", "a source") and "they" stay
//     unresolved: a guess would be worse than no name.
func resolveSpeaker(doc *document, ents *entitySet, src [2]int, prior []foundQuote) (*entity, float64) {
	words := strings.Fields(doc.slice(src[0], src[1]))
	first := strings.ToLower(words[0])
	switch {
	case len(words) == 1 && pronounInfo[first].gender != "" || first == "i":
		if first == "it" {
			return nil, 0.5
		}
		e := nearestBefore(ents, src[0], func(e *entity) bool { return e.typ == schema.Person })
		if e != nil {
			e.addMention(src[0], src[1], schema.MentionPronoun)
			return e, 0.8
		}
		return nil, 0.5
	case len(words) == 1 && first == "they" || first == "we":
		return nil, 0.5
	case definite[first]:
		head := strings.ToLower(strings.Trim(words[len(words)-1], ",.'’"))
		var e *entity
		switch {
		case personNouns[head]:
			e = personByRole(ents, words[1:len(words)-1], src[0])
			if e == nil && len(prior) > 0 && prior[len(prior)-1].speaker != nil && prior[len(prior)-1].speaker.typ == schema.Person {
				e = prior[len(prior)-1].speaker
			}
			if e == nil {
				e = nearestBefore(ents, src[0], func(e *entity) bool { return e.typ == schema.Person })
			}
		case orgNouns[head]:
			e = nearestBefore(ents, src[0], func(e *entity) bool { return e.typ == schema.Org })
		}
		if e != nil {
			e.addMention(src[0], src[1], schema.MentionDescription)
			return e, 0.75
		}
		return nil, 0.5
	case indefinite[first] || !startsUpper(words[0]):
		return nil, 0.6 // an anonymous source, kept as written
	}
	return speakerByName(doc, ents, src), 0.95
}

// speakerByName finds or makes the entity for a named source.
func speakerByName(doc *document, ents *entitySet, src [2]int) *entity {
	for _, e := range ents.list {
		for _, m := range e.mentions {
			if m.kind == schema.MentionName && m.start < src[1] && src[0] < m.end {
				return e
			}
		}
	}
	// Strip titles: "President Putin" -> "Putin".
	toks := doc.tokens[doc.tokenAt(src[0]):doc.tokenAt(src[1])]
	i := 0
	for i < len(toks)-1 {
		w := strings.ToLower(doc.slice(toks[i].start, toks[i].end))
		if !titleWords[w] && !honorifics[w] && !(i+1 < len(toks) && titleWords[strings.ToLower(doc.slice(toks[i+1].start, toks[i+1].end))]) {
			break
		}
		i++
	}
	start := toks[i].start
	form := nameForm(doc.slice(start, src[1]))
	e := ents.byForm[form]
	if e == nil && !strings.Contains(form, " ") {
		e = ents.uniquePersonWith(form)
	}
	if e == nil {
		typ := schema.Person
		if isAcronym(form) {
			typ = schema.Org
		}
		e = &entity{votes: map[string]int{typ: 1}, typ: typ, name: form}
		ents.list = append(ents.list, e)
		ents.byForm[form] = e
	}
	e.addMention(start, src[1], schema.MentionName)
	if i > 0 {
		if role := doc.slice(toks[0].start, toks[i-1].end); e.typ == schema.Person && !contains(e.roles, role) {
			e.roles = append(e.roles, role)
		}
	}
	sortMentions(e.mentions)
	return e
}

// nearestBefore is the entity, among those ok accepts, with the last
// mention that ends before off.
func nearestBefore(ents *entitySet, off int, ok func(*entity) bool) *entity {
	var best *entity
	bestAt := -1
	for _, e := range ents.list {
		if !ok(e) {
			continue
		}
		for _, m := range e.mentions {
			if m.end <= off && m.start > bestAt {
				best, bestAt = e, m.start
			}
		}
	}
	return best
}

// personByRole finds the person mentioned before off whose roles share a
// capitalized word with the description's modifiers ("Russian" in "the
// Russian leader" and "Russian President").
func personByRole(ents *entitySet, modifiers []string, off int) *entity {
	for _, w := range modifiers {
		if !startsUpper(w) {
			continue
		}
		var found *entity
		for _, e := range ents.list {
			if e.typ != schema.Person || len(e.mentions) == 0 || e.mentions[0].start >= off {
				continue
			}
			for _, r := range e.roles {
				if contains(strings.Fields(r), w) {
					if found != nil && found != e {
						return nil // ambiguous
					}
					found = e
				}
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}
