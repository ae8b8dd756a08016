package nlp

import (
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

// resultsTokens marks the tokens of sports results and standings lines:
// "Bolton 2 Liverpool 1", "Juventus 3 2 1 0 5 2 7". There a town's name
// stands for its club, an organization (OntoNotes and CoNLL both mark it
// so); a country's name stands for its national team and stays a place.
// A results line has two numbers or more, a capitalized name before a
// number, and no lower-case word but the few that join results ("v",
// "vs", "at").
func (doc *document) resultsTokens() []bool {
	out := make([]bool, len(doc.tokens))
	for _, s := range doc.sentences {
		numbers, nameThenNumber, ok := 0, false, true
		for k := s.tokLo; k < s.tokHi && ok; k++ {
			w := doc.slice(doc.tokens[k].start, doc.tokens[k].end)
			switch r := firstRune(w); {
			case unicode.IsDigit(r):
				numbers++
				if k > s.tokLo && startsUpper(doc.slice(doc.tokens[k-1].start, doc.tokens[k-1].end)) {
					nameThenNumber = true
				}
			case unicode.IsLower(r):
				ok = resultsWords[w]
			}
		}
		if ok && numbers >= 2 && nameThenNumber {
			for k := s.tokLo; k < s.tokHi; k++ {
				out[k] = true
			}
		}
	}
	return out
}

// resultsWords are the lower-case words a results line may hold.
var resultsWords = set("v", "vs", "vs.", "at", "and", "pts", "pens", "aet", "ht", "ft")

// hasCountry reports a name with a word the gazetteer knows as a
// country's.
func hasCountry(toks []token) bool {
	for _, t := range toks {
		if t.gaz&nerfeat.Country != 0 {
			return true
		}
	}
	return false
}
