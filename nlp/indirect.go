package nlp

import (
	"strings"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Indirect speech is reported speech without quotation marks. News reports
// most of what people say this way, in three shapes:
//   - source, cue, content: "Putin said (that) NATO ...", "The release said
//     the two leaders discussed ...", "He told reporters the talks ...";
//   - content, then source and cue: "NATO is weak, he believes.", "...,
//     said Putin.";
//   - "according to": "According to the ministry, 20 people died.", "20
//     people died, according to the ministry."
//
// The content must be a clause (a finite verb and three words or more):
// "Carter thanked Abadi and noted the supporting role of ..." reports no
// speech.

// indirectCues are the reporting verbs that introduce reported speech
// without quotation marks. Verbs of feeling and of manner ("joked",
// "shouted") report quoted words, not indirect speech.
var indirectCues = set(
	"said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes",
	"explained", "explains", "warned", "warns", "believes", "believed", "thinks", "thought", "claimed",
	"claims", "argued", "argues", "insisted", "insists", "announced", "announces", "reported",
	"reports", "estimated", "estimates", "predicted", "predicts", "confirmed", "confirms", "denied",
	"denies", "admitted", "admits", "acknowledged", "acknowledges", "suggested", "suggests",
	"reminded", "reminds", "recalled", "recalls", "emphasized", "emphasised", "assured", "assures",
	"stated", "states", "wrote", "writes", "agreed", "agrees", "maintained", "maintains",
	"contended", "alleged", "alleges", "conceded", "concedes", "indicated", "indicates",
	"revealed", "reveals", "pointed", "hopes", "hoped", "fears", "feared", "expects", "expected",
	"observed", "observes", "asserted", "asserts", "charged", "charges", "theorized", "concluded",
	"concludes", "found", "finds", "showed", "shows", "recommended", "recommends", "urged", "urges",
)

// objectCues take the one told before what is told: "told reporters
// (that) ...", "assured the minister (that) ...".
var objectCues = set("told", "tells", "assured", "assures", "reminded", "reminds", "warned", "warns", "informed")

// addIndirect adds the indirect quotes to the quotes found in marks
// (prior, in text order) and returns them all in text order. A sentence
// with a direct quote keeps it alone. A sentence that reports speech and
// holds quoted words is one partial quote, the whole statement ("he
// believes redesigning the flag has a "strong rationale""), replacing
// the partial quotes of its quoted words alone.
func addIndirect(doc *document, ents *entitySet, prior []foundQuote) []foundQuote {
	out := make([]foundQuote, 0, len(prior))
	p := 0
	for _, s := range doc.sentences {
		first := p
		direct := false
		for p < len(prior) && prior[p].raw.start < s.end {
			if prior[p].raw.end > s.start && prior[p].kind == schema.QuoteDirect {
				direct = true
			}
			p++
		}
		inSentence := prior[first:p]
		if direct {
			out = append(out, inSentence...)
			continue
		}
		q, ok := indirectIn(doc, s, doc.tokens[s.tokLo:s.tokHi])
		if !ok {
			out = append(out, inSentence...)
			continue
		}
		if len(inSentence) > 0 || quotesWords(doc, q.raw.start, q.raw.end) {
			// The statement holds the speaker's own words in marks; a
			// name or term in marks (the "Russia-NATO" council, the "cold
			// war") leaves it indirect.
			q.kind = schema.QuotePartial
		}
		// Quotes of the sentence outside the statement stay.
		for _, pq := range inSentence {
			if pq.raw.end <= q.raw.start {
				out = append(out, pq)
			}
		}
		if pq := attributedInside(inSentence, q); pq != nil {
			// Words in marks attributed where they stand ("..., the
			// newspaper wrote") keep that attribution.
			q.source, q.cue, q.speaker, q.confidence = pq.source, pq.cue, pq.speaker, pq.confidence
		} else {
			q.speaker, q.confidence = resolveSpeaker(doc, ents, *q.source, out)
		}
		q.confidence *= 0.85 // no marks around it all: its edges are less certain
		out = append(out, q)
		for _, pq := range inSentence {
			if pq.raw.start >= q.raw.end {
				out = append(out, pq)
			}
		}
	}
	return append(out, prior[p:]...)
}

// attributedInside is the first quote of qs with its own attribution that
// lies inside q, or nil.
func attributedInside(qs []foundQuote, q foundQuote) *foundQuote {
	for i := range qs {
		if pq := &qs[i]; pq.source != nil && pq.raw.start >= q.raw.start && pq.raw.end <= q.raw.end {
			return pq
		}
	}
	return nil
}

// quotesWords reports a stretch in quotation marks of three words or
// more in [start, end): the speaker's own words rather than a name or a
// term.
func quotesWords(doc *document, start, end int) bool {
	for _, rq := range doc.quotesIn(start, end) {
		if wordCount(doc.slice(rq.start, rq.end)) >= 3 {
			return true
		}
	}
	return false
}

// indirectIn reads one sentence's indirect quote, if it has one.
func indirectIn(doc *document, s sentence, toks []token) (foundQuote, bool) {
	end := len(toks)
	for end > 0 && isPunctTok(doc, toks[end-1]) && !isQuoteMark(doc.slice(toks[end-1].start, toks[end-1].end)) {
		end-- // the full stop, not a closing quotation mark
	}
	toks = toks[:end]
	if len(toks) < 5 || !hasReportingVerb(doc, toks) {
		return foundQuote{}, false
	}
	if q, ok := accordingTo(doc, toks); ok {
		return withBlock(q, s), true
	}
	if q, ok := contentThenSource(doc, toks); ok {
		return withBlock(q, s), true
	}
	if q, ok := sourceThenContent(doc, toks); ok {
		return withBlock(q, s), true
	}
	if q, ok := sourceInside(doc, toks); ok {
		return withBlock(q, s), true
	}
	if q, ok := namingQuote(doc, toks); ok {
		return withBlock(q, s), true
	}
	return foundQuote{}, false
}

// hasReportingVerb reports a sentence with a verb that may report speech
// ("according" is tagged as one too): most sentences have none, and the
// tag is checked before the word lists.
func hasReportingVerb(doc *document, toks []token) bool {
	for _, t := range toks {
		if !strings.HasPrefix(doc.tagOf(t), "VB") {
			continue
		}
		w := doc.slice(t.start, t.end)
		if indirectCues[w] || namingVerbs[w] || strings.EqualFold(w, "according") {
			return true
		}
	}
	return false
}

func withBlock(q foundQuote, s sentence) foundQuote {
	q.raw.block = s.block
	return q
}

// indirectQuote makes the quote of content, attributed to source with
// the cue.
func indirectQuote(content, source, cue []token) foundQuote {
	c := spanOf(content)
	src, cu := spanOf(source), spanOf(cue)
	return foundQuote{
		raw:    rawQuote{open: c[0], closeEnd: c[1], start: c[0], end: c[1], closed: true},
		kind:   schema.QuoteIndirect,
		source: &src,
		cue:    &cu,
	}
}

// sourceThenContent: "Putin said (that) NATO ...", "The ministry said on
// Monday that ...", "He told reporters the talks went well". The source
// opens the sentence or follows a comma or conjunction.
func sourceThenContent(doc *document, toks []token) (foundQuote, bool) {
	for k := 1; k < len(toks)-3; k++ {
		if !strings.HasPrefix(doc.tagOf(toks[k]), "VB") {
			continue
		}
		w := doc.slice(toks[k].start, toks[k].end)
		if !indirectCues[w] {
			continue
		}
		if negated(doc, toks, k) {
			continue // "officials have not said why ...": nothing reported
		}
		begin, end, ok := subjectBefore(doc, toks, k)
		if !ok {
			continue // "..., but Mohib says ..." may follow
		}
		c := k + 1
		if objectCues[w] {
			c = skipObject(doc, toks, c)
		}
		c = skipToThat(doc, toks, c)
		if c < len(toks) && doc.slice(toks[c].start, toks[c].end) == "that" {
			c++
			if c < len(toks) && isComma(doc, toks[c]) {
				c++ // "told the court that, over the last five months, ..."
			}
		}
		if c < len(toks) && isComma(doc, toks[c]) || !isClause(doc, toks[c:]) {
			continue // "said, however," : an aside, not the content
		}
		return indirectQuote(toks[c:], toks[begin:end], toks[k:k+1]), true
	}
	return foundQuote{}, false
}

// subjectBefore finds who speaks in a sentence whose cue is token k: the
// speaker phrase [begin, end) before it, past adverbs and auxiliaries
// ("Putin later said", "officials have stated"), an apposition ("Fuad
// Basya, spokesman for the military, said") or a relative "who" ("...
// Devocht, who had told Montalvo"). The phrase must open the sentence or
// follow a comma or conjunction.
func subjectBefore(doc *document, toks []token, k int) (begin, end int, ok bool) {
	end = k
	for end > 0 && (strings.HasPrefix(doc.tagOf(toks[end-1]), "RB") || auxiliaries[doc.slice(toks[end-1].start, toks[end-1].end)]) {
		end--
	}
	if end > 1 && doc.slice(toks[end-1].start, toks[end-1].end) == "who" && isComma(doc, toks[end-2]) {
		end -= 2 // "Devocht, who had told ..."
	} else if end > 1 && isComma(doc, toks[end-1]) {
		// An apposition back to its opening comma: "Basya, spokesman for
		// the Indonesian military, said"; or a stray comma after the
		// subject: "The firm Secunia.com, has said".
		closing := end - 1
		for c := end - 2; c > 0 && end-c <= 12; c-- {
			if isComma(doc, toks[c]) {
				end = c
				break
			}
		}
		if end == closing+1 {
			end = closing
		}
	}
	participle := participleCues[doc.slice(toks[k].start, toks[k].end)] && end > 1 && isComma(doc, toks[end-1])
	if participle || end > 1 && doc.slice(toks[end-1].start, toks[end-1].end) == "and" {
		// "He again called for ... and assured that ...", "Sambur defended
		// the decision, saying ...": the subject of the first verb.
		from := 0
		if doc.tagOf(toks[0]) == "IN" {
			// "On 17 November, Wu Daiwei met ... and offered ..., stating".
			for c := 1; c < end && c < 8; c++ {
				if isComma(doc, toks[c]) {
					from = c + 1
					break
				}
			}
		}
		rest := toks[from:end]
		if n := speakerAfter(doc, rest); n > 0 && n < len(rest) && strings.HasPrefix(doc.tagOf(rest[n]), "VB") ||
			n > 0 && n+1 < len(rest) && strings.HasPrefix(doc.tagOf(rest[n]), "RB") && strings.HasPrefix(doc.tagOf(rest[n+1]), "VB") {
			return from, from + n, true
		}
		return 0, 0, false
	}
	begin = speakerBefore(doc, toks[:end])
	if begin >= 0 && allCalendar(doc, toks[begin:end]) {
		return 0, 0, false // "... from Friday theorized": a day speaks for no one
	}
	if begin > 1 && affiliation[doc.slice(toks[begin-1].start, toks[begin-1].end)] {
		// "Lydia Buchtmann for Food Standards Australia, says", "Matthew
		// Ingram of The Globe and Mail dubbed": the person speaks.
		if b := speakerBefore(doc, toks[:begin-1]); b >= 0 && startsUpper(doc.slice(toks[begin-2].start, toks[begin-2].end)) {
			begin, end = b, begin-1
		}
	}
	if begin > 1 && doc.tagOf(toks[begin-1]) == "POS" {
		// "New Zealand's Prime Minister John Key": the possessor too.
		if b := speakerBefore(doc, toks[:begin-1]); b >= 0 {
			begin = b
		}
	}
	if begin > 0 && !clauseJoint(doc, toks[begin-1]) && nounPhrase(doc, toks[:begin]) {
		// "Executive director of the Dallas chapter of CAIR Alia Salem
		// said": the name ends a longer subject; it is the source.
		return begin, end, true
	}
	if begin < 0 || begin > 0 && !clauseJoint(doc, toks[begin-1]) {
		return 0, 0, false
	}
	return begin, end, true
}

// negated reports a cue verb under a negation: "have not said", "never
// told", "didn't say".
func negated(doc *document, toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch strings.ToLower(doc.slice(toks[j].start, toks[j].end)) {
		case "not", "n't", "never", "no":
			return true
		}
		if !auxiliaries[doc.slice(toks[j].start, toks[j].end)] && !strings.HasPrefix(doc.tagOf(toks[j]), "RB") {
			return false
		}
	}
	return false
}

// affiliation words join a person's name to the body they speak for.
var affiliation = set("for", "of", "at", "from")

// allCalendar reports a phrase of month and weekday names only.
func allCalendar(doc *document, toks []token) bool {
	for _, t := range toks {
		if t.gaz&nerfeat.Calendar == 0 {
			return false
		}
	}
	return len(toks) > 0
}

// nounPhrase reports tokens that can all be part of a subject noun
// phrase: no verb, no comma.
func nounPhrase(doc *document, toks []token) bool {
	for _, t := range toks {
		tag := doc.tagOf(t)
		if strings.HasPrefix(tag, "VB") || tag == "MD" || isComma(doc, t) || doc.slice(t.start, t.end) == ":" {
			return false
		}
	}
	return true
}

// participleCues report speech as a participle clause after the main
// one: "..., saying "...".
var participleCues = set("saying", "adding", "noting", "stressing", "warning", "explaining", "arguing", "insisting")

// auxiliaries stand between a subject and its reporting verb.
var auxiliaries = set("has", "have", "had", "will", "would", "also", "had", "did", "does", "do", "could", "may", "might")

// contentThenSource: "NATO is weak, he believes", "..., said Putin", "...,
// the release said on Monday". The content is all before the last comma.
func contentThenSource(doc *document, toks []token) (foundQuote, bool) {
	comma := -1
	for k := len(toks) - 2; k >= 3; k-- {
		if isComma(doc, toks[k]) {
			comma = k
			break
		}
	}
	lead := 0
	for lead < comma && (doc.tagOf(toks[lead]) == "CC" || isComma(doc, toks[lead])) {
		lead++ // "And, a Jan. 3 strike hit the compound, he added."
	}
	if comma < 0 || !isClause(doc, toks[lead:comma]) {
		return foundQuote{}, false
	}
	rest := toks[comma+1:]
	if indirectCues[doc.slice(rest[0].start, rest[0].end)] {
		if n := speakerAfter(doc, rest[1:]); n > 0 && trailingAdjunct(doc, rest[1+n:]) {
			return indirectQuote(toks[lead:comma], rest[1:1+n], rest[:1]), true
		}
		return foundQuote{}, false
	}
	for k := 1; k < len(rest) && k <= 7; k++ {
		w := doc.slice(rest[k].start, rest[k].end)
		if !indirectCues[w] {
			continue
		}
		end := k
		for end > 0 && strings.HasPrefix(doc.tagOf(rest[end-1]), "RB") {
			end--
		}
		after := rest[k+1:]
		if objectCues[w] {
			// "..., Cook told reporters on Monday": the one told first.
			n := 0
			for n < len(after) && n < 4 && (isNounPhraseWord(doc, after[n]) || doc.tagOf(after[n]) == "PRP" || doc.tagOf(after[n]) == "DT") {
				n++
			}
			after = after[n:]
		}
		if end > 0 && isSpeakerPhrase(doc, rest[:end]) && trailingAdjunct(doc, after) {
			return indirectQuote(toks[lead:comma], rest[:end], rest[k:k+1]), true
		}
		break
	}
	return foundQuote{}, false
}

// namingVerbs put a name on something in the speaker's words, which the
// marks show: "He called the move "a mistake"", "characterized the
// conflict as "another small skirmish"".
var namingVerbs = set("called", "calls", "dubbed", "dubs", "described", "describes", "characterized",
	"characterised", "characterizes", "labelled", "labeled", "termed", "branded", "hailed", "praised", "slammed",
	"criticized", "criticised", "condemned")

// namingQuote: a subject, a naming verb and words in marks after it make
// a partial quote of the statement after the verb.
func namingQuote(doc *document, toks []token) (foundQuote, bool) {
	for k := 1; k < len(toks)-2; k++ {
		if !strings.HasPrefix(doc.tagOf(toks[k]), "VB") || !namingVerbs[doc.slice(toks[k].start, toks[k].end)] {
			continue
		}
		rest := toks[k+1:]
		marked := false
		for _, t := range rest {
			if isQuoteMark(doc.slice(t.start, t.end)) {
				marked = true
				break
			}
		}
		if !marked {
			return foundQuote{}, false
		}
		begin, end, ok := subjectBefore(doc, toks, k)
		if !ok {
			return foundQuote{}, false
		}
		return indirectQuote(rest, toks[begin:end], toks[k:k+1]), true
	}
	return foundQuote{}, false
}

// sourceInside: the attribution set off by commas inside the sentence:
// "In Syria, the press secretary said, Syrian democratic forces continue
// to liberate territory". The content is what follows it.
func sourceInside(doc *document, toks []token) (foundQuote, bool) {
	open := -1
	for k, t := range toks {
		if !isComma(doc, t) {
			continue
		}
		if open >= 0 && k-open >= 3 && k-open <= 9 {
			mid := toks[open+1 : k]
			cue := len(mid) - 1
			if indirectCues[doc.slice(mid[cue].start, mid[cue].end)] && isSpeakerPhrase(doc, mid[:cue]) && isClause(doc, toks[k+1:]) {
				return indirectQuote(toks[k+1:], mid[:cue], mid[cue:]), true
			}
		}
		open = k
	}
	return foundQuote{}, false
}

// accordingTo: "According to X, content" and "content, according to X".
func accordingTo(doc *document, toks []token) (foundQuote, bool) {
	at := -1
	for k := 0; k+1 < len(toks); k++ {
		if strings.EqualFold(doc.slice(toks[k].start, toks[k].end), "according") && doc.slice(toks[k+1].start, toks[k+1].end) == "to" {
			at = k
			break
		}
	}
	if at < 0 {
		return foundQuote{}, false
	}
	cue := toks[at : at+2]
	if at == 0 {
		comma := -1
		for k := 2; k < len(toks) && k < 14; k++ {
			if isComma(doc, toks[k]) {
				comma = k
				break
			}
		}
		if comma < 0 {
			// "According to Rathbun the property was returned ...": the
			// source is the name, the rest the content.
			if n := speakerAfter(doc, toks[2:]); n > 0 && isClause(doc, toks[2+n:]) {
				return indirectQuote(toks[2+n:], toks[2:2+n], cue), true
			}
			return foundQuote{}, false
		}
		if comma < 3 || !isClause(doc, toks[comma+1:]) {
			return foundQuote{}, false
		}
		return indirectQuote(toks[comma+1:], toks[2:comma], cue), true
	}
	if !isComma(doc, toks[at-1]) || at+2 >= len(toks) || !isClause(doc, toks[:at-1]) {
		return foundQuote{}, false
	}
	source := toks[at+2:]
	for k, t := range source {
		if isComma(doc, t) {
			source = source[:k] // "according to the ministry, which ..."
			break
		}
	}
	if len(source) == 0 {
		return foundQuote{}, false
	}
	return indirectQuote(toks[:at-1], source, cue), true
}

// clauseJoint reports a token after which a new clause's subject may
// start: a comma, a colon, or a coordinating word.
func clauseJoint(doc *document, t token) bool {
	switch doc.slice(t.start, t.end) {
	case ",", ":", ";", "and", "but", "while", "as", "also", "yet":
		return true
	}
	return false
}

// skipObject passes over the one told: a pronoun, a name, "reporters",
// "the minister" (up to four words), when a clause follows it.
func skipObject(doc *document, toks []token, c int) int {
	for n := 1; n <= 4 && c+n < len(toks); n++ {
		obj := toks[c : c+n]
		last := obj[len(obj)-1]
		if !isNounPhraseWord(doc, last) && doc.tagOf(last) != "PRP" && (n > 1 || doc.tagOf(last) != "DT") {
			break
		}
		if strings.HasPrefix(doc.tagOf(last), "NNP") && strings.HasPrefix(doc.tagOf(toks[c+n]), "NNP") {
			continue // the name goes on: "told CBC News"
		}
		next := doc.slice(toks[c+n].start, toks[c+n].end)
		if next == "that" || isClause(doc, toks[c+n:]) && doc.tagOf(toks[c+n]) != "IN" {
			return c + n
		}
	}
	return c
}

// skipToThat passes over a short adjunct between the cue and "that": "said
// on Monday that", "said in a statement that".
func skipToThat(doc *document, toks []token, c int) int {
	if c >= len(toks) || doc.tagOf(toks[c]) != "IN" && !strings.HasPrefix(doc.tagOf(toks[c]), "RB") {
		return c
	}
	for k := c + 1; k < len(toks) && k <= c+6; k++ {
		if doc.slice(toks[k].start, toks[k].end) == "that" && doc.tagOf(toks[k]) == "IN" {
			return k
		}
	}
	return c
}

// trailingAdjunct reports what may follow a source and cue at the end of
// a sentence: nothing, or a prepositional phrase ("on Monday", "in a
// statement", "at the 2017 St. Petersburg International Economic Forum
// on Friday").
func trailingAdjunct(doc *document, toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	if len(toks) > 14 {
		return false
	}
	tag := doc.tagOf(toks[0])
	return tag == "IN" || tag == "TO" || strings.HasPrefix(tag, "RB") || isComma(doc, toks[0])
}

// isClause reports content that reads as a clause: three words or more,
// one of them a finite verb, not starting with "to" (an infinitive reports
// an act, not a statement) or a conjunction.
func isClause(doc *document, toks []token) bool {
	words := 0
	verb := false
	for _, t := range toks {
		if isPunctTok(doc, t) {
			continue
		}
		words++
		switch doc.tagOf(t) {
		case "VBD", "VBZ", "VBP", "MD": // a finite verb: "the funding of" is no clause
			verb = true
		}
	}
	if words < 3 || !verb || len(toks) == 0 || !finiteVerbEarly(doc, toks) {
		return false
	}
	switch doc.tagOf(toks[0]) {
	case "TO", "CC", ",":
		return false
	}
	return true
}

// finiteVerbEarly reports a clause whose main verb comes before any
// comma or relative word: "the two leaders discussed ..." is a clause;
// "the meeting of representatives, overseeing issues that took place
// ..." is a noun phrase whose only finite verb is in a relative clause.
func finiteVerbEarly(doc *document, toks []token) bool {
	if len(toks) > 0 && (doc.tagOf(toks[0]) == "IN" || strings.HasPrefix(doc.tagOf(toks[0]), "RB")) {
		// An opening adverbial: "In the past 24 hours, Iraqi forces ...".
		for k := 1; k < len(toks) && k < 14; k++ {
			if isComma(doc, toks[k]) {
				toks = toks[k+1:]
				break
			}
		}
	}
	if len(toks) > 0 && (doc.tagOf(toks[0]) == "WP" || doc.tagOf(toks[0]) == "WRB") {
		toks = toks[1:] // "noted what began as ... had grown": the clause's own wh-word
	}
	for _, t := range toks {
		switch doc.tagOf(t) {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "WDT", "WP", ",":
			return false
		}
		if w := doc.slice(t.start, t.end); w == "that" || w == ";" || w == ":" {
			return false
		}
	}
	return false
}
