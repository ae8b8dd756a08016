package nlp

import (
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// segment splits each block into sentences and tokens. Blocks are split
// separately so that a headline or dateline never runs into the first
// sentence of the story. The kicker, byline and date-only blocks are
// furniture, not running text, and get no sentences.
func (e *Engine) segment(doc *document, m *modelScratch, progress func(string, int, int)) {
	// About one token per 4.5 bytes of English: one allocation, no
	// regrowth of the token slice for typical text.
	doc.tokens = make([]token, 0, len(doc.text)/4+16)
	doc.tagNames, doc.labelNames = e.tagger.names, e.entities.labels
	for bi := range doc.blocks {
		if bi%16 == 0 {
			progress(StageSentences, bi, len(doc.blocks))
			letGCFinish()
		}
		b := doc.blocks[bi]
		switch b.kind {
		case schema.ParagraphKicker, schema.ParagraphByline, schema.ParagraphDateline:
			continue
		}
		start, end := b.textStart, b.end
		if start >= end {
			continue
		}
		span := doc.text[start:end]
		tokLo := len(doc.tokens)
		sentLo := len(doc.sentences)
		e.tokenize(doc, start, end, m)
		if b.kind == schema.ParagraphHeadline || b.kind == schema.ParagraphStandfirst {
			doc.addSentence(start, end, bi, tokLo)
		} else {
			ps, pe := -1, -1 // the sentence not yet added
			for _, s := range e.segmenter.Tokenize(span, &m.punkt) {
				ss, se := trimSpan(doc.text, start+s.start, start+s.end)
				if ss >= se {
					continue
				}
				if ps >= 0 && endsInTitleAbbrev(doc.text[ps:pe]) {
					pe = se // "Navy Capt. | Jeff Davis said": one sentence
					continue
				}
				if ps >= 0 {
					doc.addSentence(ps, pe, bi, tokLo)
				}
				ps, pe = ss, se
			}
			if ps >= 0 {
				doc.addSentence(ps, pe, bi, tokLo)
			}
		}
		for _, s := range doc.sentences[sentLo:] {
			e.labelEntities(doc, s, tokLo, m)
		}
	}
	progress(StageSentences, len(doc.blocks), len(doc.blocks))
}

// addSentence appends a sentence and assigns it the tokens inside it,
// searching from the first token of its block.
func (doc *document) addSentence(start, end, bi, tokLo int) {
	lo := tokLo
	if n := len(doc.sentences); n > 0 && doc.sentences[n-1].block == bi {
		lo = doc.sentences[n-1].tokHi
	}
	for lo < len(doc.tokens) && doc.tokens[lo].end <= start {
		lo++
	}
	hi := lo
	for hi < len(doc.tokens) && doc.tokens[hi].start < end {
		hi++
	}
	doc.sentences = append(doc.sentences, sentence{start: start, end: end, block: bi, tokLo: lo, tokHi: hi})
}

// tokenize splits one block into tokens and tags them. The block is one
// unit for the tagger, as a document is for prose, so that a sentence's
// first word still sees the previous sentence's last tags. m.ids are left
// holding the tokens' word cache entries.
func (e *Engine) tokenize(doc *document, start, end int, m *modelScratch) {
	first := len(doc.tokens)
	doc.tokens = e.tok.appendTokens(doc.tokens, doc.text, start, end)
	out := doc.tokens[first:]
	m.ids = m.ids[:0]
	for i := range out {
		id := m.words.id(out[i].text, e.tagger, e.entities)
		out[i].word = id + 1
		m.ids = append(m.ids, id)
	}
	e.tagger.tag(out, m.ids, m.words, &m.tag)
}

// labelEntities labels a sentence's tokens with the entity model, which
// reads a sentence at a time as it was trained. tokLo is the block's first
// token, whose word cache entry is m.ids[0].
func (e *Engine) labelEntities(doc *document, s sentence, tokLo int, m *modelScratch) {
	n := s.tokHi - s.tokLo
	m.entWords = m.entWords[:0]
	for k := s.tokLo; k < s.tokHi; k++ {
		m.entWords = append(m.entWords, &m.words.ents[m.ids[k-tokLo]])
	}
	if cap(m.entLabels) < n {
		m.entLabels = make([]int16, n)
	}
	labels := m.entLabels[:n]
	e.entities.label(m.entWords, &e.entities.edge, labels, &m.entBack)
	for i, l := range labels {
		t := &doc.tokens[s.tokLo+i]
		t.labelID = l
		t.gaz = m.entWords[i].word.Flags
	}
}

// modelScratch is the models' working memory, used by one analysis at a
// time and kept by the Engine for the next.
type modelScratch struct {
	words *wordCache
	// syllables caches each word's syllable count (readability.go),
	// also a pure function of the word.
	syllables map[string]int
	ids       []int32
	tag       tagScratch
	punkt     punktScratch
	// The entity model's view of a sentence: its words and their labels.
	entWords  []*entityWord
	entLabels []int16
	entBack   [][maxEntityLabels]int8 // Viterbi's back pointers
}

// endsInTitleAbbrev reports a sentence that Punkt ended after an
// abbreviated title ("Capt.", "Gen.", "Dr."), which its trained list of
// abbreviations lacks: in news such a title is followed by a name, not by
// the end of the sentence.
func endsInTitleAbbrev(s string) bool {
	w := s[strings.LastIndexAny(s, " \t\n")+1:]
	if !strings.HasSuffix(w, ".") || strings.Count(w, ".") != 1 {
		return false
	}
	lw := strings.ToLower(w)
	return titleWords[lw] || honorifics[lw]
}
