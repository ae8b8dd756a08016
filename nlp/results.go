package nlp

import (
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// resultsTokens marks the tokens of sports results and standings lines:
// "Bolton 2 Liverpool 1", "Juventus 3 2 1 0 5 2 7". There a town's name
// stands for its club, an organization (OntoNotes and CoNLL both mark it
// so); a country's name stands for its national team and stays a place.
// A results line has two scores or more (small numbers) each after a
// capitalized name, and no lower-case word but the few that join results
// ("v", "vs", "at").
func (doc *document) resultsTokens() []bool {
	out := make([]bool, len(doc.tokens))
	for _, s := range doc.sentences {
		nameThenScore, ok := 0, true
		for k := s.tokLo; k < s.tokHi && ok; k++ {
			w := doc.slice(doc.tokens[k].start, doc.tokens[k].end)
			switch r := firstRune(w); {
			case unicode.IsDigit(r):
				// Scores are small numbers: an address or a price is not.
				ok = len(w) <= 3 || strings.ContainsAny(w, "-:")
				if k > s.tokLo && startsUpper(doc.slice(doc.tokens[k-1].start, doc.tokens[k-1].end)) {
					nameThenScore++
				}
			case unicode.IsLower(r):
				ok = resultsWords[w]
			}
		}
		if ok && nameThenScore >= 2 {
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

// resultsName reads a team's name the model left out of a results line:
// the capitalized words before a score ("Newcastle 1", "Japan 1"). A
// country's name is its national team, a place; any other is a club.
func resultsName(doc *document, i int, results []bool) (int, string, bool) {
	toks := doc.tokens
	if !results[i] {
		return i, "", false
	}
	j := i
	for j < len(toks) && results[j] && j-i < 4 && startsUpper(doc.slice(toks[j].start, toks[j].end)) {
		j++
	}
	if j == i || j == len(toks) || !results[j] || !unicode.IsDigit(firstRune(doc.slice(toks[j].start, toks[j].end))) {
		return i, "", false
	}
	if hasCountry(toks[i:j]) {
		return j, schema.GPE, true
	}
	return j, schema.Org, true
}
