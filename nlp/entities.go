package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// entity is one referent being consolidated from its mentions.
type entity struct {
	id       string
	typ      string
	name     string
	votes    map[string]int
	forced   string // a type known for certain (a dateline's agency is an ORG)
	mentions []mention
	roles    []string
	gender   string // "m", "f" or "" (unknown), for a person (coref.go)
	lo, hi   int    // the first start and last end of the mentions (addMention)
	longest  int    // the length of the longest mention, which bounds searches in text order
	salience float64
}

type mention struct {
	start, end int
	kind       string
}

// entitySet is the document's entities; byForm finds an entity by a name
// form ("Vladimir Putin", "Putin").
type entitySet struct {
	list   []*entity
	byForm map[string]*entity
	// byPart lists, for a word, the entities with a multi-word name form
	// that starts or ends with it ("Putin" -> Vladimir Putin).
	byPart map[string][]*entity
}

// file records form as a name form of e.
func (s *entitySet) file(form string, e *entity) {
	if _, ok := s.byForm[form]; ok {
		s.byForm[form] = e
		return
	}
	s.byForm[form] = e
	if i := strings.IndexByte(form, ' '); i > 0 {
		first, last := form[:i], form[strings.LastIndexByte(form, ' ')+1:]
		s.byPart[first] = appendUnique(s.byPart[first], e)
		if last != first {
			s.byPart[last] = appendUnique(s.byPart[last], e)
		}
		if bare := withoutParticle(last); bare != last {
			s.byPart[bare] = appendUnique(s.byPart[bare], e)
		}
	}
}

func appendUnique(list []*entity, e *entity) []*entity {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// candidate is a name found in the text before consolidation.
type candidate struct {
	start, end int
	typ        string
	forced     bool
}

// findEntities runs the consolidation stage: the entity model's token
// labels give candidate names; the dateline adds its agency and place; candidates are
// merged into one entity per referent (full name, surname and title forms
// of a person are one entity; the type is decided by a document-wide vote),
// and every further occurrence of a known name is added as a mention.
func findEntities(doc *document) *entitySet {
	cands := candidatesFromTokens(doc)
	quotes := doc.quoted()
	titles := titleCandidates(doc, quotes)
	cands = append(withoutOverlaps(cands, titles), titles...)
	if d := doc.dateline; d != nil {
		// A dateline names the place the story was filed from and the
		// agency that filed it: a place and an organization for certain.
		if d.agency != "" {
			cands = append(cands, candidate{start: d.agencyStart, end: d.agencyEnd, typ: schema.Org, forced: true})
		}
		if d.place != "" {
			cands = append(cands, candidate{start: d.placeStart, end: d.placeEnd, typ: schema.GPE, forced: true})
		}
	}
	set := &entitySet{byForm: map[string]*entity{}, byPart: map[string][]*entity{}}
	// Longer names first, so that "Putin" finds "Vladimir Putin".
	sortCandidates(doc, cands)
	taken := &spanSet{bits: make([]uint64, len(doc.text)/64+1)}
	for _, c := range cands {
		set.add(doc, c, taken)
	}
	set.decideTypes(doc)
	set.mergeAliases(doc)
	set.addOccurrences(doc)
	set.findRoles(doc)
	set.addCoreference(doc, quotes)
	return set
}

// candidatesFromTokens reads the entity model's BIO labels as spans,
// then cleans each span: no titles or honorifics in front, no possessive
// behind. A demonym ("Russian", "Americans") is a nationality or group,
// which OntoNotes calls NORP, whether or not the model labelled it.
func candidatesFromTokens(doc *document) []candidate {
	var out []candidate
	toks := doc.tokens
	caps := doc.capsTokens()
	results := doc.resultsTokens()
	for i := 0; i < len(toks); {
		if caps[i] {
			// A line in capitals or title case: its names come from the
			// rest of the text, but for a country or city the gazetteer
			// knows, written as a name ("Turkey", not "TURKEY").
			if t := toks[i]; lonePlace(doc, i) && nerfeat.CapClass(doc.slice(t.start, t.end)) == "Xx" {
				out = append(out, candidate{start: t.start, end: t.end, typ: schema.GPE})
			}
			i++
			continue
		}
		l := doc.labelOf(toks[i])
		if l == "O" || len(l) < 3 {
			if c := doc.text[toks[i].start]; c >= 'a' && c <= 'z' {
				// Every rule below starts at a capital (an acronym, a
				// country, a results line, a title, a head run, a
				// demonym): most words are settled by their first byte,
				// without six calls each (calls are dear in WebAssembly).
				i++
				continue
			}
			if w := doc.slice(toks[i].start, toks[i].end); isAcronym(w) && gpeAcronyms[strings.ReplaceAll(w, ".", "")] ||
				loneCountry(doc, i) {
				// "USSR", "U.S.", "Yemen": a closed list of states'
				// abbreviations, and countries' one-word names that are not
				// also given names ("Jordan", "Chad"), are names whatever
				// the model made of them.
				out = append(out, candidate{start: toks[i].start, end: toks[i].end, typ: schema.GPE})
				i++
				continue
			}
			if j, typ, ok := resultsName(doc, i, results); ok {
				out = append(out, candidate{start: toks[i].start, end: toks[j-1].end, typ: typ})
				i = j
				continue
			}
			if j, ok := nameAfterTitle(doc, i, caps); ok {
				if c, ok := demonym(doc, i); ok {
					out = append(out, c) // "Iraqi" of "Iraqi Prime Minister"
				}
				if c, ok := cleanCandidate(doc, i, j, schema.Person); ok {
					out = append(out, c)
				}
				i = j
				continue
			}
			if j, typ, ok := headRun(doc, i, caps); ok {
				if c, ok := cleanCandidate(doc, i, j, typ); ok {
					out = append(out, c)
				}
				i = j
				continue
			}
			if c, ok := demonym(doc, i); ok {
				if next := i + 1; next < len(toks) && strings.HasPrefix(doc.labelOf(toks[next]), "B-") && adjacent(doc, toks[i], toks[next]) {
					// "Russian Federation": the demonym starts the name.
					j := spanEnd(doc, next)
					typ := spanType(doc, doc.labelOf(toks[next])[2:], toks[next:j])
					if gpeHeads[lowerWord(doc, toks[j-1])] || lowerWord(doc, toks[j-1]) == "federation" {
						typ = schema.GPE
					}
					if c, ok := cleanCandidate(doc, i, j, typ); ok {
						out = append(out, c)
					}
					i = j
					continue
				}
				out = append(out, c)
			}
			i++
			continue
		}
		if !hasLetterOrDigit(doc.slice(toks[i].start, toks[i].end)) {
			i++ // the comma of a span split below: "Istanbul , Turkey"
			continue
		}
		j := spanEnd(doc, i)
		for k := i + 1; k < j-1; k++ {
			if doc.slice(toks[k].start, toks[k].end) == "," {
				j = k // "Istanbul, Turkey": two names; the next span starts after the comma
				break
			}
		}
		if l[2:] != "PER" {
			j = headRunEnd(doc, i, j, caps)
		}
		if l[2:] == "PER" && j < len(toks) && adjacent(doc, toks[j-1], toks[j]) && !caps[j] {
			// "Haider al-Abadi": the model often leaves a surname with a
			// lower-case particle outside the name.
			if w := doc.slice(toks[j].start, toks[j].end); !startsUpper(w) && nameWord(w) {
				j++
			}
		}
		if k, name := personInside(doc, i, j); k > i {
			// "Detroit Pistons Chauncey Billups": the team, then the player.
			if c, ok := cleanCandidate(doc, i, name, spanType(doc, l[2:], toks[i:name])); ok {
				out = append(out, c)
			}
			if c, ok := cleanCandidate(doc, k, j, schema.Person); ok {
				out = append(out, c)
			}
			i = j
			continue
		}
		end := j // where the next span may start
		for results[i] && j-1 > i && unicode.IsDigit(firstRune(doc.slice(toks[j-1].start, toks[j-1].end))) {
			j-- // "Newcastle 1": the score is not part of the name
		}
		typ := spanType(doc, l[2:], toks[i:j])
		if (typ == schema.GPE || typ == schema.Loc) && results[i] && !hasCountry(toks[i:j]) {
			typ = schema.Org // "Bolton 2 Liverpool 1": a club named after its town
		}
		if typ == schema.Org && productNumber(doc, i, j) {
			typ, j = schema.Product, j+1
		}
		if c, ok := cleanCandidate(doc, i, j, typ); ok {
			out = append(out, c)
		}
		i = max(j, end)
	}
	return out
}

// capsTokens marks the tokens of sentences set in capitals (all-caps
// headlines, sports results: "MANCHESTER UNITED 2 LIVERPOOL 1") and of
// title-cased headlines, where
// capitalization says nothing and the model's spans are guesses ("PUTIN
// WARNS NATO" as one person). Names there are found by addOccurrences,
// case-insensitively, from the names the rest of the text gives.
func (doc *document) capsTokens() []bool {
	if doc.caps != nil {
		return doc.caps
	}
	out := make([]bool, len(doc.tokens))
	doc.caps = out
	for _, s := range doc.sentences {
		var c nerfeat.CapsCounter
		for _, t := range doc.tokens[s.tokLo:s.tokHi] {
			cls := nerfeat.CapClass(t.text)
			c.Add(cls)
			if cls == "x" || cls == "Xx" || cls == "xX" {
				break // a lower-case letter: not a caps line (most stop at once)
			}
		}
		if c.CapsLine() || doc.blocks[s.block].kind == schema.ParagraphHeadline && titleCased(doc, s) {
			for k := s.tokLo; k < s.tokHi; k++ {
				out[k] = true
			}
		}
	}
	return out
}

// lonePlace reports a token the gazetteer knows as a country or city
// whose neighbours are not: "Turkey", but not "United" of "United States".
func lonePlace(doc *document, i int) bool {
	const place = nerfeat.Country | nerfeat.City
	toks := doc.tokens
	return toks[i].gaz&place != 0 && (i == 0 || toks[i-1].gaz&place == 0) && (i+1 == len(toks) || toks[i+1].gaz&place == 0)
}

// loneCountry reports a capitalized one-word country name ("Yemen"), not
// part of a longer name and not also a given name.
func loneCountry(doc *document, i int) bool {
	t := doc.tokens[i]
	return t.gaz&(nerfeat.Country|nerfeat.Whole|nerfeat.GivenName|nerfeat.Demonym) == nerfeat.Country|nerfeat.Whole && lonePlace(doc, i) &&
		nerfeat.CapClass(doc.slice(t.start, t.end)) == "Xx"
}

// titleCased reports a line in title case ("U.S. Airstrikes Weaken
// Al-Qaida in Syria"): every word capitalized but the short function
// words. Capitalization there says as little as in capitals.
func titleCased(doc *document, s sentence) bool {
	capped := 0
	for _, t := range doc.tokens[s.tokLo:s.tokHi] {
		w := doc.slice(t.start, t.end)
		switch {
		case !hasLetterOrDigit(w) || unicode.IsDigit(firstRune(w)):
		case startsUpper(w):
			capped++
		case !headlineSmallWords[w]:
			return false
		}
	}
	return capped >= 3
}

// headlineSmallWords stay lower-case in a title-cased headline.
var headlineSmallWords = set("a", "an", "the", "and", "but", "or", "nor", "for", "of", "in", "on", "at",
	"to", "by", "with", "as", "from", "into", "vs", "vs.", "via", "per", "up", "off", "over")

// spanEnd is the end of the span that starts at token i: the I- tokens of
// its type that follow.
func spanEnd(doc *document, i int) int {
	// Labels come as B-X, I-X pairs (nerfeat.Labels): I-X is B-X's index
	// plus one, and an I-X that starts a span continues with itself.
	inside := doc.tokens[i].labelID
	if doc.labelNames[inside][0] == 'B' {
		inside++
	}
	j := i + 1
	for j < len(doc.tokens) && doc.tokens[j].labelID == inside {
		j++
	}
	return j
}

func lowerWord(doc *document, t token) string { return strings.ToLower(doc.slice(t.start, t.end)) }

// demonym makes a NORP candidate of token i if the gazetteer knows it as
// a demonym and it is capitalized.
func demonym(doc *document, i int) (candidate, bool) {
	t := doc.tokens[i]
	if t.gaz&nerfeat.Demonym == 0 || !startsUpper(doc.slice(t.start, t.end)) {
		return candidate{}, false
	}
	return candidate{start: t.start, end: t.end, typ: schema.NORP}, true
}

// adjacent reports two tokens separated only by white space.
func adjacent(doc *document, a, b token) bool {
	return strings.TrimFunc(doc.text[a.end:b.start], isSpace) == ""
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// nameForm is the form under which a name is filed: its words joined by
// single spaces, without a possessive ending.
func nameForm(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, suf := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf)+1 {
			s = s[:len(s)-len(suf)]
			break
		}
	}
	return s
}

// sortCandidates puts longer names first (by word count), keeping text
// order among equals.
func sortCandidates(doc *document, cands []candidate) {
	// A counting sort on the number of words: stable, and linear where a
	// comparison sort of a long text's candidates was not cheap.
	words := make([]int, len(cands))
	most := 0
	for i, c := range cands {
		words[i] = strings.Count(strings.TrimSpace(doc.slice(c.start, c.end)), " ") + 1
		most = max(most, words[i])
	}
	at := make([]int, most+2) // at[w]: where the first w-word candidate goes
	for _, w := range words {
		at[w-1]++
	}
	for w := most - 1; w >= 0; w-- {
		at[w] += at[w+1]
	}
	sorted := make([]candidate, len(cands))
	for i, c := range cands {
		sorted[at[words[i]]] = c
		at[words[i]]++
	}
	copy(cands, sorted)
}

// add files a candidate under an existing entity (same form, or a single
// word that is the first or last word of exactly one known person's name)
// or starts a new entity. taken marks the mentions added so far, of
// every entity: where it shows none, the mention overlaps none of e's and
// e's own check (a pass over its mentions) is not needed.
func (s *entitySet) add(doc *document, c candidate, taken *spanSet) {
	form := nameForm(doc.slice(c.start, c.end))
	e := s.byForm[form]
	if e == nil && !strings.Contains(form, " ") {
		e = s.uniquePersonWith(form)
	}
	if e == nil {
		e = &entity{votes: map[string]int{}}
		s.list = append(s.list, e)
		s.file(form, e)
	}
	if c.forced {
		e.forced = c.typ
	}
	e.votes[c.typ]++
	switch {
	case !taken.overlaps(c.start, c.end):
		e.appendMention(c.start, c.end, schema.MentionName)
	case !e.addMention(c.start, c.end, schema.MentionName):
		return
	}
	taken.add(c.start, c.end)
}

// uniquePersonWith finds the one multi-word person-like entity whose first
// or last name is w, or nil if none or several.
func (s *entitySet) uniquePersonWith(w string) *entity {
	var found *entity
	for _, e := range s.byPart[w] {
		if e.votes[schema.Person] == 0 {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// addMention records a mention unless the entity already has one there.
func (e *entity) addMention(start, end int, kind string) bool {
	for _, m := range e.mentions {
		if start < m.end && m.start < end {
			return false
		}
	}
	e.appendMention(start, end, kind)
	return true
}

// appendMention is addMention for a caller that knows no mention of e
// overlaps [start, end), having marked them all in a spanSet: the check
// of addMention costs a pass over e's mentions, which for a name repeated
// through a long text made the entity stage quadratic.
func (e *entity) appendMention(start, end int, kind string) {
	e.mentions = append(e.mentions, mention{start, end, kind})
	e.widenBounds(start, end)
}

// widenBounds keeps lo and hi around all of e's mentions.
func (e *entity) widenBounds(start, end int) {
	if len(e.mentions) == 1 || start < e.lo {
		e.lo = start
	}
	if len(e.mentions) == 1 || end > e.hi {
		e.hi = end
	}
	e.longest = max(e.longest, end-start)
}

// near reports whether some mention of e may lie in [start, end): the
// position lookups of the quote resolver skip the others at once.
func (e *entity) near(start, end int) bool {
	return len(e.mentions) > 0 && e.lo < end && start < e.hi
}

// decideTypes gives each entity one type by document-level vote. A name in
// capitals only ("NATO", "TASS") is an acronym. Acronyms name organizations
// far more often than anything else; the few that name countries or
// unions of them are listed in gpeAcronyms. So an acronym is an ORG unless
// it is one of those, whatever the tagger said of each mention.
func (s *entitySet) decideTypes(doc *document) {
	for _, e := range s.list {
		e.name = longestName(doc, e)
		if isAcronym(e.name) && e.forced == "" {
			if gpeAcronyms[strings.ReplaceAll(e.name, ".", "")] {
				e.forced = schema.GPE
			} else {
				e.forced = schema.Org
			}
		}
		e.typ = e.forced
		if e.typ == "" {
			best := -1
			for _, t := range typeOrder {
				if v := e.votes[t]; v > best {
					best, e.typ = v, t
				}
			}
		}
		if d := doc.dateline; d != nil && e.typ == schema.GPE {
			for _, m := range e.mentions {
				if m.start >= d.start && m.end <= d.end && d.place != "" {
					e.name = strings.SplitN(d.place, ",", 2)[0]
				}
			}
		}
	}
}

// typeOrder breaks ties between votes, most specific first.
var typeOrder = []string{schema.Person, schema.Org, schema.GPE, schema.NORP, schema.Loc,
	schema.Facility, schema.Event, schema.Product, schema.Law, schema.WorkOfArt}

// gpeAcronyms are the abbreviations that name countries and states.
var gpeAcronyms = set("US", "USA", "UK", "GB", "USSR", "UAE", "DPRK", "ROK", "PRC", "ROC", "DRC", "CAR", "KSA", "NZ", "RSA")

func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && !strings.Contains(name, " ")
}

// longestName is the entity's fullest name mention, the first one written
// when several are as long.
func longestName(doc *document, e *entity) string {
	best := ""
	for _, m := range e.mentions {
		n := nameForm(doc.slice(m.start, m.end))
		if len(strings.Fields(n)) > len(strings.Fields(best)) {
			best = n
		}
	}
	return best
}

// addOccurrences adds as mentions the places where a known name form
// appears but the tagger missed it. A person's surname alone counts when it
// belongs to just that person. Matches are whole tokens and case-sensitive.
func (s *entitySet) addOccurrences(doc *document) {
	forms := make(map[string]*entity, len(s.byForm))
	for form, e := range s.byForm {
		forms[form] = e
	}
	for form, e := range s.byForm {
		if e.typ == schema.Org {
			if short := orgShortForm(doc, form, e); short != "" {
				if _, taken := forms[short]; !taken {
					forms[short] = e
				}
			}
			continue
		}
		if e.typ != schema.Person || !strings.Contains(form, " ") {
			continue
		}
		last := form[strings.LastIndexByte(form, ' ')+1:]
		for _, w := range []string{last, withoutParticle(last)} {
			if _, taken := forms[w]; !taken && s.uniquePersonWith(w) == e {
				forms[w] = e
			}
		}
	}
	// longest[w] is the most words of a form starting with the word w, so
	// that most tokens are passed over with one lookup.
	longest := make(map[string]int, len(forms))
	for form := range forms {
		first, _, _ := strings.Cut(form, " ")
		longest[first] = max(longest[first], strings.Count(form, " ")+1)
	}
	// In lines set in capitals, names are matched regardless of case:
	// "PUTIN" is Putin. The upper-case forms are made when such a line
	// is first met; most texts have none.
	var upperForms map[string]*entity
	var upperLongest map[string]int
	makeUpper := func() {
		if upperForms == nil {
			upperForms = make(map[string]*entity, len(forms))
			upperLongest = make(map[string]int, len(longest))
			for form, e := range forms {
				upperForms[strings.ToUpper(form)] = e
			}
			for w, n := range longest {
				upperLongest[strings.ToUpper(w)] = max(upperLongest[strings.ToUpper(w)], n)
			}
		}
	}
	upper := func(key string) *entity {
		makeUpper()
		return upperForms[strings.ToUpper(key)]
	}
	caps := doc.capsTokens()
	taken := s.covered(len(doc.text))
	toks := doc.tokens
	var key []byte
	for i := 0; i < len(toks); i++ {
		r, _ := utf8.DecodeRuneInString(doc.text[toks[i].start:])
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		most := longest[doc.slice(toks[i].start, toks[i].end)]
		if caps[i] {
			makeUpper()
			most = max(most, upperLongest[strings.ToUpper(doc.slice(toks[i].start, toks[i].end))])
		}
		for n := min(most, len(toks)-i); n >= 1; n-- {
			start, end := toks[i].start, toks[i+n-1].end
			key = appendCollapsed(key[:0], doc.text[start:end])
			e := forms[string(key)]
			if e == nil && caps[i] && caps[i+n-1] {
				e = upper(string(key))
			}
			if e == nil || taken.overlaps(start, end) {
				continue
			}
			// taken holds every mention, so none of e's overlaps.
			e.appendMention(start, end, schema.MentionName)
			taken.add(start, end)
			i += n - 1
			break
		}
	}
	s.addHyphenatedParts(doc, forms, taken)
	for _, e := range s.list {
		sortMentions(e.mentions)
	}
}

// addHyphenatedParts finds known names inside hyphenated tokens, which
// the tokenizer keeps whole: "Russia-NATO" mentions Russia and NATO.
func (s *entitySet) addHyphenatedParts(doc *document, forms map[string]*entity, taken *spanSet) {
	for _, t := range doc.tokens {
		w := doc.slice(t.start, t.end)
		if !strings.Contains(w, "-") || taken.overlaps(t.start, t.end) {
			continue
		}
		at := t.start
		for _, part := range strings.Split(w, "-") {
			if e := forms[part]; e != nil && part != "" && startsUpper(part) && !taken.overlaps(at, at+len(part)) {
				e.appendMention(at, at+len(part), schema.MentionName)
				taken.add(at, at+len(part))
			}
			at += len(part) + 1
		}
	}
}

// appendCollapsed appends s with each run of white space as one space.
func appendCollapsed(b []byte, s string) []byte {
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			space = true
			continue
		}
		if space && len(b) > 0 {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return b
}

// findRoles reads the title in front of each name mention of a person:
// "Russian President Vladimir Putin" gives "Russian President". A role is a
// run of capitalized words ending in a title word, directly before the
// name, e.g. "Defense Secretary Ash Carter".
func (s *entitySet) findRoles(doc *document) {
	for _, e := range s.list {
		if e.typ != schema.Person {
			continue
		}
		for _, m := range e.mentions {
			ti := doc.tokenAt(m.start)
			if ti >= len(doc.tokens) || doc.tokens[ti].start != m.start || m.kind != schema.MentionName {
				continue
			}
			if role := roleBefore(doc, ti); role != "" && !contains(e.roles, role) {
				e.roles = append(e.roles, role)
			}
		}
	}
}

func roleBefore(doc *document, ti int) string {
	toks := doc.tokens
	sent := doc.sentenceOf(toks[ti].start)
	k := ti - 1
	if k < 0 || doc.sentenceOf(toks[k].start) != sent || !adjacent(doc, toks[k], toks[ti]) {
		return ""
	}
	end := toks[k].end
	if doc.slice(toks[k].start, end) == "." && k > 0 && toks[k-1].end == toks[k].start {
		k-- // "Capt ." as the tokenizer split "Capt."
	}
	head := strings.ToLower(doc.slice(toks[k].start, toks[k].end))
	if !isTitleWord(head) || !startsUpper(doc.slice(toks[k].start, toks[k].end)) {
		return ""
	}
	first := k
	for j := k - 1; j >= 0 && k-j < 4; j-- {
		w := doc.slice(toks[j].start, toks[j].end)
		if doc.sentenceOf(toks[j].start) != sent || !adjacent(doc, toks[j], toks[j+1]) || !startsUpper(w) ||
			definite[strings.ToLower(w)] || honorifics[strings.ToLower(w)] {
			break
		}
		first = j
	}
	return doc.slice(toks[first].start, end)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
