package nlp

import (
	"strings"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// mergeAliases finds names that the text uses for an entity already known
// and makes them that entity's mentions (their forms become its aliases):
//   - an acronym defined in brackets after its long form: "North Atlantic
//     Treaty Organization (NATO)", or the initials of a longer name of the
//     same type: "US" for the United States;
//   - a state's formal name built on its demonym: "Russian Federation" for
//     Russia;
//   - a capitalized common noun after "the" that names a kind of
//     organization ("the Alliance", "the Ministry"), when one organization
//     dominates the text: news style refers back to it that way;
//   - an organization's short name: "Pacers" for the Indiana Pacers,
//     "Microsoft" for Microsoft Corp.;
//   - a department's two word orders: "Defense Department" and
//     "Department of Defense".
func (s *entitySet) mergeAliases(doc *document) {
	s.mergeDefinedAcronyms(doc)
	s.mergeUndefinedAcronyms()
	s.mergeFormalStateNames()
	s.mergeCapitalizedDescriptions(doc)
	s.mergeShortOrgNames()
	s.mergeDepartmentForms()
}

// merge moves from's mentions, forms and roles to into and drops from.
func (s *entitySet) merge(from, into *entity) {
	if from == into {
		return
	}
	for _, m := range from.mentions {
		into.addMention(m.start, m.end, m.kind)
	}
	for form, e := range s.byForm {
		if e == from {
			s.byForm[form] = into
		}
	}
	for w, list := range s.byPart {
		for i, e := range list {
			if e == from {
				list[i] = into
			}
		}
		s.byPart[w] = list
	}
	for _, r := range from.roles {
		if !contains(into.roles, r) {
			into.roles = append(into.roles, r)
		}
	}
	for i, e := range s.list {
		if e == from {
			s.list = append(s.list[:i], s.list[i+1:]...)
			break
		}
	}
}

// mergeDefinedAcronyms: a long name followed by "(ACRONYM)" whose letters
// are the long name's initials (ignoring "of", "and", "the").
func (s *entitySet) mergeDefinedAcronyms(doc *document) {
	for _, long := range append([]*entity(nil), s.list...) {
		for _, m := range long.mentions {
			rest := doc.text[m.end:]
			if !strings.HasPrefix(rest, " (") {
				continue
			}
			close := strings.IndexByte(rest, ')')
			if close < 3 {
				continue
			}
			short := s.byForm[rest[2:close]]
			if short == nil || short == long || !isAcronym(short.name) || initials(long.name) != short.name {
				continue
			}
			s.merge(short, long)
			break
		}
	}
}

// mergeUndefinedAcronyms: an acronym whose letters are the initials of a
// longer name of the same type in the text ("US", "United States").
func (s *entitySet) mergeUndefinedAcronyms() {
	for _, short := range append([]*entity(nil), s.list...) {
		if !isAcronym(short.name) {
			continue
		}
		for _, long := range s.list {
			if long != short && long.typ == short.typ && strings.Contains(long.name, " ") && initials(long.name) == short.name {
				s.merge(short, long)
				break
			}
		}
	}
}

// initials are the capitals that start a name's words: "North Atlantic
// Treaty Organization" NATO.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		switch strings.ToLower(w) {
		case "of", "and", "the", "for", "&":
			continue
		}
		if r := firstRune(w); r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mergeFormalStateNames: a GPE "<Demonym> <Federation|Republic|...>"
// whose demonym is built on another GPE's name ("Russian" on "Russia").
func (s *entitySet) mergeFormalStateNames() {
	for _, formal := range append([]*entity(nil), s.list...) {
		words := strings.Fields(formal.name)
		if formal.typ != schema.GPE || len(words) != 2 || !stateForms[strings.ToLower(words[1])] {
			continue
		}
		for _, e := range s.list {
			if e != formal && e.typ == schema.GPE && len(e.name) >= 4 && !strings.Contains(e.name, " ") &&
				strings.HasPrefix(words[0], e.name) && len(words[0]) <= len(e.name)+3 {
				s.merge(formal, e)
				break
			}
		}
	}
}

// stateForms are the heads of states' formal names.
var stateForms = set("federation", "republic", "kingdom", "confederation", "commonwealth", "emirates", "state")

// mergeCapitalizedDescriptions: "the Alliance" for the organization the
// text is about, when one has clearly more mentions than any other.
func (s *entitySet) mergeCapitalizedDescriptions(doc *document) {
	var top, second *entity
	for _, e := range s.list {
		if e.typ != schema.Org || isDescription(doc, e) {
			continue
		}
		switch {
		case top == nil || len(e.mentions) > len(top.mentions):
			top, second = e, top
		case second == nil || len(e.mentions) > len(second.mentions):
			second = e
		}
	}
	if top == nil || len(top.mentions) < 3 || second != nil && len(second.mentions)*2 > len(top.mentions) {
		return
	}
	for _, e := range append([]*entity(nil), s.list...) {
		if e.typ == schema.Org && isDescription(doc, e) {
			s.merge(e, top)
		}
	}
}

// isDescription reports an entity named by one capitalized organization
// noun, each mention after "the": "the Alliance".
func isDescription(doc *document, e *entity) bool {
	if strings.Contains(e.name, " ") || !orgNouns[strings.ToLower(e.name)] {
		return false
	}
	for _, m := range e.mentions {
		if !strings.HasSuffix(strings.ToLower(doc.text[max(0, m.start-4):m.start]), "the ") {
			return false
		}
	}
	return true
}

// mergeShortOrgNames: a one-word organization name that is the last word
// of exactly one longer organization's name ("Pacers", "Indiana Pacers"),
// or its first word when the rest is a corporate suffix ("Microsoft",
// "Microsoft Corp."). Generic nouns ("the Department") are left to
// mergeCapitalizedDescriptions.
func (s *entitySet) mergeShortOrgNames() {
	for _, short := range append([]*entity(nil), s.list...) {
		if short.typ != schema.Org || strings.Contains(short.name, " ") || orgNouns[strings.ToLower(short.name)] {
			continue
		}
		var long *entity
		for _, e := range s.list {
			words := strings.Fields(e.name)
			if e == short || e.typ != schema.Org || len(words) < 2 {
				continue
			}
			if words[len(words)-1] == short.name || words[0] == short.name && corporateSuffixes[strings.ToLower(strings.Join(words[1:], " "))] {
				if long != nil {
					long = nil // two candidates: leave it
					break
				}
				long = e
			}
		}
		if long != nil {
			s.merge(short, long)
		}
	}
}

// corporateSuffixes end a company's full name.
var corporateSuffixes = set("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc",
	"company", "corporation", "group", "holdings", "ag", "sa", "s.a.", "gmbh", "n.v.")

// mergeDepartmentForms: "Defense Department" and "(U.S.) Department of
// Defense" are one organization, as are a ministry's two forms.
func (s *entitySet) mergeDepartmentForms() {
	seen := map[string]*entity{}
	for _, e := range append([]*entity(nil), s.list...) {
		if e.typ != schema.Org {
			continue
		}
		key := departmentKey(e.name)
		if key == "" {
			continue
		}
		if into := seen[key]; into != nil {
			s.merge(e, into)
			continue
		}
		seen[key] = e
	}
}

// departmentKey is "department|defense" for both word orders of a
// department's or ministry's name, "" for other names.
func departmentKey(name string) string {
	words := strings.Fields(strings.ToLower(name))
	n := len(words)
	for i, w := range words {
		if w != "department" && w != "ministry" {
			continue
		}
		switch {
		case i == n-1 && i > 0:
			return w + "|" + strings.Join(words[:i], " ")
		case i+2 < n && words[i+1] == "of":
			return w + "|" + strings.Join(words[i+2:], " ")
		}
	}
	return ""
}

// orgShortForm is the short name news uses again for an organization
// named in full: a team's name without its town ("Pacers" for "Indiana
// Pacers", "Rangers" for "Glasgow Rangers"), a company's name
// without its suffix ("Kmart" for "Kmart Corp."). "" if none.
func orgShortForm(doc *document, name string, e *entity) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return ""
	}
	if rest := strings.ToLower(strings.Join(words[1:], " ")); corporateSuffixes[rest] {
		return words[0]
	}
	last := words[len(words)-1]
	// A team: a town and a plural nickname, or a town the gazetteer knows.
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
	if len(words) == 2 && !orgNouns[strings.ToLower(last)] && !orgHeads[strings.ToLower(last)] && startsUpper(last) &&
		(plural || firstWordFlags(doc, e, words[0])&(nerfeat.City|nerfeat.Country) != 0) {
		return last
	}
	return ""
}

// firstWordFlags are the gazetteer flags of word w where one of e's name
// mentions starts with it.
func firstWordFlags(doc *document, e *entity, w string) nerfeat.Flags {
	for _, m := range e.mentions {
		if ti := doc.tokenAt(m.start); ti < len(doc.tokens) && doc.slice(doc.tokens[ti].start, doc.tokens[ti].end) == w {
			return doc.tokens[ti].gaz
		}
	}
	return 0
}
