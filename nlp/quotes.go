package nlp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// foundQuote is a quote with its attribution, before export.
type foundQuote struct {
	raw        rawQuote
	kind       string
	speaker    *entity
	source     *[2]int
	cue        *[2]int
	anonymous  bool // the source is not named: "officials said"
	confidence float64
}

// findQuotes classifies the quoted stretches and attributes them:
//   - a quote with a reporting verb and a speaker next to it ("...," said
//     Putin; "...," he stressed; Putin said that "...") is direct when it
//     opens its sentence or follows the verb, partial when it sits inside
//     the reporter's own sentence;
//   - a quote that opens a sentence with no attribution continues the
//     previous quote's speaker in the same or the previous paragraph;
//   - anything else in quotation marks inside a sentence (a scare quote, a
//     term, a title) is not a quote;
//   - reported speech without marks is an indirect quote (indirect.go).
func findQuotes(doc *document, ents *entitySet) []foundQuote {
	var out []foundQuote
	var last *foundQuote
	for _, rq := range doc.quoted() {
		q := foundQuote{raw: rq}
		initial := opensSentence(doc, rq)
		attr, ok := attributeAfter(doc, rq)
		if !ok {
			attr, ok = attributeBefore(doc, rq)
			initial = initial || ok
		}
		switch {
		case ok:
			q.kind = schema.QuotePartial
			if initial {
				q.kind = schema.QuoteDirect
			}
			q.source, q.cue = &attr.source, &attr.cue
			if attr.noCue {
				q.cue = nil
			}
			q.speaker, q.confidence = resolveSpeaker(doc, ents, attr.source, out)
		case initial && last != nil && (last.raw.block == rq.block || last.raw.block == rq.block-1) && startsAtBlockOrAfter(doc, rq, last):
			q.kind = schema.QuoteDirect
			q.speaker, q.source, q.cue = last.speaker, last.source, last.cue
			q.confidence = 0.75 * last.confidence
		case initial && wordCount(doc.slice(rq.start, rq.end)) >= 4 && endsLikeSpeech(doc.slice(rq.start, rq.end)):
			q.kind = schema.QuoteDirect // a quote nobody is named for
			q.confidence = 0.3
		default:
			continue
		}
		if !rq.closed {
			q.confidence *= 0.8
		}
		out = append(out, q)
		last = &out[len(out)-1]
	}
	out = addIndirect(doc, ents, out)
	continueSpeakers(out)
	for i := range out {
		q := &out[i]
		q.anonymous = q.speaker == nil && q.source != nil && isAnonymousSource(doc, *q.source)
	}
	return out
}

// continueSpeakers gives a direct quote that nobody is named for the
// speaker of the quote before it, direct or indirect, in its paragraph or
// the one before: "Heald noted the findings show ... "An air-quality
// cleanup would ..."".
func continueSpeakers(qs []foundQuote) {
	for i := 1; i < len(qs); i++ {
		q, prev := &qs[i], &qs[i-1]
		if q.source != nil || q.kind != schema.QuoteDirect || prev.source == nil || q.raw.block-prev.raw.block > 1 {
			continue
		}
		q.speaker, q.source, q.cue, q.anonymous = prev.speaker, prev.source, prev.cue, prev.anonymous
		q.confidence = 0.7 * prev.confidence
	}
}

// endsLikeSpeech reports quoted words that end as speech does, with the
// punctuation of a sentence inside the marks; a title or a headline in
// marks ("The Internet Explorer 6 Countdown") ends in a word.
func endsLikeSpeech(s string) bool {
	s = strings.TrimRight(s, " ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".?!,…;:-—", r)
}

// startsAtBlockOrAfter: a continuation either follows the previous quote
// in its paragraph or opens the next paragraph.
func startsAtBlockOrAfter(doc *document, rq rawQuote, last *foundQuote) bool {
	if last.raw.block == rq.block {
		return true
	}
	return rq.open == doc.blocks[rq.block].textStart
}

// opensSentence reports a quote whose opening mark starts a sentence: at
// the start of the running text, or after a full stop, question or
// exclamation mark, colon, or another quote's closing mark.
func opensSentence(doc *document, rq rawQuote) bool {
	from := doc.blocks[rq.block].textStart
	i := rq.open
	for i > from {
		r := runeBefore(doc.text, i, from)
		if !isSpace(r) {
			break
		}
		i -= len(string(r))
	}
	if i == from {
		return true
	}
	switch runeBefore(doc.text, i, from) {
	case '.', '?', '!', ':', '”', '"', '…':
		return true
	}
	return false
}

// attribution is where a quote is attributed: the speaker as written and
// the reporting verb.
type attribution struct {
	source, cue [2]int
	noCue       bool // a transcript's "Name: "..."": no verb
}

// attributeAfter reads the words after the closing mark, up to the end of
// the sentence: ", said Putin", ", said he", ", he stressed", ", the
// Russian leader said", ", President Putin asked".
func attributeAfter(doc *document, rq rawQuote) (attribution, bool) {
	toks := tokensAfter(doc, rq)
	i := 0
	for i < len(toks) && isPunctTok(doc, toks[i]) && isComma(doc, toks[i]) {
		i++
	}
	toks = toks[i:]
	if len(toks) == 0 {
		return attribution{}, false
	}
	// Cue first, speaker after: "said Putin", "said he".
	if isCue(doc, toks[0]) {
		if n := speakerAfter(doc, toks[1:]); n > 0 {
			return attribution{source: spanOf(toks[1 : 1+n]), cue: spanOf(toks[:1])}, true
		}
	}
	// Speaker first: "he stressed", "the Russian leader said", with an
	// adverb allowed before the verb ("Putin later said").
	for k := 1; k < len(toks) && k <= 15; k++ {
		if !isCue(doc, toks[k]) {
			continue
		}
		end := k
		for end > 0 && strings.HasPrefix(doc.tagOf(toks[end-1]), "RB") {
			end--
		}
		if end > 0 && isComma(doc, toks[end-1]) {
			// "Khaled Al-Maeena, editor at large at the Saudi Gazette,
			// said": the speaker is the name before the apposition.
			for c := 1; c < end-1; c++ {
				if isComma(doc, toks[c]) {
					end = c
					break
				}
			}
		}
		if end > 0 && end <= 7 && isSpeakerPhrase(doc, toks[:end]) {
			return attribution{source: spanOf(toks[:end]), cue: spanOf(toks[k : k+1])}, true
		}
		break
	}
	return attribution{}, false
}

// attributeBefore reads the words before the opening mark: "Putin said
// with a smile that "...", "He told reporters: "...". Between the verb and
// the mark only a short verbless phrase may stand, so that "Putin said
// that NATO was a tool of the "cold war"" does not make a quote of a term.
func attributeBefore(doc *document, rq rawQuote) (attribution, bool) {
	toks := tokensBefore(doc, rq)
	// A colon announces what follows as the quote: the phrase between the
	// verb and it may be longer and hold a verb ("tweeted using his
	// @POTUS account:"). With no verb at all, the colon follows the
	// speaker's name alone, as in a transcript ("Bill Bodie: "...").
	colon := len(toks) > 0 && doc.slice(toks[len(toks)-1].start, toks[len(toks)-1].end) == ":"
	if colon && len(toks) > 1 {
		name := toks[:len(toks)-1]
		// The name, after a title of any length: "Special Asst. to the
		// Secretary ... Bill Bodie:".
		if b := speakerBefore(doc, name); b >= 0 && nounPhrase(doc, name[:b]) && startsUpper(doc.slice(name[len(name)-1].start, name[len(name)-1].end)) {
			return attribution{source: spanOf(name[b:]), noCue: true}, true
		}
	}
	reach := 8
	if colon {
		reach = 14
	}
	for k := len(toks) - 1; k >= 0 && len(toks)-1-k <= reach; k-- {
		if !isCue(doc, toks[k]) {
			if !colon && strings.HasPrefix(doc.tagOf(toks[k]), "VB") && !isPunctTok(doc, toks[k]) {
				return attribution{}, false
			}
			continue
		}
		begin, end, ok := subjectBefore(doc, toks, k)
		if !ok {
			// The speaker right before the verb, wherever it stands:
			// "American academic Marc Lamont Hill tweeted: "...".
			end = k
			for end > 0 && strings.HasPrefix(doc.tagOf(toks[end-1]), "RB") {
				end--
			}
			if begin = speakerBefore(doc, toks[:end]); begin < 0 {
				return attribution{}, false
			}
		}
		return attribution{source: spanOf(toks[begin:end]), cue: spanOf(toks[k : k+1])}, true
	}
	return attribution{}, false
}

// tokensAfter are the tokens from the closing mark to the end of the
// sentence (a full stop, question or exclamation mark, or the next quote).
func tokensAfter(doc *document, rq rawQuote) []token {
	blockEnd := doc.blocks[rq.block].end
	var out []token
	for _, t := range doc.tokensFrom(rq.closeEnd) {
		if t.start >= blockEnd || len(out) >= 16 {
			break
		}
		w := doc.slice(t.start, t.end)
		if (w == "." && !doc.isAbbrevStop(t)) || w == "?" || w == "!" || isQuoteMark(w) {
			break
		}
		out = append(out, t)
	}
	return out
}

// isAbbrevStop reports a full stop that ends an initial or a title
// abbreviation ("J." in "Gary J. Volesky", "Capt." in "Capt. Dubois"),
// which prose's tokenizer sometimes splits off: it does not end a sentence.
func (doc *document) isAbbrevStop(t token) bool {
	i := doc.tokenAt(t.start)
	if i == 0 || doc.tokens[i-1].end != t.start {
		return false
	}
	prev := doc.slice(doc.tokens[i-1].start, doc.tokens[i-1].end)
	if len([]rune(prev)) == 1 && startsUpper(prev) {
		return true
	}
	lw := strings.ToLower(prev) + "."
	return titleWords[lw] || honorifics[lw]
}

// tokensBefore are the tokens from the start of the sentence to the
// opening mark.
func tokensBefore(doc *document, rq rawQuote) []token {
	from := doc.blocks[rq.block].textStart
	hi := doc.tokenAt(rq.open)
	lo := hi
	for lo > 0 && hi-lo < 24 {
		t := doc.tokens[lo-1]
		w := doc.slice(t.start, t.end)
		if t.start < from || (w == "." && !doc.isAbbrevStop(t)) || w == "?" || w == "!" || isQuoteMark(w) {
			break
		}
		lo--
	}
	return doc.tokens[lo:hi]
}

// tokensFrom returns the tokens starting at or after off.
func (doc *document) tokensFrom(off int) []token {
	return doc.tokens[doc.tokenAt(off):]
}

// tokenAt is the index of the first token starting at or after off.
func (doc *document) tokenAt(off int) int {
	lo, hi := 0, len(doc.tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if doc.tokens[m].start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// speakerAfter measures the speaker phrase that follows a cue verb:
// a pronoun, or a run of capitalized words (titles and names, "of" allowed
// inside: "Secretary of State John Kerry"), or a determiner-led
// description ("the Russian leader"). It returns the number of tokens, 0
// for none.
func speakerAfter(doc *document, toks []token) int {
	if len(toks) == 0 {
		return 0
	}
	w := doc.slice(toks[0].start, toks[0].end)
	lw := strings.ToLower(w)
	if _, ok := pronounInfo[lw]; ok && doc.tagOf(toks[0]) == "PRP" {
		return 1
	}
	n := 0
	if definite[lw] || indefinite[lw] {
		n = 1
		for n < len(toks) && n < 8 && (isNounPhraseWord(doc, toks[n]) || ofInName(doc, toks, n)) {
			n++
		}
		if n == 1 {
			return 0
		}
		return n
	}
	for n < len(toks) && n < 10 {
		t := doc.slice(toks[n].start, toks[n].end)
		if startsUpper(t) || ofInName(doc, toks, n) || (t == "." && n > 0 && doc.isAbbrevStop(toks[n])) {
			n++
			continue
		}
		break
	}
	// A plural noun after the capitalized words or alone names a group
	// ("Iraqi officials", "researchers", "industry experts"): an
	// anonymous source.
	m := n
	for m < len(toks) && m < n+3 && isNounPhraseWord(doc, toks[m]) && doc.tagOf(toks[m]) != "POS" {
		m++
		if doc.tagOf(toks[m-1]) == "NNS" {
			return m
		}
	}
	return n
}

// ofInName reports an "of" inside a name or title ("Secretary of State
// John Kerry", "the Department of Agriculture").
func ofInName(doc *document, toks []token, n int) bool {
	return doc.slice(toks[n].start, toks[n].end) == "of" && n > 0 && n+1 < len(toks) &&
		startsUpper(doc.slice(toks[n+1].start, toks[n+1].end))
}

// speakerBefore finds where the speaker phrase ending at len(toks) begins,
// or -1.
func speakerBefore(doc *document, toks []token) int {
	k := len(toks)
	if k == 0 {
		return -1
	}
	w := doc.slice(toks[k-1].start, toks[k-1].end)
	if _, ok := pronounInfo[strings.ToLower(w)]; ok && doc.tagOf(toks[k-1]) == "PRP" {
		return k - 1
	}
	// A run of capitalized words: "Putin", "President Putin".
	b := k
	for b > 0 && k-b < 10 {
		w := doc.slice(toks[b-1].start, toks[b-1].end)
		if (startsUpper(w) && !isPunctTok(doc, toks[b-1])) || (w == "." && doc.isAbbrevStop(toks[b-1])) ||
			(w == "of" && b-1 > 0 && b < k && startsUpper(doc.slice(toks[b-2].start, toks[b-2].end))) {
			b--
			continue
		}
		break
	}
	if b < k {
		return b
	}
	// A description back to its determiner: "the Russian leader"; or a
	// bare plural, a group: "researchers", "Iraqi officials".
	plural := doc.tagOf(toks[k-1]) == "NNS"
	for b = k - 1; b >= 0 && k-b <= 6; b-- {
		lw := strings.ToLower(doc.slice(toks[b].start, toks[b].end))
		if definite[lw] || indefinite[lw] {
			return b
		}
		if !isNounPhraseWord(doc, toks[b]) {
			if plural && b < k-1 {
				return b + 1
			}
			return -1
		}
	}
	if plural && k-b <= 4 {
		return b + 1
	}
	return -1
}

// isSpeakerPhrase reports whether toks (between a quote and its verb) read
// as the one who speaks.
func isSpeakerPhrase(doc *document, toks []token) bool {
	return speakerAfter(doc, toks) == len(toks)
}

func isNounPhraseWord(doc *document, t token) bool {
	switch tag := doc.tagOf(t); {
	case strings.HasPrefix(tag, "NN"), strings.HasPrefix(tag, "JJ"), tag == "CD", tag == "VBN", tag == "POS":
		return true
	default:
		return tag == "HYPH"
	}
}

func isCue(doc *document, t token) bool {
	w := doc.slice(t.start, t.end)
	return cueVerbs[w] // lower-case only: "Said" would open a sentence, not attribute
}

func isPunctTok(doc *document, t token) bool {
	for _, r := range doc.slice(t.start, t.end) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

func isComma(doc *document, t token) bool {
	w := doc.slice(t.start, t.end)
	return w == "," || w == "—" || w == "–" || w == "-"
}

func isQuoteMark(w string) bool {
	switch w {
	case `"`, "“", "”", "''", "``":
		return true
	}
	return false
}

func spanOf(toks []token) [2]int { return [2]int{toks[0].start, toks[len(toks)-1].end} }

// exportQuotes converts the quotes; entities must have their IDs.
func exportQuotes(doc *document, qs []foundQuote) []schema.Quote {
	out := make([]schema.Quote, 0, len(qs))
	for i, q := range qs {
		start, end := q.raw.start, q.raw.end
		// The comma before a closing mark belongs to the reporter's
		// sentence, not to what was said.
		for end > start && (doc.text[end-1] == ',' || isSpace(rune(doc.text[end-1]))) {
			end--
		}
		sq := schema.Quote{
			ID:         "q" + strconv.Itoa(i+1),
			Kind:       q.kind,
			Text:       doc.slice(start, end),
			Start:      start,
			End:        end,
			Confidence: roundTo(q.confidence, 3),
		}
		if q.speaker != nil {
			id := q.speaker.id
			sq.Speaker = &id
		}
		sq.Anonymous = q.anonymous
		if q.source != nil {
			sq.Source = &schema.Span{Start: q.source[0], End: q.source[1], Text: doc.slice(q.source[0], q.source[1])}
		}
		if q.cue != nil {
			sq.Cue = &schema.Span{Start: q.cue[0], End: q.cue[1], Text: doc.slice(q.cue[0], q.cue[1])}
		}
		out = append(out, sq)
	}
	return out
}
