package nlp

import "unicode"

// Key phrase candidates are noun phrases chunked from the POS tags the
// pipeline already has: (JJ|NN.*)* NN.*, joined by "of", "against" or
// "for" to a second noun phrase that follows at once ("fight against
// terrorism", not "tool of the cold war", where the determiner shows the
// second phrase is a thing of its own). Named entities are candidates of
// their own (keyphrases.go), so their name tokens break the chunks.

// maxPhraseWords bounds a chunk: a longer run of nouns is a list or a
// name the entity model missed, not a key phrase.
const maxPhraseWords = 4

// wordClass is what the chunker needs to know of a token's tag.
type wordClass uint8

const (
	wordOther  wordClass = iota
	wordAdj              // JJ
	wordNoun             // NN, NNP, NNPS
	wordPlural           // NNS: merged with its singular
)

// tagClasses maps the tagger's tag ids to word classes, once per call
// (the tag set is a few dozen names), so the chunker compares no strings.
func tagClasses(names []string) []wordClass {
	out := make([]wordClass, len(names))
	for i, n := range names {
		switch n {
		case "JJ":
			out[i] = wordAdj
		case "NN", "NNP", "NNPS":
			out[i] = wordNoun
		case "NNS":
			out[i] = wordPlural
		}
	}
	return out
}

// phraseJoiners join two noun phrases into one candidate.
func isPhraseJoiner(w string) bool { return w == "of" || w == "against" || w == "for" }

// chunker reads one sentence's noun phrases into a phraseTable.
type chunker struct {
	doc     *document
	classes []wordClass
	inName  []bool // tokens of an entity's name mention
}

// class is token k's word class; stop words, numbers and entity names
// are wordOther, so that no chunk holds them.
func (c *chunker) class(k int) wordClass {
	tok := c.doc.tokens[k]
	if c.inName[k] || tok.tagID < 0 || int(tok.tagID) >= len(c.classes) {
		return wordOther
	}
	cl := c.classes[tok.tagID]
	if cl == wordOther {
		return cl
	}
	w := c.doc.slice(tok.start, tok.end)
	// A clitic ("'s") or a number is no word of a phrase.
	if !hasLetter(w) || w[0] == '\'' || isKeyStopWord(w) {
		return wordOther
	}
	return cl
}

// phraseAt finds the noun phrase that starts a run of adjectives and
// nouns at token k (before hi). It returns the phrase's tokens [lo, end)
// and where scanning goes on; lo is -1 when the run has no noun.
func (c *chunker) phraseAt(k, hi int) (lo, end, next int) {
	last := -1
	j := k
	for ; j < hi; j++ {
		cl := c.class(j)
		if cl == wordOther {
			break
		}
		if cl != wordAdj {
			last = j
		}
	}
	if last < 0 {
		return -1, -1, max(j, k+1)
	}
	end = last + 1
	return max(k, end-maxPhraseWords), end, end
}

// chunk adds sentence si's noun phrases to t, each occurrence counted
// with weight w.
func (c *chunker) chunk(t *phraseTable, si int, w float64) {
	s := c.doc.sentences[si]
	for k := s.tokLo; k < s.tokHi; {
		lo, end, next := c.phraseAt(k, s.tokHi)
		k = next
		if lo < 0 {
			continue
		}
		if c.roleOfName(lo, end) {
			continue
		}
		// Only the longest phrase counts, as for a run of nouns: the
		// words of "fight against terrorism" are evidence for that phrase,
		// not for "terrorism" besides.
		if end+1 < s.tokHi && isPhraseJoiner(c.doc.slice(c.doc.tokens[end].start, c.doc.tokens[end].end)) {
			if lo2, end2, next2 := c.phraseAt(end+1, s.tokHi); lo2 == end+1 {
				t.add(c, si, lo, end2, end, w)
				k = next2
				continue
			}
		}
		t.add(c, si, lo, end, -1, w)
	}
}

// roleOfName reports a phrase that is the title or honorific in front of
// a name ("Russian President" Vladimir Putin, "Dr" Wangari Maathai): the
// entity's role, not a topic.
func (c *chunker) roleOfName(lo, end int) bool {
	if end >= len(c.inName) || !c.inName[end] {
		return false
	}
	head := c.doc.slice(c.doc.tokens[end-1].start, c.doc.tokens[end-1].end)
	return inLower(titleWords, head) || inLower(honorifics, head) || inLower(honorifics, head+".")
}

// appendKey appends the lower-cased words of tokens [lo, end) to key,
// space-separated, with plurals made singular, so that "Representatives"
// and "representative" are one candidate. It counts the content words,
// in the phrase and in t's tally of words.
func (c *chunker) appendKey(t *phraseTable, key []byte, lo, end, joiner int) ([]byte, int) {
	words := 0
	for k := lo; k < end; k++ {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		tok := c.doc.tokens[k]
		n := len(key)
		key = appendLower(key, c.doc.slice(tok.start, tok.end))
		if k == joiner {
			continue
		}
		words++
		if c.classes[tok.tagID] == wordPlural {
			key = key[:n+len(singularize(key[n:]))]
		}
		t.words[string(key[n:])]++
	}
	return key, words
}

// singularize rewrites a regular English plural ending of the word w in
// place: "countries" -> "country", "taxes" -> "tax", "issues" -> "issue".
// Words that only look plural ("politics", "status", "crisis") stay.
func singularize(w []byte) []byte {
	n := len(w)
	switch {
	case n > 4 && string(w[n-3:]) == "ies":
		w[n-3] = 'y'
		return w[:n-2]
	case n > 4 && (string(w[n-4:]) == "sses" || string(w[n-4:]) == "ches" || string(w[n-4:]) == "shes" || string(w[n-3:]) == "xes"):
		return w[:n-2]
	case n > 3 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i' && string(w[n-3:]) != "ics":
		return w[:n-1]
	}
	return w
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
