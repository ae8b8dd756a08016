package nlp

import (
	"math"
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Key phrases are ranked statistically, in time linear in the text: a
// candidate (a noun phrase or a named entity) scores the sum of its
// occurrences' weights, where an occurrence in the headline counts most,
// then the standfirst, then the lead, times how much its words recur in
// the text (recurrence); a phrase of several content words gets a bonus,
// since its words recurring together is stronger evidence than one word
// recurring. Plurals merge with singulars (the key is made
// singular) and an entity's aliases with its name (the entity is one
// candidate). A phrase inside a better one ("terrorism" in "fight against
// terrorism") adds nothing a reader needs and is dropped.

const (
	maxKeyphrases = 10
	// maxRanked phrases weigh the summary's sentences: a few more than
	// are shown, so that a sentence about the eleventh topic still counts.
	maxRanked = 20
	// maxKeyTokens bounds the text read for key phrases and the summary:
	// a long read's worth (20,000 words). A book's opening says what it is about as
	// well as its whole does, and the engine must stay quick.
	maxKeyTokens = 25000
	// multiWordBonus is the score added per content word beyond the first.
	multiWordBonus = 0.25
	// describedWeight is what a pronoun or description of an entity ("he",
	// "the Russian leader") counts against its name.
	describedWeight = 0.5
)

// Block weights: where an occurrence is says how much it matters.
const (
	headlineWeight   = 3
	standfirstWeight = 2
	leadWeight       = 1.5 // the first body paragraph
	secondWeight     = 1.25
	bodyWeight       = 1
)

// keyCand is a key phrase candidate.
type keyCand struct {
	key    string  // lower-case, singular words: what merges forms
	ent    *entity // the entity, for a named one
	words  int     // content words
	weight float64 // the sum of its occurrences' weights
	names  int     // an entity's name mentions
	score  float64
	// display is the form shown: an occurrence in running text, not at a
	// sentence's start, is preferred (displayRank); lower says to
	// lower-case its first letter (a common noun that opened a sentence).
	display     string
	displayRank int8
	lower       bool
	shown       string // display, lower-cased, for the shortlisted
}

// phraseOcc is one occurrence of candidate cand in sentence sent.
type phraseOcc struct {
	start, end int
	sent       int
	cand       int
}

// phraseTable gathers the candidates and their occurrences.
type phraseTable struct {
	cands []keyCand
	byKey map[string]int
	occs  []phraseOcc
	key   []byte // scratch for a key, so that a lookup allocates nothing
	// words counts each content word of the noun phrases, singular.
	words map[string]int
}

// add counts the noun phrase of tokens [lo, end) of sentence si, with the
// joining preposition at token joiner (or -1).
func (t *phraseTable) add(c *chunker, si, lo, end, joiner int, w float64) {
	var words int
	t.key, words = c.appendKey(t, t.key[:0], lo, end, joiner)
	i, ok := t.byKey[string(t.key)]
	if !ok {
		i = len(t.cands)
		t.cands = append(t.cands, keyCand{key: string(t.key), words: words})
		t.byKey[t.cands[i].key] = i
	}
	doc := c.doc
	start, stop := doc.tokens[lo].start, doc.tokens[end-1].end
	t.occs = append(t.occs, phraseOcc{start: start, end: stop, sent: si, cand: i})
	k := &t.cands[i]
	k.weight += w
	rank := int8(3)
	if doc.blocks[doc.sentences[si].block].kind == schema.ParagraphHeadline {
		rank = 1
	} else if sentenceInitial(doc, si, lo) {
		rank = 2
	}
	if rank > k.displayRank {
		k.display, k.displayRank = doc.slice(start, stop), rank
		tag := doc.tagOf(doc.tokens[lo])
		k.lower = rank < 3 && (tag == "NN" || tag == "NNS" || tag == "JJ")
	}
}

// sentenceInitial reports whether token k opens sentence si, but for
// opening punctuation (a quotation mark), where a capital says nothing of
// the word.
func sentenceInitial(doc *document, si, k int) bool {
	for j := doc.sentences[si].tokLo; j < k; j++ {
		if hasLetter(doc.slice(doc.tokens[j].start, doc.tokens[j].end)) {
			return false
		}
	}
	return true
}

// blockWeights gives each block the weight of an occurrence in it; the
// kicker, byline and dateline are not running text and weigh nothing.
func blockWeights(doc *document) []float64 {
	out := make([]float64, len(doc.blocks))
	body := 0
	for i, b := range doc.blocks {
		switch b.kind {
		case schema.ParagraphHeadline:
			out[i] = headlineWeight
		case schema.ParagraphStandfirst:
			out[i] = standfirstWeight
		case schema.ParagraphBody:
			switch body {
			case 0:
				out[i] = leadWeight
			case 1:
				out[i] = secondWeight
			default:
				out[i] = bodyWeight
			}
			body++
		}
	}
	return out
}

// collectPhrases chunks the sentences read for key phrases (those of
// weighted blocks, up to maxKeyTokens tokens) and adds the entities. It
// returns the table and the number of sentences read.
func collectPhrases(doc *document, ents *entitySet, weights []float64) (*phraseTable, int) {
	t := &phraseTable{}
	read := len(doc.sentences)
	for i, s := range doc.sentences {
		if s.tokHi > maxKeyTokens {
			read = i
			break
		}
	}
	limit := len(doc.tokens)
	if read < len(doc.sentences) {
		limit = doc.sentences[read].tokLo
	}
	t.byKey = make(map[string]int, limit/8)
	t.words = make(map[string]int, limit/8)
	t.occs = make([]phraseOcc, 0, limit/4)
	c := &chunker{doc: doc, classes: tagClasses(doc.tagNames), inName: make([]bool, limit)}
	if ents != nil {
		for _, e := range ents.list {
			if e.typ == schema.NORP {
				// "Russian" in "Russian President" is an adjective of
				// the phrase, not a name breaking it.
				continue
			}
			for _, m := range e.mentions {
				if m.kind == schema.MentionName {
					c.markName(m.start, m.end)
				}
			}
		}
	}
	for si := range read {
		if w := weights[doc.sentences[si].block]; w > 0 {
			c.chunk(t, si, w)
		}
	}
	if ents != nil {
		t.addEntities(doc, ents, weights, read)
	}
	return t, read
}

// markName marks the tokens of a name mention, which the chunker skips.
func (c *chunker) markName(start, end int) {
	toks := c.doc.tokens[:len(c.inName)]
	if len(toks) == 0 || start >= toks[len(toks)-1].end {
		return // beyond the text read
	}
	k, hi := 0, len(toks)
	for k < hi { // the first token at or after start
		m := int(uint(k+hi) >> 1)
		if toks[m].start < start {
			k = m + 1
		} else {
			hi = m
		}
	}
	for ; k < len(toks) && toks[k].start < end; k++ {
		c.inName[k] = true
	}
}

// addEntities makes each entity a candidate: its name mentions are its
// occurrences, and its pronouns and descriptions count too, for less.
func (t *phraseTable) addEntities(doc *document, ents *entitySet, weights []float64, read int) {
	end := len(doc.text)
	if read < len(doc.sentences) {
		end = doc.sentences[read].start
	}
	for _, e := range ents.list {
		if e.typ == schema.NORP {
			continue // chunked as words of noun phrases ("Russian leader", "Americans")
		}
		if !startsAlnum(e.name) {
			continue // a name cut wrong ("'s Civil Defense Authority") is no phrase to show
		}
		i := len(t.cands)
		// The key, for comparing with other phrases, is made in rank, for
		// the few entities that are shortlisted.
		k := keyCand{ent: e, words: 1, display: e.name, displayRank: 3}
		for _, m := range e.mentions {
			if m.start >= end {
				break
			}
			si := doc.sentenceOf(m.start)
			if si < 0 {
				continue
			}
			w := weights[doc.sentences[si].block]
			if m.kind != schema.MentionName {
				k.weight += w * describedWeight
				continue
			}
			k.weight += w
			k.names++
			t.occs = append(t.occs, phraseOcc{start: m.start, end: m.end, sent: si, cand: i})
		}
		t.cands = append(t.cands, k)
	}
}

// rank scores the candidates and returns the best, at most n, best first,
// without phrases inside better ones. Ties go to the phrase seen first.
// Only the best few candidates are sorted: a book has tens of thousands.
func (t *phraseTable) rank(n int) []int {
	shortlist := make([]int, 0, 4*n+1)
	better := func(a, b int) bool {
		sa, sb := t.cands[a].score, t.cands[b].score
		return sa > sb || sa == sb && a < b
	}
	for i := range t.cands {
		c := &t.cands[i]
		c.score = c.weight * (1 + multiWordBonus*float64(c.words-1)) * t.recurrence(c)
		if c.score <= 0 || len(shortlist) == cap(shortlist) && !better(i, shortlist[len(shortlist)-1]) {
			continue
		}
		// Insert in order, dropping the worst when the list is full.
		j := len(shortlist)
		if j < cap(shortlist) {
			shortlist = append(shortlist, i)
		} else {
			j--
		}
		for ; j > 0 && better(i, shortlist[j-1]); j-- {
			shortlist[j] = shortlist[j-1]
		}
		shortlist[j] = i
	}
	var best []int
	for _, i := range shortlist {
		if len(best) == n {
			break
		}
		c := &t.cands[i]
		if c.ent != nil {
			c.key = strings.ToLower(c.ent.name)
		}
		// An entity's key keeps its plural ("Polaroids"): the shown forms
		// are compared too, so that the noun phrase "Polaroids" is not
		// shown beside the entity.
		c.shown = strings.ToLower(c.display)
		if !t.insideAny(best, c) {
			best = append(best, i)
		}
	}
	return best
}

// recurrence is how much a candidate's words recur in the text: log2(1 +
// n) for a word seen n times in noun phrases, averaged over the phrase's
// words, or for an entity its name mentions. A word the tagger took for
// a noun once in a headline ("points") weighs little against words the
// article keeps coming back to.
func (t *phraseTable) recurrence(c *keyCand) float64 {
	if c.ent != nil {
		return math.Log2(1 + float64(c.names))
	}
	sum, n := 0.0, 0
	for rest := c.key; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if k := t.words[w]; k > 0 {
			sum += math.Log2(1 + float64(k))
			n++
		}
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// insideAny reports whether c is a phrase inside one of the candidates
// best.
func (t *phraseTable) insideAny(best []int, c *keyCand) bool {
	for _, b := range best {
		if containsWords(t.cands[b].key, c.key) || containsWords(t.cands[b].shown, c.shown) {
			return true
		}
	}
	return false
}

// containsWords reports whether the words of sub appear together in s.
func containsWords(s, sub string) bool {
	for off := 0; off+len(sub) <= len(s); {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return false
		}
		i += off
		if (i == 0 || s[i-1] == ' ') && (i+len(sub) == len(s) || s[i+len(sub)] == ' ') {
			return true
		}
		off = i + 1
	}
	return false
}

// exportKeyphrases converts the best candidates to the schema, scored
// against the top one.
func (t *phraseTable) exportKeyphrases(doc *document, best []int) []schema.Keyphrase {
	if len(best) == 0 {
		return nil
	}
	if len(best) > maxKeyphrases {
		best = best[:maxKeyphrases]
	}
	out := make([]schema.Keyphrase, len(best))
	spans := make([][]schema.Span, len(t.cands))
	for _, i := range best {
		spans[i] = []schema.Span{}
	}
	for _, o := range t.occs {
		if spans[o.cand] != nil {
			spans[o.cand] = append(spans[o.cand], schema.Span{Start: o.start, End: o.end, Text: doc.slice(o.start, o.end)})
		}
	}
	top := t.cands[best[0]].score
	for r, i := range best {
		c := t.cands[i]
		// The occurrences are in text order already: a noun phrase's as
		// chunked, an entity's as export sorted its mentions.
		out[r] = schema.Keyphrase{Text: displayForm(c), Score: math.Round(c.score/top*1000) / 1000, Occurrences: spans[i]}
	}
	return out
}

// displayForm is how a phrase is shown: as written in the text, with the
// capital a sentence's start gave a common noun taken off.
func displayForm(c keyCand) string {
	if !c.lower || c.display == "" || c.display[0] < 'A' || c.display[0] > 'Z' {
		return c.display
	}
	return string(c.display[0]+'a'-'A') + c.display[1:]
}

func startsAlnum(s string) bool {
	r := firstRune(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}
