package nlp

import (
	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// newSegmenter builds the Punkt sentence tokenizer with its English model.
// prose builds the same tokenizer on every call to NewDocument; building it
// once per Engine keeps that cost out of every analysis. "mt" (Mount) is
// added to its abbreviations, as prose does.
func newSegmenter() (*sentences.DefaultSentenceTokenizer, error) {
	seg, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		return nil, err
	}
	seg.Storage.AbbrevTypes.Add("mt")
	return seg, nil
}

// segment splits each block into sentences and tokens. Blocks are split
// separately so that a headline or dateline never runs into the first
// sentence of the story. The kicker, byline and date-only blocks are
// furniture, not running text, and get no sentences.
func (e *Engine) segment(doc *document, progress func(string, int, int)) {
	for bi := range doc.blocks {
		if bi%16 == 0 {
			progress(StageSentences, bi, len(doc.blocks))
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
		doc.tokens = append(doc.tokens, e.tokenize(span, start)...)
		if b.kind == schema.ParagraphHeadline || b.kind == schema.ParagraphStandfirst {
			doc.addSentence(start, end, bi, tokLo)
			continue
		}
		for _, s := range e.segmenter.Tokenize(span) {
			ss, se := trimSpan(doc.text, start+s.Start, start+s.End)
			if ss < se {
				doc.addSentence(ss, se, bi, tokLo)
			}
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

// tokenize runs prose's tokenizer, POS tagger and entity labeller over one
// block (the model is the Engine's, loaded once) and places each token in
// the text. prose returns token strings without offsets and rewrites some
// characters (curly apostrophes become straight), so tokens are aligned
// back to the text with sameChar.
func (e *Engine) tokenize(span string, base int) []token {
	pd, err := prose.NewDocument(span, prose.UsingModel(e.model), prose.WithSegmentation(false),
		prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	ptoks := pd.Tokens()
	out := make([]token, 0, len(ptoks))
	pos := 0
	for _, pt := range ptoks {
		s, e := align(span, pos, pt.Text)
		if s < 0 {
			continue // a token prose made up (it has no place in the text)
		}
		out = append(out, token{start: base + s, end: base + e, text: pt.Text})
		pos = e
	}
	var tsc tagScratch
	var nsc nerScratch
	e.tagger.tag(out, &tsc)
	e.ner.label(out, &nsc)
	return out
}
