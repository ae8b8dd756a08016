package nlp

import (
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// titleCandidates finds the titles of works set in quotation marks: a
// short title-cased phrase in quotes ("The Internet Explorer 6 Countdown",
// "Gone With the Wind") names a book, film, show, song or site, which
// OntoNotes calls WORK_OF_ART. A quoted phrase in sentence case or ending
// in punctuation is speech or a scare quote, not a title.
func titleCandidates(doc *document, quotes []rawQuote) []candidate {
	var out []candidate
	for _, q := range quotes {
		if !q.closed || q.end-q.start > 80 {
			continue
		}
		lo, hi := doc.tokenAt(q.start), doc.tokenAt(q.end)
		if hi-lo < 2 || hi-lo > 8 {
			continue
		}
		first := doc.slice(doc.tokens[lo].start, doc.tokens[lo].end)
		if !startsUpper(first) {
			continue
		}
		title := true
		for _, t := range doc.tokens[lo:hi] {
			w := doc.slice(t.start, t.end)
			if !hasLetterOrDigit(w) && w != "-" && w != "&" || !startsUpper(w) && !headlineSmallWords[w] && !isDigitWord(w) {
				title = false
				break
			}
		}
		if title && !namedInside(doc, lo, hi) {
			out = append(out, candidate{start: q.start, end: q.end, typ: schema.WorkOfArt, forced: true})
		}
	}
	return out
}

// namedInside reports quoted words that are a name of another kind: the
// entity model labels them as one name ("the so-called "Super District
// Council""), or their head word says what they are.
func namedInside(doc *document, lo, hi int) bool {
	head := lowerWord(doc, doc.tokens[headIndex(doc, doc.tokens[lo:hi])+lo])
	if orgHeads[head] || facHeads[head] || gpeHeads[head] || lawHeads[head] || eventHeads[head] {
		return true
	}
	l := doc.labelOf(doc.tokens[lo])
	if len(l) < 3 || l[0] != 'B' {
		return false
	}
	inside := "I-" + l[2:]
	for _, t := range doc.tokens[lo+1 : hi] {
		if doc.labelOf(t) != inside {
			return false
		}
	}
	return hi == len(doc.tokens) || doc.labelOf(doc.tokens[hi]) != inside
}

func isDigitWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// withoutOverlaps drops the candidates that overlap one of keep's.
func withoutOverlaps(cands, keep []candidate) []candidate {
	if len(keep) == 0 {
		return cands
	}
	out := cands[:0]
	for _, c := range cands {
		clash := false
		for _, k := range keep {
			if c.start < k.end && k.start < c.end {
				clash = true
				break
			}
		}
		if !clash {
			out = append(out, c)
		}
	}
	return out
}
