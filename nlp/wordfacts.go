package nlp

// The readability and tone stages look at every word of the text again,
// each splitting it its own way (readability's words, VADER's
// white-space pieces), and what they need of a word (its syllables and
// letters, whether it is a function word, VADER's entry for it) cost a
// lower-casing and a hash lookup or two per word: a third of the time
// of a long text's insights under WebAssembly. Most of those words are
// exactly a token, which the tagger has already given an entry in the
// word cache (wordcache.go). So a word that is exactly one token has its
// facts worked out once per distinct word, kept with that entry, and met
// again for the cost of an array index. Any other word ("don't", which
// the tokenizer splits; VADER's "(great)") is worked out on the spot, as
// it was before, and TestWordFactsAgree checks that both ways give the
// same Analysis.

// wordFacts is what the insight stages know of one word cache entry.
type wordFacts struct {
	have     uint8 // which parts are filled: factsReadability, factsTone, factsMarker
	function bool  // an English function word (language.go)
	upper    bool  // VADER's capitals test (vaderUpper)
	// markerStart: a tone marker's phrase may begin with the word
	// (markerscan.go).
	markerStart bool
	syllables   int32
	letters     int32
	vader       vaderEntry // VADER's entry for the lower-cased word
}

const (
	factsReadability = 1 << iota
	factsTone
	factsMarker
)

// readabilityFacts returns word id's syllables, letters and function-word
// test, working them out from its text w on first use.
func (c *wordCache) readabilityFacts(id int32, w string, table *syllableTable) *wordFacts {
	f := &c.facts[id]
	if f.have&factsReadability == 0 {
		f.syllables = int32(table.count(w))
		f.letters = int32(letters(w))
		f.function = isEnglishFunctionWord(w)
		f.have |= factsReadability
	}
	return f
}

// toneFacts returns what VADER knows of word id, whose text is w,
// looking it up on first use.
func (c *wordCache) toneFacts(id int32, w string, x *vaderLexicon, sc *vaderScratch) *wordFacts {
	f := &c.facts[id]
	if f.have&factsTone == 0 {
		f.upper, f.vader = vaderUpper(w), x.entryOf(w, sc)
		f.have |= factsTone
	}
	return f
}

// tokenCursor finds the token that is exactly a given stretch of a
// sentence, for stretches met in text order.
type tokenCursor struct {
	doc   *document
	k, hi int // the next token to look at, and the sentence's end
}

func sentenceCursor(doc *document, s sentence) tokenCursor {
	return tokenCursor{doc: doc, k: s.tokLo, hi: s.tokHi}
}

// word returns the word cache entry of the token that is exactly
// text[start:end], or -1. The token's text must be the text itself, not
// prose's rewriting of it (straightened quotes), since the entry's facts
// are worked out from the token's text.
func (c *tokenCursor) word(start, end int) int32 {
	toks := c.doc.tokens
	for c.k < c.hi && toks[c.k].start < start {
		c.k++
	}
	if c.k == c.hi {
		return -1
	}
	t := &toks[c.k]
	if t.start != start || t.end != end || t.word <= 0 || t.text != c.doc.text[start:end] {
		return -1
	}
	return t.word - 1
}
