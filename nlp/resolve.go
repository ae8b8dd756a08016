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
//   - "he"/"she"/"I" is the nearest person mentioned before it, "it" the
//     nearest organization in its paragraph or the one before.
//   - A definite description ("the Russian leader") with a person noun is
//     the person whose role shares a word with it, else the last person
//     quoted, else the nearest person; with an organization noun ("the
//     newspaper"), the nearest organization.
//   - Anonymous sources ("officials", "a source") and "they" stay
//     unresolved: a guess would be worse than no name.
func resolveSpeaker(doc *document, ents *entitySet, src [2]int, prior []foundQuote) (*entity, float64) {
	words := strings.Fields(doc.slice(src[0], src[1]))
	first := strings.ToLower(words[0])
	if e := ents.ownerOf(src[0], src[1]); e != nil && e.typ == schema.Person && (len(words) == 1 || definite[first]) {
		return e, 0.8 // a pronoun or description coreference already resolved
	}
	switch {
	case len(words) == 1 && pronounInfo[first].gender != "" || first == "i":
		if first == "it" {
			// "The agency said it ...": an organization, the nearest one
			// named in the paragraph or the one before.
			e := nearestBefore(ents, src[0], func(e *entity) bool { return e.typ == schema.Org })
			if e != nil && doc.blockOf(src[0])-doc.blockOf(lastMentionBefore(e, src[0])) <= 1 {
				e.addMentionInOrder(src[0], src[1], schema.MentionPronoun)
				return e, 0.6
			}
			return nil, 0.5
		}
		e := nearestBefore(ents, src[0], func(e *entity) bool { return e.typ == schema.Person })
		if e != nil {
			e.addMentionInOrder(src[0], src[1], schema.MentionPronoun)
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
			e.addMentionInOrder(src[0], src[1], schema.MentionDescription)
			return e, 0.75
		}
		return nil, 0.5
	case indefinite[first] || !startsUpper(words[0]) || commonNounSource(doc, src):
		return nil, 0.6 // an anonymous source, kept as written
	}
	return speakerByName(doc, ents, src), 0.95
}

// speakerByName finds or makes the entity for a named source. The titles
// in front ("Maj. Gen.", "Secretary of State") become a role; the rest is
// the name. A known entity whose mention lies inside the name takes the
// fuller name ("Volesky" becomes "Gary J. Volesky").
func speakerByName(doc *document, ents *entitySet, src [2]int) *entity {
	toks := doc.tokens[doc.tokenAt(src[0]):doc.tokenAt(src[1])]
	i := leadingTitles(doc, toks)
	if i >= len(toks) {
		return nil // only a title ("Secretary General"): no name to file
	}
	start, end := ents.nameStart(doc, toks[i].start, src[1]), src[1]
	// The narrowed name may itself open with a title ("Mr. Toccafondi").
	if rest := doc.tokens[doc.tokenAt(start):doc.tokenAt(end)]; len(rest) > 0 {
		if j := leadingTitles(doc, rest); j < len(rest) {
			start = rest[j].start
		}
	}
	form := nameForm(doc.slice(start, end))
	e := ents.byForm[form]
	if e == nil {
		e = ents.entityInside(start, end)
	}
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
	}
	ents.file(form, e)
	if !e.widenMention(start, end) {
		e.addMentionInOrder(start, end, schema.MentionName)
	}
	if len(strings.Fields(form)) > len(strings.Fields(e.name)) {
		e.name = form
	}
	if start > src[0] && e.typ == schema.Person {
		role := roleText(doc.slice(src[0], start))
		if role != "" && !contains(e.roles, role) {
			e.roles = append(e.roles, role)
		}
	}
	sortMentions(e.mentions)
	return e
}

// leadingTitles counts the tokens of titles at the start of a source:
// title words and honorifics, their full stops, a determiner, and an "of"
// with the word after it ("Secretary of State").
func leadingTitles(doc *document, toks []token) int {
	i := 0
	for i < len(toks) {
		w := strings.ToLower(doc.slice(toks[i].start, toks[i].end))
		switch {
		case titleWords[w] || honorifics[w] || titleWords[w+"."] || honorifics[w+"."] || (i == 0 && definite[w]):
			i++
		case w == "." && i > 0:
			i++
		case w == "of" && i > 0 && i+2 < len(toks):
			i += 2
		default:
			return i
		}
	}
	return i
}

// nameStart narrows a source's name part [start, end) when it runs two
// names together ("Refugee Council Enver Solomon", the organization and
// its chief): the name begins after the last mention of another entity,
// or at a person's full-name mention that ends the span.
func (s *entitySet) nameStart(doc *document, start, end int) int {
	for _, e := range s.list {
		if !e.near(start, end) {
			continue
		}
		ms := e.mentions
		for i := mentionFrom(ms, start); i < len(ms) && ms[i].start <= end; i++ {
			m := ms[i]
			if m.kind != schema.MentionName || m.start < start || m.end > end {
				continue
			}
			switch {
			case m.end < end:
				start = max(start, m.end)
			case e.typ == schema.Person && m.start > start && strings.Contains(doc.slice(m.start, m.end), " "):
				start = m.start
			}
		}
	}
	start = skipSpace(doc.text, start)
	// "Saudi Arabia's Civil Defense Authority": after the possessor, its
	// possessive ending is no part of the name.
	for _, pos := range []string{"'s", "’s"} {
		if strings.HasPrefix(doc.text[start:end], pos) {
			start = skipSpace(doc.text, start+len(pos))
		}
	}
	return start
}

// entityInside finds the entity with a name mention inside [start, end)
// that ends where the name ends: the head of a name ("Volesky" in "Gary
// J. Volesky") says whose it is, a modifier ("U.S." in "U.S. Department
// of Agriculture") does not.
func (s *entitySet) entityInside(start, end int) *entity {
	for _, e := range s.list {
		if !e.near(start, end) {
			continue
		}
		ms := e.mentions
		for i := mentionFrom(ms, start); i < len(ms) && ms[i].start <= end; i++ {
			if ms[i].kind == schema.MentionName && ms[i].end == end {
				return e
			}
		}
	}
	return nil
}

// widenMention grows a name mention of e lying inside [start, end) to
// the whole span, reporting whether it did.
func (e *entity) widenMention(start, end int) bool {
	ms := e.mentions
	for i := mentionFrom(ms, start); i < len(ms) && ms[i].start <= end; i++ {
		if m := ms[i]; m.kind == schema.MentionName && m.end <= end {
			e.mentions[i].start, e.mentions[i].end = start, end
			e.widenBounds(start, end)
			return true
		}
	}
	return false
}

// nearestBefore is the entity, among those ok accepts, with the last
// mention that ends before off.
func nearestBefore(ents *entitySet, off int, ok func(*entity) bool) *entity {
	var best *entity
	bestAt := -1
	for _, e := range ents.list {
		if !ok(e) || len(e.mentions) == 0 || e.lo >= off {
			continue
		}
		if i := lastEndingBy(e.mentions, off); i >= 0 && e.mentions[i].start > bestAt {
			best, bestAt = e, e.mentions[i].start
		}
	}
	return best
}

// lastMentionBefore is the start of e's last mention before off.
func lastMentionBefore(e *entity, off int) int {
	if i := lastEndingBy(e.mentions, off); i >= 0 {
		return e.mentions[i].start
	}
	return 0
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

// roleText cleans the title part of a source: honorifics ("Mr.") and
// determiners are not a role.
func roleText(s string) string {
	f := strings.Fields(s)
	for len(f) > 0 && (honorifics[strings.ToLower(f[len(f)-1])] || definite[strings.ToLower(f[len(f)-1])]) {
		f = f[:len(f)-1]
	}
	for len(f) > 0 && (honorifics[strings.ToLower(f[0])] || definite[strings.ToLower(f[0])]) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// ownerOf is the entity with a pronoun or description mention exactly at
// [start, end), or nil.
func (s *entitySet) ownerOf(start, end int) *entity {
	for _, e := range s.list {
		if !e.near(start, end) {
			continue
		}
		ms := e.mentions
		for i := mentionFrom(ms, start); i < len(ms) && ms[i].start == start; i++ {
			if ms[i].end == end && ms[i].kind != schema.MentionName {
				return e
			}
		}
	}
	return nil
}

// commonNounSource reports a group named by a plural common noun:
// "Officials" (capitalized as it opens the sentence), "U.S. officials",
// "Court officials", "industry experts". Nobody in it is named.
func commonNounSource(doc *document, src [2]int) bool {
	toks := doc.tokens[doc.tokenAt(src[0]):doc.tokenAt(src[1])]
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	head := toks[len(toks)-1]
	return doc.tagOf(head) == "NNS" && (len(toks) == 1 || !startsUpper(doc.slice(head.start, head.end)))
}
